import type { ContainerView, PodSpecView } from '../inventory/pod-spec.js';
import { joinPointer } from '../inventory/pointer.js';

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
export function effectiveSetting<K extends Shared>(pod: PodSpecView, c: ContainerView, field: K): Effective<NonNullable<PodSpecView['spec']['securityContext']>[K]> {
  const own = c.container.securityContext?.[field as keyof NonNullable<typeof c.container.securityContext>];
  if (own !== undefined && own !== null) return { value: own as never, pointer: joinPointer(c.pointer, 'securityContext', field), from: 'container' };
  const podValue = pod.spec.securityContext?.[field];
  if (podValue !== undefined && podValue !== null) return { value: podValue as never, pointer: joinPointer(pod.pointer, 'securityContext', field), from: 'pod' };
  return { value: undefined, pointer: joinPointer(c.pointer, 'securityContext', field), from: 'unset' };
}

/** Containers named in Kubernetes' style: `"app", "sidecar"`. */
export function quoteNames(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** "container", "init container" or "ephemeral container" plus its name, for messages. */
export function describeContainer(c: ContainerView): string {
  const kind = c.kind === 'containers' ? 'container' : c.kind === 'initContainers' ? 'init container' : 'ephemeral container';
  return `${kind} "${c.name}"`;
}

/**
 * A capability name as container runtimes read it: any case, with or without the `CAP_` prefix
 * (`sys_admin`, `CAP_SYS_ADMIN` and `SYS_ADMIN` are one capability). Non-strings give undefined.
 */
export function normalizeCapability(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const upper = name.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

export interface CapabilityEntry {
  /** Normalized: upper case, no `CAP_` prefix. */
  readonly name: string;
  /** As written in the manifest. */
  readonly raw: string;
  readonly pointer: string;
}

/** A container's `capabilities.add` or `capabilities.drop`, normalized, with a pointer to each entry. */
export function capabilityEntries(c: ContainerView, list: 'add' | 'drop'): CapabilityEntry[] {
  const values: unknown = c.container.securityContext?.capabilities?.[list];
  if (!Array.isArray(values)) return [];
  const out: CapabilityEntry[] = [];
  values.forEach((raw: unknown, i) => {
    const name = normalizeCapability(raw);
    if (name) out.push({ name, raw: raw as string, pointer: joinPointer(c.pointer, 'securityContext', 'capabilities', list, i) });
  });
  return out;
}

/**
 * Pods with `spec.os.name: windows`: the API rejects Linux-only security fields on them
 * (capabilities, seccomp, readOnlyRootFilesystem, allowPrivilegeEscalation...), and the Pod Security
 * Standards exempt them from those controls, so Linux-only checks skip them.
 */
export function isWindowsPod(pod: PodSpecView): boolean {
  return pod.spec.os?.name === 'windows';
}

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
export function podServiceAccount(pod: PodSpecView): ServiceAccountRef {
  const { serviceAccountName, serviceAccount } = pod.spec;
  if (typeof serviceAccountName === 'string' && serviceAccountName !== '')
    return { name: serviceAccountName, from: 'serviceAccountName', pointer: joinPointer(pod.pointer, 'serviceAccountName') };
  if (typeof serviceAccount === 'string' && serviceAccount !== '')
    return { name: serviceAccount, from: 'serviceAccount', pointer: joinPointer(pod.pointer, 'serviceAccount') };
  return { name: 'default', from: 'default', pointer: joinPointer(pod.pointer, 'serviceAccountName') };
}

/**
 * How a boolean field reads in a message: "is false", "is not set (defaults to true)", or, for
 * input the API server would reject (`"true"` in JSON), what it holds instead.
 */
export function describeBoolean(value: unknown, defaultsTo: boolean): string {
  if (value === undefined || value === null) return `is not set (defaults to ${defaultsTo})`;
  if (typeof value === 'boolean') return `is ${value}`;
  return `is ${JSON.stringify(value)}, a ${typeof value}, not a boolean`;
}
