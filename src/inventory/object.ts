import type { KubernetesObject } from '../k8s/types.js';
import type { Locator, Location, SourceText } from './source.js';

/** Identifies a Kubernetes object the way kubectl does. */
export interface ResourceRef {
  readonly apiVersion: string;
  readonly kind: string;
  /** Absent for cluster-scoped objects. */
  readonly namespace?: string;
  readonly name: string;
}

/** A loaded object together with where it came from. */
export class InventoryObject {
  constructor(
    readonly object: KubernetesObject,
    readonly ref: ResourceRef,
    private readonly source: SourceText,
    private readonly locator: Locator,
    /**
     * 0-based index of the document in its input (a YAML document, or a JSON value of a stream), and
     * of the item inside a List; for rendered input (`helm template DIR`), the command that rendered it.
     */
    readonly origin: { readonly document: number; readonly item?: number; readonly input?: string } = { document: 0 },
  ) {}

  get file(): string {
    return this.source.file;
  }

  get kind(): string {
    return this.ref.kind;
  }

  get name(): string {
    return this.ref.name;
  }

  get namespace(): string | undefined {
    return this.ref.namespace;
  }

  /**
   * The same object under another name, from the same text: a static pod read from a node bundle
   * is named after its node, as the kubelet names its mirror pod (`kube-apiserver-cp-1`).
   */
  renamed(name: string): InventoryObject {
    const object = { ...this.object, metadata: { ...this.object.metadata, name } };
    return new InventoryObject(object, { ...this.ref, name }, this.source, this.locator, this.origin);
  }

  /** The field at `pointer` (or its nearest existing ancestor) as a file position. */
  locate(pointer: string): Location {
    return this.locateAll([pointer])[0];
  }

  /** Several fields at once: the object's text is parsed for positions only once. */
  locateAll(pointers: readonly string[]): Location[] {
    if (this.locator.sourcesOf) {
      return this.locator.sourcesOf(pointers).map(({ source, offset }, i) => ({ file: source.file, ...source.position(offset), path: pointers[i] }));
    }
    return this.locator.offsetsOf(pointers).map((offset, i) => {
      const { line, column } = this.source.position(offset);
      return { file: this.source.file, line, column, path: pointers[i] };
    });
  }
}

/** `Kind/namespace/name`, or `Kind/name` when cluster-scoped. */
export function refToString(ref: ResourceRef): string {
  return ref.namespace !== undefined ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}
