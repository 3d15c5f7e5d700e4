import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
/**
 * Namespaces that run workloads (outside the system namespaces), each with the object a
 * namespace-level finding is reported on: the Namespace when it is declared, else its first workload.
 */
export declare function namespacesWithWorkloads(inventory: Inventory): {
    namespace: string;
    object: InventoryObject;
    pointer: string;
}[];
