/**
 * Connectivity at workload level, with the world outside the cluster as endpoints. External
 * addresses are split into disjoint ranges at every ipBlock boundary, per direction as np-guard's
 * netpol-analyzer splits them: source ranges at the boundaries of ingress rules' ipBlocks,
 * destination ranges at those of egress rules' ipBlocks, both also at user-given CIDRs. The whole
 * IPv4 space is always an endpoint; IPv6 is one when an ipBlock or a given CIDR mentions it.
 * A workload's connections to itself are not listed (its pods can always reach themselves; between
 * its replicas, `netpol explain W W` answers).
 */
import type { NetpolEngine } from './engine.js';
import { elementaryIntervals, formatIp, IpSet, rangeToCidrs, type Family } from './ip.js';
import type { Workload } from './model.js';
import { ConnSet } from './ports.js';
import { BUILTIN_RANGES, type NamedRange } from './ranges.js';

export interface ExternalRange {
  readonly family: Family;
  readonly lo: bigint;
  readonly hi: bigint;
  /** `first-last`. */
  readonly ipRange: string;
  readonly cidrs: readonly string[];
  /** Named ranges it overlaps (user-given first, then metadata, private, internet). */
  readonly names: readonly string[];
}

export type MapEndpoint = { readonly type: 'workload'; readonly workload: Workload } | { readonly type: 'external'; readonly range: ExternalRange };

export interface Connection {
  readonly src: MapEndpoint;
  readonly dst: MapEndpoint;
  readonly conn: ConnSet;
}

export interface MapOptions {
  /** `--cidr name=CIDR`: split there too, and label with the name. */
  readonly ranges?: readonly NamedRange[];
  /** More split points (diff uses the other side's boundaries so both maps share ranges). */
  readonly boundaries?: readonly IpSet[];
}

export class WorkloadMap {
  /** Workloads in output order: namespace, name, kind. */
  readonly workloads: readonly Workload[];
  readonly sourceRanges: readonly ExternalRange[];
  readonly destinationRanges: readonly ExternalRange[];
  private readonly order: Int32Array;
  private readonly dstWorkloads: (readonly number[])[];
  private readonly egressCache = new Map<number, ConnSet[]>();
  private readonly ingressCache = new Map<number, ConnSet[]>();

  constructor(
    readonly engine: NetpolEngine,
    options: MapOptions = {},
  ) {
    const model = engine.model;
    this.workloads = [...model.workloads].sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.kind, b.kind));
    this.order = new Int32Array(model.workloads.length);
    this.workloads.forEach((w, i) => (this.order[w.index] = i));
    this.dstWorkloads = engine.dstGroups.map((d) => [...new Set(d.classes.flatMap((c) => c.pods.map((p) => this.order[p.workload.index])))].sort((a, b) => a - b));
    const named = [...(options.ranges ?? []), ...BUILTIN_RANGES];
    const extra = [...(options.ranges ?? []).map((r) => r.set), ...(options.boundaries ?? [])];
    const ipSets = (direction: 'ingress' | 'egress') => model.rules.filter((r) => r.direction === direction).flatMap((r) => (r.peers ?? []).flatMap((p) => (p.kind === 'ip' ? [p.set] : [])));
    this.sourceRanges = splitRanges([...ipSets('ingress'), ...extra], named);
    this.destinationRanges = splitRanges([...ipSets('egress'), ...extra], named);
  }

  /** Sorted by source then destination; workloads before external ranges. */
  *connections(): Generator<Connection> {
    const { engine } = this;
    const reach = engine.reach();
    const n = this.workloads.length;
    const slot: (ConnSet | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const w = this.workloads[i];
      const src: MapEndpoint = { type: 'workload', workload: w };
      const touched: number[] = [];
      const groups = new Set(w.pods.map((p) => engine.classOf(p).src));
      for (const s of groups) {
        const r = reach[s.index];
        for (let k = 0; k < r.dst.length; k++) {
          const conn = r.conns[k];
          for (const j of this.dstWorkloads[r.dst[k]]) {
            if (j === i) continue;
            const prev = slot[j];
            if (prev === undefined) touched.push(j);
            slot[j] = prev ? prev.union(conn) : conn;
          }
        }
      }
      touched.sort((a, b) => a - b);
      for (const j of touched) {
        yield { src, dst: { type: 'workload', workload: this.workloads[j] }, conn: slot[j]! };
        slot[j] = undefined;
      }
      const external = this.destinationRanges.map(() => ConnSet.NONE);
      for (const s of groups) this.egressTo(s.index).forEach((c, k) => (external[k] = external[k].union(c)));
      for (let k = 0; k < external.length; k++) if (!external[k].isEmpty()) yield { src, dst: { type: 'external', range: this.destinationRanges[k] }, conn: external[k] };
    }
    // external sources: invert per destination group once, instead of ranges × groups lookups
    const byRange: { d: number; conn: ConnSet }[][] = this.sourceRanges.map(() => []);
    for (const d of engine.dstGroups) this.ingressFrom(d.index).forEach((conn, k) => conn.isEmpty() || byRange[k].push({ d: d.index, conn }));
    for (let k = 0; k < this.sourceRanges.length; k++) {
      const src: MapEndpoint = { type: 'external', range: this.sourceRanges[k] };
      const into = new Map<number, ConnSet>();
      for (const { d, conn } of byRange[k]) for (const j of this.dstWorkloads[d]) into.set(j, into.get(j)?.union(conn) ?? conn);
      for (const j of [...into.keys()].sort((a, b) => a - b)) yield { src, dst: { type: 'workload', workload: this.workloads[j] }, conn: into.get(j)! };
    }
  }

  /** Per destination range, what a source group may send there. */
  egressTo(srcGroup: number): ConnSet[] {
    let cached = this.egressCache.get(srcGroup);
    if (!cached) this.egressCache.set(srcGroup, (cached = spread(this.engine.egressExternal(this.engine.srcGroups[srcGroup]), this.destinationRanges)));
    return cached;
  }

  /** Per source range, what a destination group accepts from there. */
  ingressFrom(dstGroup: number): ConnSet[] {
    let cached = this.ingressCache.get(dstGroup);
    if (!cached) this.ingressCache.set(dstGroup, (cached = spread(this.engine.ingressExternal(this.engine.dstGroups[dstGroup]), this.sourceRanges)));
    return cached;
  }
}

