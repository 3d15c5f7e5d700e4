import type { Container, ObjectMeta, PodSpec } from '../k8s/types.js';
import type { InventoryObject } from './object.js';
export type ContainerKind = 'containers' | 'initContainers' | 'ephemeralContainers';
/** One container of a pod template, with the pointer to it inside its owning object. */
export interface ContainerView {
    readonly container: Container;
    readonly kind: ContainerKind;
    readonly index: number;
    readonly name: string;
    /** JSON pointer to the container inside the owning object. */
    readonly pointer: string;
}
/**
 * The pod template of any pod-bearing object. Checks are written once against this view, whatever
 * the workload kind.
 */
export interface PodSpecView {
    readonly owner: InventoryObject;
    readonly spec: PodSpec;
    /** The template's metadata (labels, annotations): for a bare Pod, the Pod's own. */
    readonly metadata: Partial<ObjectMeta>;
    /** The namespace the pods would run in. */
    readonly namespace: string;
    /** JSON pointer to the PodSpec inside the owning object, e.g. `/spec/template/spec`. */
    readonly pointer: string;
    /** JSON pointer to the template's metadata. */
    readonly metadataPointer: string;
    /** Regular, init and ephemeral containers, in that order: all count wherever containers count. */
    readonly containers: readonly ContainerView[];
}
export declare const POD_BEARING_KINDS: readonly string[];
/** Path of the pod template (the object holding `spec` and `metadata`) inside an object of `kind`. */
export declare function podTemplatePath(kind: string): readonly string[] | undefined;
export declare function podSpecView(owner: InventoryObject): PodSpecView | undefined;
