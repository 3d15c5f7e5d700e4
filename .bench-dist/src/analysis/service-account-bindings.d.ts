import type { Inventory } from '../inventory/inventory.js';
import type { InventoryObject } from '../inventory/object.js';
/**
 * RoleBindings and ClusterRoleBindings that name a ServiceAccount as a subject, keyed by
 * `namespace/name`. Only direct subjects count: group subjects (system:serviceaccounts...) grant
 * every account alike and say nothing about what one workload does. A ServiceAccount subject
 * must carry its namespace (RBAC validation requires it); an empty one is read as the binding's
 * own, as lenient tooling writes it. Run through inventory.analysis().
 */
export declare function serviceAccountBindings(inventory: Inventory): ReadonlyMap<string, readonly InventoryObject[]>;
