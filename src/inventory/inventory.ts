import type { ClusterInfo, CoverageGap } from './coverage.js';
import type { Diagnostic } from './diagnostics.js';
import type { InventoryObject } from './object.js';
import { POD_BEARING_KINDS, podSpecView, type PodSpecView } from './pod-spec.js';

/**
 * What the cluster is made of: the loaded objects, indexed, plus what was wrong with the input.
 *
 * **One identity, several copies.** Files often hold several copies of one object (kind, namespace,
 * name): `dev/` and `prod/` variants of an app, the base and overlays of a kustomization. Every
 * copy is an object of its own in `objects`, `ofKind()` and `podSpecs()`: checks that judge one
 * object at a time report each copy at its own file and line. Analyses that need one object per
 * identity (an RBAC graph, NetworkPolicy selection, a lookup by name) use `get()` and
 * `effective()`: the **last copy in input order wins**, which is what `kubectl apply -f` over the
 * same paths (files in the order given, directories sorted) would leave in the cluster. Each
 * identity with several copies gets one info note naming them (`-v`). Inside one input (one file,
 * one kubectl List, one snapshot) an identity occurs once; a second occurrence is an error
 * diagnostic of the loader and is not loaded.
 */
export class Inventory {
  private readonly kinds = new Map<string, InventoryObject[]>();
  /** The last copy of each identity, by kind, then namespace ('' when cluster-scoped), then name: no key string per lookup. */
  private readonly byKey = new Map<string, Map<string, Map<string, InventoryObject>>>();
  /** Identities with more than one copy: every copy, in input order. */
  private readonly copies = new Map<string, InventoryObject[]>();
  private effectiveCache: readonly InventoryObject[] | undefined;
  private notesCache: readonly Diagnostic[] | undefined;
  private podSpecCache: readonly PodSpecView[] | undefined;
  private labelIndex: Map<string, InventoryObject[]> | undefined;
  private namespacesCache: readonly { readonly name: string; readonly declared?: InventoryObject }[] | undefined;
  private readonly analyses = new Map<unknown, Map<unknown, { value: unknown; kinds: ReadonlySet<string> }>>();
  /** Kinds read, for each recording under way (see `recordReads`). */
  private readonly recordings: Set<string>[] = [];

  constructor(
    readonly objects: readonly InventoryObject[],
    /** Errors and warnings about the input: they decide the exit status. */
    readonly diagnostics: readonly Diagnostic[],
    /** Info notes from loading (files skipped as not Kubernetes objects...): listed with `-v`. */
    private readonly loadNotes: readonly Diagnostic[] = [],
    private readonly options: InventoryOptions = {},
  ) {
    for (const o of objects) {
      let list = this.kinds.get(o.kind);
      if (!list) this.kinds.set(o.kind, (list = []));
      list.push(o);
      let byNamespace = this.byKey.get(o.kind);
      if (!byNamespace) this.byKey.set(o.kind, (byNamespace = new Map()));
      const ns = o.namespace ?? '';
      let byName = byNamespace.get(ns);
      if (!byName) byNamespace.set(ns, (byName = new Map()));
      const previous = byName.get(o.name);
      if (previous) {
        const k = key(o.kind, o.namespace, o.name);
        const copies = this.copies.get(k);
        if (copies) copies.push(o);
        else this.copies.set(k, [previous, o]);
      }
      byName.set(o.name, o);
    }
  }

  private last(kind: string, namespace: string | undefined, name: string): InventoryObject | undefined {
    return this.byKey.get(kind)?.get(namespace ?? '')?.get(name);
  }

  /**
   * True when the inventory is a whole cluster (a snapshot, a live cluster): what is absent from it
   * does not exist. Files are a partial view (one directory of a repository, `kubectl get` of some
   * kinds): an object they do not hold may well exist elsewhere.
   */
  get complete(): boolean {
    return this.options.complete === true;
  }

  /** Info notes: what loading skipped, and identities with several copies. Never an error. */
  get notes(): readonly Diagnostic[] {
    if (!this.notesCache) {
      const notes = [...this.loadNotes];
      for (const copies of this.copies.values()) {
        const last = copies[copies.length - 1];
        const where = copies.map((c) => c.locate(''));
        const lastAt = where[where.length - 1];
        notes.push({
          severity: 'info',
          code: 'object-copies',
          file: lastAt.file,
          line: lastAt.line,
          message: `${last.kind} "${last.namespace ? `${last.namespace}/` : ''}${last.name}" has ${copies.length} copies (${where.map((w) => `${w.file}:${w.line}`).join(', ')}): each is scanned; analyses that need one object per identity use the last`,
        });
      }
      this.notesCache = notes;
    }
    return this.notesCache;
  }

  /** Every copy of this object's identity in input order (just the object itself, mostly). */
  copiesOf(o: InventoryObject): readonly InventoryObject[] {
    return (this.copies.size > 0 && this.copies.get(key(o.kind, o.namespace, o.name))) || [o];
  }

  /** True when a later copy of the same identity is in the inventory (see the class comment). */
  isShadowed(o: InventoryObject): boolean {
    return this.copies.size > 0 && this.last(o.kind, o.namespace, o.name) !== o;
  }

  /**
   * One object per identity, the last copy in input order: for analyses that build a graph or
   * resolve references by name. Optionally of one kind.
   */
  effective(kind?: string): readonly InventoryObject[] {
    if (kind !== undefined) {
      const all = this.ofKind(kind);
      return this.copies.size === 0 ? all : all.filter((o) => !this.isShadowed(o));
    }
    return (this.effectiveCache ??= this.copies.size === 0 ? this.objects : this.objects.filter((o) => !this.isShadowed(o)));
  }

