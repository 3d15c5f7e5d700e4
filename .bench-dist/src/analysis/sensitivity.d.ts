import type { ScanConfig } from '../config.js';
import type { Inventory } from '../inventory/inventory.js';
import type { PodSpecView } from '../inventory/pod-spec.js';
/** Names of the Secrets a pod template uses: volumes, projected volumes, env and envFrom. */
export declare function secretsUsed(view: PodSpecView): Set<string>;
/**
 * A workload is sensitive when it, or its pod template, carries the configured label or annotation
 * (default `rampart.dev/sensitivity: high`), or when it uses a Secret that carries it.
 */
export declare function sensitivityReason(view: PodSpecView, inventory: Inventory, config: ScanConfig): string | undefined;
/** Nodes marked sensitive with the same label, for placing sensitive workloads. */
export declare function isSensitiveNode(node: {
    metadata: {
        labels?: Readonly<Record<string, string>>;
        annotations?: Readonly<Record<string, string>>;
    };
}, config: ScanConfig): boolean;
