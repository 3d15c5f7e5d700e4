import type { Inventory } from '../inventory/inventory.js';
import type { InventoryObject } from '../inventory/object.js';
/**
 * The objects of the inventory that Kubernetes created itself and nobody changed: findings on them
 * are left out of a scan (see `src/k8s/system-objects.ts`). Use as
 * `inventory.analysis(untouchedSystemObjects, undefined)`.
 */
export declare function untouchedSystemObjects(inventory: Inventory): ReadonlySet<InventoryObject>;
