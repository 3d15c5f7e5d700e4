import type { ClusterInfo, CoverageGap } from './coverage.js';
import type { Diagnostic } from './diagnostics.js';
import type { InventoryObject } from './object.js';
import { POD_BEARING_KINDS, podSpecView, type PodSpecView } from './pod-spec.js';

/** What the cluster is made of: the loaded objects, indexed, plus what was wrong with the input. */
export class Inventory {
  private readonly kinds = new Map<string, InventoryObject[]>();
  private readonly byKey = new Map<string, InventoryObject>();
  private podSpecCache: readonly PodSpecView[] | undefined;
  private labelIndex: Map<string, InventoryObject[]> | undefined;
  private readonly analyses = new Map<unknown, Map<unknown, { value: unknown; kinds: ReadonlySet<string> }>>();
  /** Kinds read, for each recording under way (see `recordReads`). */
  private readonly recordings: Set<string>[] = [];

  constructor(
    readonly objects: readonly InventoryObject[],
    readonly diagnostics: readonly Diagnostic[],
    /** The clusters the objects were read from (live or snapshots); empty for files. */
    readonly clusters: readonly ClusterInfo[] = [],
  ) {
    for (const o of objects) {
      let list = this.kinds.get(o.kind);
      if (!list) this.kinds.set(o.kind, (list = []));
      list.push(o);
      this.byKey.set(key(o.kind, o.namespace, o.name), o);
    }
  }

  /** Kinds the cluster reads could not see: forbidden or failed lists. */
  get gaps(): readonly CoverageGap[] {
    return this.clusters.flatMap((c) => c.gaps);
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

  get(kind: string, namespace: string | undefined, name: string): InventoryObject | undefined {
    this.read(kind);
    return this.byKey.get(key(kind, namespace, name));
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
  namespaces(): { name: string; declared?: InventoryObject }[] {
    this.read('Namespace');
    const names = new Set<string>();
    for (const o of this.objects) if (o.namespace !== undefined) names.add(o.namespace);
    for (const ns of this.ofKind('Namespace')) names.add(ns.name);
    return [...names].sort().map((name) => ({ name, declared: this.get('Namespace', undefined, name) }));
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
    return new Inventory(this.objects.filter(keep), this.diagnostics, this.clusters);
  }

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

function key(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\0${namespace ?? ''}\0${name}`;
}
