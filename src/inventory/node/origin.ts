import type { InventoryObject } from '../object.js';

/** Where on a node an object was read from: the node bundle's node name and the file's path there. */
export interface NodeOrigin {
  /** The node's name, as `rampart node collect` recorded it. */
  readonly node: string;
  /** Absolute path of the file on the node, e.g. `/etc/kubernetes/manifests/kube-apiserver.yaml`. */
  readonly path: string;
}

// Objects are identities, so the origin rides beside them without touching the object's content.
const origins = new WeakMap<InventoryObject, NodeOrigin>();

export function setNodeOrigin(object: InventoryObject, origin: NodeOrigin): void {
  origins.set(object, origin);
}

/** The node file an object came from; undefined for objects read from ordinary manifests. */
export function nodeOrigin(object: InventoryObject): NodeOrigin | undefined {
  return origins.get(object);
}