  /**
   * What tells this copy apart from the other copies of its identity, for fingerprints: its file
   * when there are several copies, else nothing (so fingerprints stay stable across file moves).
   */
  copyDiscriminator(o: InventoryObject): string {
    // a rendered object is told apart by its rendering: a base and its overlay share the base's file
    return this.copies.size > 0 && this.copies.has(key(o.kind, o.namespace, o.name)) ? (o.origin.input ?? o.file) : '';
  }

  /** The clusters the objects were read from (live or snapshots); empty for files. */
  get clusters(): readonly ClusterInfo[] {
    return this.options.clusters ?? [];
  }

  /** Kinds the cluster reads could not see: forbidden or failed lists. */
  get gaps(): readonly CoverageGap[] {
    return this.clusters.flatMap((c) => c.gaps);
  }

  /** Info notes given when loading, without the copies notes this inventory derives itself. */
  get loadingNotes(): readonly Diagnostic[] {
    return this.loadNotes;
  }

  /**
   * Runs `fn` and returns the kinds it read through this inventory's lookups and analyses, so that
   * a coverage gap (a kind the cluster refused) can name the checks it affected.
   */
  recordReads<T>(fn: () => T): { value: T; kinds: ReadonlySet<string> } {
    const kinds = new Set<string>();
    this.recordings.push(kinds);
    try {
      return { value: fn(), kinds };
    } finally {
      this.recordings.pop();
    }
  }

  private read(kind: string): void {
    for (const r of this.recordings) r.add(kind);
  }

  ofKind(kind: string): readonly InventoryObject[] {
    this.read(kind);
    return this.kinds.get(kind) ?? [];
  }

  /** The object with this identity; of several copies, the last (see the class comment). */
  get(kind: string, namespace: string | undefined, name: string): InventoryObject | undefined {
    this.read(kind);
    return this.last(kind, namespace, name);
  }

  inNamespace(kind: string, namespace: string): InventoryObject[] {
    return this.ofKind(kind).filter((o) => o.namespace === namespace);
  }

  /** Objects of a kind whose metadata.labels hold `label=value`. */
  withLabel(kind: string, label: string, value: string): InventoryObject[] {
    this.read(kind);
    if (!this.labelIndex) {
      this.labelIndex = new Map();
      for (const o of this.objects) {
        const labels = o.object.metadata.labels;
        if (!labels || typeof labels !== 'object') continue;
        for (const [k, v] of Object.entries(labels)) {
          const ix = `${o.kind}\0${k}\0${v}`;
          let list = this.labelIndex.get(ix);
          if (!list) this.labelIndex.set(ix, (list = []));
          list.push(o);
        }
      }
    }
    return this.labelIndex.get(`${kind}\0${label}\0${value}`) ?? [];
  }

  /** The object's controller, when it is in the inventory. */
  controllerOf(o: InventoryObject): InventoryObject | undefined {
    const refs: unknown = o.object.metadata.ownerReferences;
    if (!Array.isArray(refs)) return undefined;
    const ref = refs.find((r) => r && typeof r === 'object' && r.controller === true && typeof r.kind === 'string' && typeof r.name === 'string');
    return ref ? this.get(ref.kind, o.namespace, ref.name) : undefined;
  }

  /** Namespaces declared as objects, plus every namespace an object lives in. */
  namespaces(): readonly { readonly name: string; readonly declared?: InventoryObject }[] {
    this.read('Namespace');
    if (!this.namespacesCache) {
      const names = new Set<string>();
      for (const o of this.objects) if (o.namespace !== undefined) names.add(o.namespace);
      for (const ns of this.ofKind('Namespace')) names.add(ns.name);
      this.namespacesCache = [...names].sort().map((name) => ({ name, declared: this.last('Namespace', undefined, name) }));
    }
    return this.namespacesCache;
  }

  /**
   * Pod templates of every pod-bearing object, normalized to one view. An object whose controller
   * (ownerReferences with controller: true) is also in the inventory is left out: in a cluster
   * snapshot the Deployment, its ReplicaSet and their Pods share one template, and the problem is
   * reported once, on the object a person edits.
   */
  podSpecs(): readonly PodSpecView[] {
    for (const kind of POD_BEARING_KINDS) this.read(kind);
    if (!this.podSpecCache) {
      const views: PodSpecView[] = [];
      for (const o of this.objects) {
        if (this.controllerOf(o)) continue;
        const view = podSpecView(o);
        if (view) views.push(view);
      }
      this.podSpecCache = views;
    }
    return this.podSpecCache;
  }

  /**
   * Runs an analysis once per inventory and argument (usually the scan config), so checks that
   * share an engine share its result.
   */
  analysis<A, T>(compute: (inventory: Inventory, arg: A) => T, arg: A): T {
    let byArg = this.analyses.get(compute);
    if (!byArg) this.analyses.set(compute, (byArg = new Map()));
    let entry = byArg.get(arg);
    if (!entry) byArg.set(arg, (entry = this.recordReads(() => compute(this, arg))));
    else for (const kind of entry.kinds) this.read(kind); // a cached analysis still read these kinds
    return entry.value as T;
  }

  /** A new inventory with only the objects that pass `keep` (diagnostics are kept whole). */
  filter(keep: (o: InventoryObject) => boolean): Inventory {
    return new Inventory(this.objects.filter(keep), this.diagnostics, this.loadNotes, this.options);
  }

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

export interface InventoryOptions {
  /** The input is a whole cluster (snapshot, live): see `Inventory.complete`. */
  readonly complete?: boolean;
  /** The clusters the objects were read from, with what each read could not see. */
  readonly clusters?: readonly ClusterInfo[];
}

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\0${namespace ?? ''}\0${name}`;
}