/**
 * What each range gets from a list of allows. Ranges are elementary for every allow's set (split at
 * its boundaries), so a range is either inside a set or outside it: binary search finds the first
 * range of each interval, and the following ranges up to its end are inside.
 */
function spread(allows: readonly { set: IpSet; conn: ConnSet }[], ranges: readonly ExternalRange[]): ConnSet[] {
  const out = ranges.map(() => ConnSet.NONE);
  for (const a of allows) {
    for (const family of [4, 6] as const) {
      for (const i of a.set.family(family)) {
        let lo = 0;
        let hi = ranges.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const r = ranges[mid];
          if (r.family < family || (r.family === family && r.hi < i.lo)) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < ranges.length && ranges[k].family === family && ranges[k].lo <= i.hi; k++) out[k] = out[k].union(a.conn);
      }
    }
  }
  return out;
}

function splitRanges(sets: readonly IpSet[], named: readonly NamedRange[]): ExternalRange[] {
  const out: ExternalRange[] = [];
  for (const family of [4, 6] as const) {
    if (family === 6 && !sets.some((s) => s.v6.length > 0)) continue;
    for (const i of elementaryIntervals(family, sets)) {
      const piece = IpSet.of(family, [i]);
      out.push({
        family,
        lo: i.lo,
        hi: i.hi,
        ipRange: `${formatIp(family, i.lo)}-${formatIp(family, i.hi)}`,
        cidrs: rangeToCidrs(family, i.lo, i.hi),
        names: named.filter((n) => n.set.intersects(piece)).map((n) => n.name),
      });
    }
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The map's identity for an endpoint: `Kind/namespace/name` or `first-last`. */
export function endpointKey(e: MapEndpoint): string {
  return e.type === 'workload' ? `${e.workload.kind}/${e.workload.namespace}/${e.workload.name}` : e.range.ipRange;
}

/** The JSON contract's endpoint: `{kind, namespace, name}` or `{ipRange, cidrs}`. */
export function endpointJson(e: MapEndpoint): { kind: string; namespace: string; name: string } | { ipRange: string; cidrs: string[] } {
  return e.type === 'workload' ? { kind: e.workload.kind, namespace: e.workload.namespace, name: e.workload.name } : { ipRange: e.range.ipRange, cidrs: [...e.range.cidrs] };
}
