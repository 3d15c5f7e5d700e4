import type { ScanConfig } from '../config.js';
import type { Inventory } from '../inventory/inventory.js';
import type { PodSpecView } from '../inventory/pod-spec.js';
import { type NodeFacts, type Taint } from './scheduling.js';
export interface Isolation {
    readonly isolated: boolean;
    /** Why not, in words for a finding. */
    readonly gap?: string;
    /** Taints that keep other pods off the nodes this workload runs on. */
    readonly taints: readonly Taint[];
}
/**
 * Whether a workload runs only on nodes that other workloads are kept off. With Node objects, every
 * node the pod can be scheduled to must carry a NoSchedule/NoExecute taint the pod tolerates by key
 * (a wildcard toleration proves nothing). Without them, the pod must be pinned (nodeName,
 * nodeSelector or required node affinity) and tolerate a specific repelling taint.
 */
export declare function isolationOf(view: PodSpecView, nodes: readonly NodeFacts[]): Isolation;
export interface SeparationFacts {
    readonly sensitive: ReadonlyMap<PodSpecView, {
        reason: string;
        isolation: Isolation;
    }>;
    /** Repelling taints that reserve nodes for sensitive workloads. */
    readonly sensitiveTaints: readonly Taint[];
    readonly nodes: readonly NodeFacts[];
}
/** Sensitive workloads, their isolation, and the taints that mark sensitive nodes. Run it through inventory.analysis(). */
export declare function separationFacts(inventory: Inventory, config: ScanConfig): SeparationFacts;
