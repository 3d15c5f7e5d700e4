import type { Inventory } from '../../inventory/inventory.js';
import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';
import { containerImage } from './container.js';
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

function computeImageUsage(inventory: Inventory): ImageUsage {
  const uses: ImageUse[] = [];
  const byRepository = new Map<string, ImageUse[]>();
  const registryCounts = new Map<string, number>();
  for (const pod of inventory.podSpecs()) {
    for (const container of pod.containers) {
      const parsed = containerImage(container);
      if (parsed.state !== 'valid') continue; // images.invalid-reference reports those
      const use: ImageUse = { pod, container, image: parsed.image, reference: parsed.reference, pointer: parsed.pointer };
      uses.push(use);
      let list = byRepository.get(parsed.reference.name);
      if (!list) byRepository.set(parsed.reference.name, (list = []));
      list.push(use);
      registryCounts.set(parsed.reference.registry, (registryCounts.get(parsed.reference.registry) ?? 0) + 1);
    }
  }
  return { uses, byRepository, registryCounts };
}

/** Memoized per inventory: the checks and `rampart images` share one pass over the containers. */
export function imageUsage(inventory: Inventory): ImageUsage {
  return inventory.analysis(computeImageUsage, null);
}

/** `Kind/namespace/name` of the workload that runs a use: how people name it in messages. */
export function workloadName(use: { readonly pod: PodSpecView }): string {
  const o = use.pod.owner;
  return o.namespace !== undefined ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;
}
