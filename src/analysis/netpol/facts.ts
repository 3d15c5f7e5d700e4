/**
 * Per-workload questions the network checks ask, answered from the shared engine: where may it
 * send, who selects it, who can reach it, and which workloads it reaches transitively.
 */
import type { Inventory } from '../../inventory/inventory.js';
import { IpSet, type Family } from './ip.js';
import { INTERNET } from './ranges.js';
import { networkAnalysis, type NetworkAnalysis } from './index.js';
import type { DstGroup, ExternalAllow, SrcGroup } from './engine.js';
import { DEFAULT_NETPOL_OPTIONS, type Direction, type Policy, type Workload } from './model.js';
import { ConnSet } from './ports.js';
import { selectingPolicies } from './semantics.js';

export interface Source {
  readonly workload: Workload;
  readonly conn: ConnSet;
}

export interface Hop {
  readonly workload: Workload;
  /** What the previous hop may open to this one. */
  readonly conn: ConnSet;
}

export interface LateralPath {
  readonly target: Workload;
  /** From the first workload reached to the target. */
  readonly hops: readonly Hop[];
}

export class NetworkFacts {
  private reverse: Map<number, { s: number; conn: ConnSet }[]> | undefined;
  private readonly internetBySrc = new Map<number, IpSet>();
  private readonly lateralCache = new Map<string, LateralPath[]>();

  constructor(readonly analysis: NetworkAnalysis) {}

  get model() {
    return this.analysis.model;
  }

  private srcGroups(w: Workload): SrcGroup[] {
    return [...new Set(w.pods.map((p) => this.analysis.engine.classOf(p).src))];
  }

  private dstGroups(w: Workload): DstGroup[] {
    return [...new Set(w.pods.map((p) => this.analysis.engine.classOf(p).dst))];
  }

  /** Addresses outside the cluster the workload may send to, rule by rule. */
  egressAllows(w: Workload): ExternalAllow[] {
    return this.srcGroups(w).flatMap((s) => this.analysis.engine.egressExternal(s));
  }

  /** Internet addresses (see ranges.ts) the workload may send something to; computed once per source group. */
  internetEgress(w: Workload): IpSet {
    let acc = IpSet.EMPTY;
    for (const s of this.srcGroups(w)) {
      let set = this.internetBySrc.get(s.index);
      if (!set) {
        const allows = this.analysis.engine.egressExternal(s).filter((a) => !a.conn.isEmpty());
        set = allows.some((a) => a.set === IpSet.ALL) ? INTERNET.set : allows.reduce((x, a) => x.union(a.set), IpSet.EMPTY).intersect(INTERNET.set);
        this.internetBySrc.set(s.index, set);
      }
      acc = acc === IpSet.EMPTY ? set : acc.union(set);
    }
    return acc;
  }

  egressToAddress(w: Workload, family: Family, value: bigint): ConnSet {
    return this.egressAllows(w).reduce((c, a) => (a.set.contains(family, value) ? c.union(a.conn) : c), ConnSet.NONE);
  }

  /** Policies that select any of the workload's pods for a direction. */
  selecting(w: Workload, direction: Direction): Policy[] {
    return [...new Set(w.pods.flatMap((p) => selectingPolicies(this.model, p, direction)))];
  }

  /** Policies whose podSelector selects any of the workload's pods, whatever their types. */
  selectedBy(w: Workload): Policy[] {
    return [...new Set(w.pods.flatMap((p) => (this.model.isNodeTraffic(p) ? [] : (this.model.policiesByNamespace.get(p.namespace) ?? []).filter((pol) => pol.podSelector.matches(p.labels)))))];
  }

  /** Workloads that may connect to `w`, with what. */
  sourcesOf(w: Workload): Source[] {
    if (!this.reverse) {
      this.reverse = new Map();
      this.analysis.engine.reach().forEach((r, s) => r.dst.forEach((d, k) => push(this.reverse!, d, { s, conn: r.conns[k] })));
    }
    const out = new Map<Workload, ConnSet>();
    for (const d of this.dstGroups(w)) {
      for (const { s, conn } of this.reverse.get(d.index) ?? []) {
        for (const c of this.analysis.engine.srcGroups[s].classes) {
          for (const p of c.pods) if (p.workload !== w) out.set(p.workload, out.get(p.workload)?.union(conn) ?? conn);
        }
      }
    }
    return [...out].map(([workload, conn]) => ({ workload, conn }));
  }

  /**
   * Breadth-first over the group graph from `entry`: every workload it reaches transitively for
   * which `isTarget` says why it matters, each with one shortest hop list.
   */
  lateralPaths(entry: Workload, isTarget: (w: Workload) => boolean): LateralPath[] {
    // Entries that start from the same groups share the search, unless a shared path passes through the entry itself.
    const key = this.srcGroups(entry)
      .map((s) => s.index)
      .sort((a, b) => a - b)
      .join(',');
    let shared = this.lateralCache.get(key);
    if (!shared) this.lateralCache.set(key, (shared = this.search(undefined, this.srcGroups(entry), isTarget)));
    if (shared.some((p) => p.hops.some((h) => h.workload === entry))) return this.search(entry, this.srcGroups(entry), isTarget);
    return shared.filter((p) => p.target !== entry);
  }

  private search(entry: Workload | undefined, start: readonly SrcGroup[], isTarget: (w: Workload) => boolean): LateralPath[] {
    const engine = this.analysis.engine;
    const reach = engine.reach();
    const srcParent = new Map<number, { d: number; via: Workload } | null>();
    const dstParent = new Map<number, { s: number; conn: ConnSet }>();
    const queue: number[] = [];
    for (const s of start) {
      srcParent.set(s.index, null);
      queue.push(s.index);
    }
    const found = new Map<Workload, LateralPath>();
    const hopsTo = (d: number, w: Workload): Hop[] => {
      const hops: Hop[] = [];
      let dst = d;
      let workload = w;
      for (;;) {
        const { s, conn } = dstParent.get(dst)!;
        hops.push({ workload, conn });
        const back = srcParent.get(s);
        if (!back) break;
        dst = back.d;
        workload = back.via;
      }
      return hops.reverse();
    };
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const r = reach[s];
      for (let k = 0; k < r.dst.length; k++) {
        const d = r.dst[k];
        if (dstParent.has(d)) continue;
        dstParent.set(d, { s, conn: r.conns[k] });
        for (const c of engine.dstGroups[d].classes) {
          let via: Workload | undefined;
          for (const p of c.pods) {
            if (p.workload === entry) continue;
            via ??= p.workload;
            if (!found.has(p.workload) && isTarget(p.workload)) found.set(p.workload, { target: p.workload, hops: hopsTo(d, p.workload) });
          }
          if (via && !srcParent.has(c.src.index)) {
            srcParent.set(c.src.index, { d, via });
            queue.push(c.src.index);
          }
        }
      }
    }
    return [...found.values()].sort((a, b) => a.hops.length - b.hops.length || cmp(key(a.target), key(b.target)));
  }
}

function key(w: Workload): string {
  return `${w.namespace}/${w.name}/${w.kind}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  let list = map.get(k);
  if (!list) map.set(k, (list = []));
  list.push(v);
}

/** Memoized per inventory: `inventory.analysis(networkFacts, undefined)`. */
export function networkFacts(inventory: Inventory): NetworkFacts {
  return new NetworkFacts(inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS));
}

/** `Kind/namespace/name`. */
export function workloadName(w: Workload): string {
  return `${w.kind}/${w.namespace}/${w.name}`;
}
