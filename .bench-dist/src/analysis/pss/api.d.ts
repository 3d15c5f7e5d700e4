/**
 * Levels, policy versions and namespace labels, with the semantics of
 * k8s.io/pod-security-admission/api (staging/src/k8s.io/pod-security-admission/api/helpers.go
 * and api/constants.go in kubernetes/kubernetes).
 */
import { InputError } from '../../inventory/diagnostics.js';
export type PssLevel = 'privileged' | 'baseline' | 'restricted';
/** `latest` or `v1.<minor>`, normalized as Kubernetes prints it (`Version.String()`). */
export type PssVersion = 'latest' | `v1.${number}`;
/** Level order by strictness, as `api.CompareLevels`. */
export declare const LEVELS: readonly PssLevel[];
export declare const LABEL_PREFIX = "pod-security.kubernetes.io/";
export declare const ENFORCE_LEVEL_LABEL = "pod-security.kubernetes.io/enforce";
export declare const ENFORCE_VERSION_LABEL = "pod-security.kubernetes.io/enforce-version";
export declare const AUDIT_LEVEL_LABEL = "pod-security.kubernetes.io/audit";
export declare const AUDIT_VERSION_LABEL = "pod-security.kubernetes.io/audit-version";
export declare const WARN_LEVEL_LABEL = "pod-security.kubernetes.io/warn";
export declare const WARN_VERSION_LABEL = "pod-security.kubernetes.io/warn-version";
/**
 * Invalid level or version text: what `api.ParseLevel` / `api.ParseVersion` reject. An InputError,
 * so the CLI renders it as one line.
 */
export declare class PssInputError extends InputError {
    /** `level` or `version`. */
    readonly kind: 'level' | 'version';
    /** The rejected text. */
    readonly value: string;
    constructor(
    /** `level` or `version`. */
    kind: 'level' | 'version', 
    /** The rejected text. */
    value: string, message: string);
}
/** `api.ParseLevel`: exactly `privileged`, `baseline` or `restricted` (case-sensitive). */
export declare function parseLevel(level: string): PssLevel;
/**
 * `api.ParseVersion`: `latest`, or `v1.<minor>` with no leading zeros (`v1.0`, `v1.23`; not `v1.023`,
 * `1.23`, `v1.23.4` or `v2.0`). Minors too large for Go's `strconv.Atoi` are rejected too.
 */
export declare function parseVersion(version: string): PssVersion;
/** The minor number of a parsed version, or undefined for `latest`. */
export declare function versionMinor(version: PssVersion): number | undefined;
/** `api.CompareLevels`: -1 if a is less strict than b, 0 if equal, 1 if stricter. */
export declare function compareLevels(a: PssLevel, b: PssLevel): number;
/** `api.LevelVersion`, printed by Kubernetes as `level:version` (e.g. `restricted:latest`). */
export interface PssLevelVersion {
    readonly level: PssLevel;
    readonly version: PssVersion;
}
export interface NamespacePolicy {
    readonly enforce: PssLevelVersion;
    readonly audit: PssLevelVersion;
    readonly warn: PssLevelVersion;
    /**
     * Label problems, formatted as the admission plugin's field errors, e.g.
     * `metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted`.
     * A policy is returned whatever they are: Kubernetes fails closed for enforce and open for audit and warn.
     */
    readonly errors: readonly string[];
}
/**
 * The policy the admission plugin applies to a namespace: `api.PolicyToEvaluate` over its labels
 * with the plugin's default configuration (privileged:latest for enforce, audit and warn).
 *
 * Invalid values, as Kubernetes treats them: an invalid enforce level enforces `restricted` (fail
 * closed); an invalid audit or warn level becomes `privileged` (fail open); an invalid version is
 * `latest`. A label that is not a string (not possible in a real cluster) counts as invalid.
 */
export declare function namespacePolicy(namespace: unknown, defaults?: Partial<Record<'enforce' | 'audit' | 'warn', PssLevelVersion>>): NamespacePolicy;
/** `lv.String()`, e.g. `baseline:v1.25`. */
export declare function levelVersionString(lv: PssLevelVersion): string;
