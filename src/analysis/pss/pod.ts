/**
 * The pod as the checks see it: a thin, allocation-light wrapper over the raw (unvalidated) object.
 *
 * Values come from user manifests, so every read is defensive. The Go checks read a typed, decoded
 * and defaulted `corev1.PodSpec`; the readers here give the same answers for any input the API
 * server would accept: a field that is absent or `null` is Go's nil, and a value of the wrong
 * JSON type (which the API server would refuse to decode) is treated as absent.
 */
import { escapeSegment } from '../../inventory/pointer.js';

export type Rec = Record<string, unknown>;

export function isRec(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function rec(value: unknown): Rec | undefined {
  return isRec(value) ? value : undefined;
}

export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY;
}

/** A Go `string` field: absent, null or non-string reads as "". */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const EMPTY: readonly unknown[] = Object.freeze([]);

/** What evaluatePod accepts: a PodSpecView, or any `{ metadata, spec }` (pointers then default to a bare Pod's). */
export interface PssPodInput {
  readonly metadata?: unknown;
  readonly spec: unknown;
  /** JSON pointer to the PodSpec inside its object; default `/spec`. */
  readonly pointer?: string;
  /** JSON pointer to the pod (template) metadata; default `/metadata`. */
  readonly metadataPointer?: string;
  /** Set by PodSpecView: the object that holds the template. */
  readonly owner?: { readonly kind: string };
}

export type ContainerKind = 'initContainers' | 'containers' | 'ephemeralContainers';

/** Go's visitContainers order (policy/visitor.go): init containers, containers, ephemeral containers. */
export const CONTAINER_KINDS: readonly ContainerKind[] = ['initContainers', 'containers', 'ephemeralContainers'];

export class PodContext {
  readonly spec: Rec;
  readonly metadata: Rec | undefined;
  readonly specPointer: string;
  readonly metadataPointer: string;
  /** The pod-level securityContext, or undefined (nil). */
  readonly podSC: Rec | undefined;
  readonly lists: readonly [readonly unknown[], readonly unknown[], readonly unknown[]];
  /** Whether the object is a bare Pod (true) or a pod template inside a controller. */
  readonly barePod: boolean;

  constructor(input: PssPodInput) {
    this.spec = rec(input.spec) ?? {};
    this.metadata = rec(input.metadata);
    this.specPointer = input.pointer ?? '/spec';
    this.metadataPointer = input.metadataPointer ?? '/metadata';
    this.podSC = rec(this.spec.securityContext);
    this.lists = [arr(this.spec.initContainers), arr(this.spec.containers), arr(this.spec.ephemeralContainers)];
    this.barePod = input.owner === undefined || input.owner.kind === 'Pod';
  }

  get annotations(): Rec | undefined {
    return rec(this.metadata?.annotations);
  }

  /** `podSpec.OS != nil && podSpec.OS.Name == corev1.Windows` */
  get isWindows(): boolean {
    return rec(this.spec.os)?.name === 'windows';
  }

  /** policy/helpers.go relaxPolicyForUserNamespacePod: `podSpec.HostUsers != nil && !*podSpec.HostUsers`. */
  get userNamespace(): boolean {
    return this.spec.hostUsers === false;
  }

  /** Visits every container in Go's order. */
  visit(fn: (c: Rec, kind: ContainerKind, index: number) => void): void {
    for (let k = 0; k < 3; k++) {
      const list = this.lists[k];
      const kind = CONTAINER_KINDS[k];
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        if (isRec(c)) fn(c, kind, i);
      }
    }
  }

  containerPointer(kind: ContainerKind, index: number, ...path: string[]): string {
    let p = `${this.specPointer}/${kind}/${index}`;
    for (const seg of path) p += '/' + escapeSegment(seg);
    return p;
  }

  specField(...path: (string | number)[]): string {
    let p = this.specPointer;
    for (const seg of path) p += '/' + escapeSegment(seg);
    return p;
  }

  metadataField(...path: string[]): string {
    let p = this.metadataPointer;
    for (const seg of path) p += '/' + escapeSegment(seg);
    return p;
  }
}

/** A container's securityContext, or undefined (nil). */
export function sc(c: Rec): Rec | undefined {
  return rec(c.securityContext);
}

/** `container.Name` */
export function nameOf(c: Rec): string {
  return str(c.name);
}

/** A check's verdict when it forbids the pod; checks return null when they allow it. */
export interface Forbidden {
  readonly reason: string;
  readonly detail: string;
  /** Pointers to the offending fields (or to where a required field belongs). */
  readonly pointers: readonly string[];
}

export type CheckFn = (pod: PodContext) => Forbidden | null;
