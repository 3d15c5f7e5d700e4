import type { ContainerView, PodSpecView } from '../inventory/pod-spec.js';
/** Fields that exist in both PodSecurityContext and SecurityContext; the container's wins. */
type Shared = 'runAsNonRoot' | 'runAsUser' | 'runAsGroup' | 'seccompProfile' | 'seLinuxOptions' | 'appArmorProfile' | 'windowsOptions';
export interface Effective<T> {
    readonly value: T | undefined;
    /** Pointer of the field that decided the value, or of where it belongs if unset. */
    readonly pointer: string;
    readonly from: 'container' | 'pod' | 'unset';
}
/**
 * A container's effective security setting: "the value specified in SecurityContext takes
 * precedence" over PodSecurityContext (core/v1 API docs for each shared field).
 */
export declare function effectiveSetting<K extends Shared>(pod: PodSpecView, c: ContainerView, field: K): Effective<NonNullable<PodSpecView['spec']['securityContext']>[K]>;
/** Containers named in Kubernetes' style: `"app", "sidecar"`. */
export declare function quoteNames(names: readonly string[]): string;
/** "container", "init container" or "ephemeral container" plus its name, for messages. */
export declare function describeContainer(c: ContainerView): string;
/**
 * A capability name as container runtimes read it: any case, with or without the `CAP_` prefix
 * (`sys_admin`, `CAP_SYS_ADMIN` and `SYS_ADMIN` are one capability). Non-strings give undefined.
 */
export declare function normalizeCapability(name: unknown): string | undefined;
export interface CapabilityEntry {
    /** Normalized: upper case, no `CAP_` prefix. */
    readonly name: string;
    /** As written in the manifest. */
    readonly raw: string;
    readonly pointer: string;
}
/** A container's `capabilities.add` or `capabilities.drop`, normalized, with a pointer to each entry. */
export declare function capabilityEntries(c: ContainerView, list: 'add' | 'drop'): CapabilityEntry[];
/**
 * Pods with `spec.os.name: windows`: the API rejects Linux-only security fields on them
 * (capabilities, seccomp, readOnlyRootFilesystem, allowPrivilegeEscalation...), and the Pod Security
 * Standards exempt them from those controls, so Linux-only checks skip them.
 */
export declare function isWindowsPod(pod: PodSpecView): boolean;
export interface ServiceAccountRef {
    readonly name: string;
    /** Which field named it; `default` when neither is set and the admission plugin fills in `default`. */
    readonly from: 'serviceAccountName' | 'serviceAccount' | 'default';
    /** Pointer of the deciding field, or of `serviceAccountName` where it belongs. */
    readonly pointer: string;
}
/**
 * The service account a pod runs as. `serviceAccount` is the deprecated alias of
 * `serviceAccountName`; the API server copies one into the other, the newer field winning.
 */
export declare function podServiceAccount(pod: PodSpecView): ServiceAccountRef;
/**
 * How a boolean field reads in a message: "is false", "is not set (defaults to true)", or, for
 * input the API server would reject (`"true"` in JSON), what it holds instead.
 */
export declare function describeBoolean(value: unknown, defaultsTo: boolean): string;
export {};
