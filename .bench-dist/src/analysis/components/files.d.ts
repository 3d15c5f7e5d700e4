import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import type { Component } from './components.js';
/**
 * The object a component's flag points to (`--encryption-provider-config=/etc/kubernetes/enc/x.yaml`):
 * in a node bundle, the file collected from that exact path on the same node; among plain input
 * files, one of the wanted kinds with the same file name (in the component's directory first), or
 * the only one of its kind. Undefined when the input does not hold it.
 */
export declare function referencedObject(inventory: Inventory, c: Component, path: string, kinds: readonly string[]): InventoryObject | undefined;
