import { elementaryIntervals, formatIp, IpSet, rangeToCidrs } from './ip.js';
import { ConnSet } from './ports.js';
import { BUILTIN_RANGES } from './ranges.js';
export class WorkloadMap {
    engine;
    /** Workloads in output order: namespace, name, kind. */
    workloads;
    sourceRanges;
    destinationRanges;
    order;
    dstWorkloads;
    egressCache = new Map();
    ingressCache = new Map();
    constructor(engine, options = {}) {
        this.engine = engine;
        const model = engine.model;
        this.workloads = [...model.workloads].sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.kind, b.kind));
        this.order = new Int32Array(model.workloads.length);
        this.workloads.forEach((w, i) => (this.order[w.index] = i));
        this.dstWorkloads = engine.dstGroups.map((d) => [...new Set(d.classes.flatMap((c) => c.pods.map((p) => this.order[p.workload.index])))].sort((a, b) => a - b));
        const named = [...(options.ranges ?? []), ...BUILTIN_RANGES];
        const extra = [...(options.ranges ?? []).map((r) => r.set), ...(options.boundaries ?? [])];
        const ipSets = (direction) => model.rules.filter((r) => r.direction === direction).flatMap((r) => (r.peers ?? []).flatMap((p) => (p.kind === 'ip' ? [p.set] : [])));
        this.sourceRanges = splitRanges([...ipSets('ingress'), ...extra], named);
        this.destinationRanges = splitRanges([...ipSets('egress'), ...extra], named);
    }
    /** Sorted by source then destination; workloads before external ranges. */
    *connections() {
        const { engine } = this;
        const reach = engine.reach();
        const n = this.workloads.length;
        const slot = new Array(n);
        for (let i = 0; i < n; i++) {
            const w = this.workloads[i];
            const src = { type: 'workload', workload: w };
            const touched = [];
            const groups = new Set(w.pods.map((p) => engine.classOf(p).src));
            for (const s of groups) {
                const r = reach[s.index];
                for (let k = 0; k < r.dst.length; k++) {
                    const conn = r.conns[k];
                    for (const j of this.dstWorkloads[r.dst[k]]) {
                        if (j === i)
                            continue;
                        const prev = slot[j];
                        if (prev === undefined)
                            touched.push(j);
                        slot[j] = prev ? prev.union(conn) : conn;
                    }
                }
            }
            touched.sort((a, b) => a - b);
            for (const j of touched) {
                yield { src, dst: { type: 'workload', workload: this.workloads[j] }, conn: slot[j] };
                slot[j] = undefined;
            }
            const external = this.destinationRanges.map(() => ConnSet.NONE);
            for (const s of groups)
                this.egressTo(s.index).forEach((c, k) => (external[k] = external[k].union(c)));
            for (let k = 0; k < external.length; k++)
                if (!external[k].isEmpty())
                    yield { src, dst: { type: 'external', range: this.destinationRanges[k] }, conn: external[k] };
        }
        for (let k = 0; k < this.sourceRanges.length; k++) {
            const src = { type: 'external', range: this.sourceRanges[k] };
            const into = new Map();
            for (const d of engine.dstGroups) {
                const conn = this.ingressFrom(d.index)[k];
                if (conn.isEmpty())
                    continue;
                for (const j of this.dstWorkloads[d.index])
                    into.set(j, into.get(j)?.union(conn) ?? conn);
            }
            for (const j of [...into.keys()].sort((a, b) => a - b))
                yield { src, dst: { type: 'workload', workload: this.workloads[j] }, conn: into.get(j) };
        }
    }
    /** Per destination range, what a source group may send there. */
    egressTo(srcGroup) {
        let cached = this.egressCache.get(srcGroup);
        if (!cached) {
            const allows = this.engine.egressExternal(this.engine.srcGroups[srcGroup]);
            cached = this.destinationRanges.map((r) => allows.reduce((c, a) => (a.set.contains(r.family, r.lo) ? c.union(a.conn) : c), ConnSet.NONE));
            this.egressCache.set(srcGroup, cached);
        }
        return cached;
    }
    /** Per source range, what a destination group accepts from there. */
    ingressFrom(dstGroup) {
        let cached = this.ingressCache.get(dstGroup);
        if (!cached) {
            const allows = this.engine.ingressExternal(this.engine.dstGroups[dstGroup]);
            cached = this.sourceRanges.map((r) => allows.reduce((c, a) => (a.set.contains(r.family, r.lo) ? c.union(a.conn) : c), ConnSet.NONE));
            this.ingressCache.set(dstGroup, cached);
        }
        return cached;
    }
}
function splitRanges(sets, named) {
    const out = [];
    for (const family of [4, 6]) {
        if (family === 6 && !sets.some((s) => s.v6.length > 0))
            continue;
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
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The map's identity for an endpoint: `Kind/namespace/name` or `first-last`. */
export function endpointKey(e) {
    return e.type === 'workload' ? `${e.workload.kind}/${e.workload.namespace}/${e.workload.name}` : e.range.ipRange;
}
/** The JSON contract's endpoint: `{kind, namespace, name}` or `{ipRange, cidrs}`. */
export function endpointJson(e) {
    return e.type === 'workload' ? { kind: e.workload.kind, namespace: e.workload.namespace, name: e.workload.name } : { ipRange: e.range.ipRange, cidrs: [...e.range.cidrs] };
}
//# sourceMappingURL=map.js.map