import type { Container, KubernetesObject, ObjectMeta, PodSpec } from '../k8s/types.js';
import { isRecord } from '../k8s/types.js';
import type { InventoryObject } from './object.js';
import { joinPointer } from './pointer.js';

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

/** Where each pod-bearing kind keeps its pod template (metadata sits beside `spec`). */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export const POD_BEARING_KINDS: readonly string[] = Object.keys(TEMPLATE_PATHS);

/** Path of the pod template (the object holding `spec` and `metadata`) inside an object of `kind`. */
export function podTemplatePath(kind: string): readonly string[] | undefined {
  return TEMPLATE_PATHS[kind];
}

export function podSpecView(owner: InventoryObject): PodSpecView | undefined {
  const path = TEMPLATE_PATHS[owner.kind];
  if (!path) return undefined;
  let template: unknown = owner.object as KubernetesObject;
  for (const seg of path) template = isRecord(template) ? template[seg] : undefined;
  if (!isRecord(template) || !isRecord(template.spec)) return undefined;
  const spec = template.spec as PodSpec;
  const base = joinPointer('', ...path);
  const pointer = joinPointer(base, 'spec');
  const containers: ContainerView[] = [];
  for (const kind of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
    const list = spec[kind];
    if (!Array.isArray(list)) continue;
    list.forEach((container: Container, index: number) => {
      if (!isRecord(container)) return;
      containers.push({ container, kind, index, name: typeof container.name === 'string' ? container.name : `#${index}`, pointer: joinPointer(pointer, kind, index) });
    });
  }
  const metadata = isRecord(template.metadata) ? (template.metadata as Partial<ObjectMeta>) : {};
  return {
    owner,
    spec,
    metadata,
    namespace: owner.namespace ?? 'default',
    pointer,
    metadataPointer: joinPointer(base, 'metadata'),
    containers,
  };
}
