import type { Inventory } from '../../inventory/inventory.js';
import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';
import type { ImageReference } from './reference.js';
/** One container running a parsable image. */
export interface ImageUse {
    readonly pod: PodSpecView;
    readonly container: ContainerView;
    /** The image as written. */
    readonly image: string;
    readonly reference: ImageReference;
    /** JSON pointer to the container's `image` field. */
    readonly pointer: string;
}
/** Every image the inventory runs, indexed the ways the image checks and `rampart images` ask. */
export interface ImageUsage {
    /** In inventory order: pod templates, then their containers. */
    readonly uses: readonly ImageUse[];
    /** By repository (`registry/path`, e.g. `docker.io/library/nginx`). */
    readonly byRepository: ReadonlyMap<string, readonly ImageUse[]>;
    /** Containers per registry host. */
    readonly registryCounts: ReadonlyMap<string, number>;
}
/** Memoized per inventory: the checks and `rampart images` share one pass over the containers. */
export declare function imageUsage(inventory: Inventory): ImageUsage;
/** `Kind/namespace/name` of the workload that runs a use: how people name it in messages. */
export declare function workloadName(use: {
    readonly pod: PodSpecView;
}): string;
