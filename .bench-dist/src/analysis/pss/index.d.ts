/**
 * Pod Security Standards: Kubernetes' own admission checks (k8s.io/pod-security-admission), ported
 * control by control, with their versions, overrides and messages.
 *
 * ```ts
 * const violations = evaluatePod(view, 'restricted', 'latest');
 * // [{ control: 'allowPrivilegeEscalation', reason: 'allowPrivilegeEscalation != false',
 * //    detail: 'container "app" must set securityContext.allowPrivilegeEscalation=false', ... }]
 * ```
 */
import { type PssLevel, type PssLevelVersion, type PssVersion } from './api.js';
import { type PssPodInput } from './pod.js';
export { LEVELS, PssInputError, compareLevels, levelVersionString, namespacePolicy, parseLevel, parseVersion, type NamespacePolicy, type PssLevel, type PssLevelVersion, type PssVersion, } from './api.js';
export type { PssPodInput } from './pod.js';
export interface PssViolation {
    /** Kubernetes' check id, e.g. `runAsNonRoot`, `capabilities_restricted`, `hostNamespaces`. */
    readonly control: string;
    /** `ForbiddenReason`, e.g. `allowPrivilegeEscalation != false`. */
    readonly reason: string;
    /** `ForbiddenDetail`, e.g. `containers "app", "sidecar" must set securityContext.allowPrivilegeEscalation=false`. */
    readonly detail: string;
    /** As the admission plugin prints one check: `reason (detail)`, or `reason` without detail. */
    readonly message: string;
    /** JSON pointers (in the object that holds the pod template) to the offending fields. */
    readonly pointers: readonly string[];
}
/** Every control: id, level and the minor versions at which its behaviour changed. */
export declare const PSS_CONTROLS: readonly {
    readonly id: string;
    readonly level: 'baseline' | 'restricted';
    readonly versions: readonly PssVersion[];
}[];
/** The policy version a version is evaluated as: `latest` and future versions become the newest one. */
export declare function effectiveVersion(version: PssVersion | string): PssVersion;
/**
 * The violations of a pod (template) against a level at a policy version, in the order Kubernetes
 * reports them. Empty when the pod is allowed; always empty for `privileged`.
 * Throws PssInputError for an invalid level or version.
 */
export declare function evaluatePod(view: PssPodInput, level: PssLevel | string, version?: PssVersion | string): PssViolation[];
/** Whether the pod passes the level at the version (cheaper than evaluatePod: stops at the first failure). */
export declare function isAllowed(view: PssPodInput, level: PssLevel | string, version?: PssVersion | string): boolean;
/** The strictest level the pod passes at the version: restricted, baseline or privileged. */
export declare function achievableLevel(view: PssPodInput, version?: PssVersion | string): PssLevel;
/** `AggregateCheckResult.ForbiddenDetail()`: every violation as `reason (detail)`, joined by ", ". */
export declare function forbiddenDetail(violations: readonly PssViolation[]): string;
/**
 * The admission plugin's text for a rejected pod (`enforce`) or a warning/audit annotation:
 * `violates PodSecurity "restricted:latest": ...` / `would violate PodSecurity "baseline:v1.25": ...`.
 */
export declare function admissionMessage(policy: PssLevelVersion, violations: readonly PssViolation[], mode?: 'enforce' | 'warn' | 'audit'): string;
