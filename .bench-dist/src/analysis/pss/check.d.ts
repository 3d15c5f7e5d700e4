import type { CheckFn } from './pod.js';
/** One implementation of a control, used from `minimumVersion` (a v1 minor) until the next one. */
export interface VersionedCheck {
    readonly minimumVersion: number;
    readonly check: CheckFn;
    /** Baseline check ids this restricted implementation replaces (`OverrideCheckIDs`). */
    readonly overrides?: readonly string[];
}
/** A control as the registry knows it (`policy.Check`). */
export interface CheckDefinition {
    /** Kubernetes' check id, e.g. `runAsNonRoot`. */
    readonly id: string;
    readonly level: 'baseline' | 'restricted';
    /** Strictly increasing minimum versions. */
    readonly versions: readonly VersionedCheck[];
}
