/**
 * The check registry, with the semantics of staging/src/k8s.io/pod-security-admission/policy/registry.go
 * (kubernetes/kubernetes):
 *
 * - each control has versioned implementations; at policy version V a control uses the newest
 *   implementation whose minimum version is <= V, and is absent below its first minimum version;
 * - `latest`, and any version newer than the newest minimum version registered (maxVersion), is
 *   evaluated as maxVersion;
 * - restricted runs the baseline checks, minus those a restricted implementation at that version
 *   overrides (OverrideCheckIDs), plus the restricted checks;
 * - results come in check id order (Go string order), baseline checks first, as `populate` sorts
 *   them "to maintain consistent error messages".
 *
 * The per-(level, version) lists are built once, on first use.
 */
import type { CheckDefinition } from './check.js';
import type { CheckFn } from './pod.js';
/** Every control Kubernetes registers by default (`policy.DefaultChecks()`). */
export declare const DEFAULT_CHECKS: readonly CheckDefinition[];
export interface RegisteredCheck {
    readonly id: string;
    readonly fn: CheckFn;
}
export interface Registry {
    /** The newest minimum version of any check: what `latest` means. */
    readonly maxMinor: number;
    /** Indexed by minor version 0..maxMinor. */
    readonly baseline: readonly (readonly RegisteredCheck[])[];
    readonly restricted: readonly (readonly RegisteredCheck[])[];
}
export declare function buildRegistry(checks: readonly CheckDefinition[]): Registry;
export declare function registry(): Registry;
