import type { InventoryObject } from '../object.js';
/** Where on a node an object was read from: the node bundle's node name and the file's path there. */
export interface NodeOrigin {
    /** The node's name, as `rampart node collect` recorded it. */
    readonly node: string;
    /** Absolute path of the file on the node, e.g. `/etc/kubernetes/manifests/kube-apiserver.yaml`. */
    readonly path: string;
}
export declare function setNodeOrigin(object: InventoryObject, origin: NodeOrigin): void;
/** The node file an object came from; undefined for objects read from ordinary manifests. */
export declare function nodeOrigin(object: InventoryObject): NodeOrigin | undefined;
