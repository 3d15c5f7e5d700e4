/**
 * Pod Security Standards over a whole inventory: every pod template evaluated at its namespace's
 * enforce level and version (or at a forced level/version), plus a per-namespace summary of how far
 * the enforce level could be raised without rejecting any workload.
 */
import type { Inventory } from '../../inventory/inventory.js';
import { type PssLevel, type PssLevelVersion, type PssVersion } from './api.js';
export interface PssResourceRef {
    readonly apiVersion: string;
    readonly kind: string;
    readonly namespace: string;
    readonly name: string;
}
export interface PssResult {
    readonly resource: PssResourceRef;
    readonly allowed: boolean;
    readonly level: PssLevel;
    readonly version: PssVersion;
    readonly violations: readonly {
        readonly control: string;
        readonly message: string;
    }[];
}
export interface PssNamespaceSummary {
    readonly namespace: string;
    /** Whether a Namespace object was in the input (otherwise its labels are unknown: privileged:latest). */
    readonly declared: boolean;
    /** The enforce level and version today, from the namespace's labels with Kubernetes' defaulting. */
    readonly enforce: PssLevelVersion;
    /** The version the achievable level is computed at: the forced version, else the enforce version. */
    readonly version: PssVersion;
    /** The strictest level every pod template in the namespace passes: what enforce could be raised to. */
    readonly achievableLevel: PssLevel;
    /** Pod templates in the namespace. */
    readonly workloads: number;
    /** Pod templates that violate the level they are evaluated at. */
    readonly violating: number;
    /** Problems with the namespace's pod-security labels, as the admission plugin reports them. */
    readonly labelErrors: readonly string[];
}
export interface PssReport {
    readonly results: readonly PssResult[];
    readonly namespaces: readonly PssNamespaceSummary[];
}
export interface PssOptions {
    /** Evaluate every template at this level instead of its namespace's enforce level. */
    readonly level?: PssLevel | string;
    /** Evaluate at this policy version instead of the namespace's enforce version. */
    readonly version?: PssVersion | string;
}
export declare function pssResults(inventory: Inventory, options?: PssOptions): PssReport;
