/**
 * Sets of connections: for each protocol NetworkPolicy knows (TCP, UDP, SCTP), the allowed port
 * ranges. Immutable; NONE and ALL are shared.
 */
export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
export const MIN_PORT = 1;
export const MAX_PORT = 65535;
const FULL = [[MIN_PORT, MAX_PORT]];
export function isProtocol(p) {
    return PROTOCOLS.includes(p);
}
export class ConnSet {
    byProtocol;
    static NONE = new ConnSet([[], [], []]);
    static ALL = new ConnSet([FULL, FULL, FULL]);
    keyCache;
    constructor(byProtocol) {
        this.byProtocol = byProtocol;
    }
    /** Every port of one protocol. */
    static protocol(protocol) {
        return ConnSet.range(protocol, MIN_PORT, MAX_PORT);
    }
    static range(protocol, from, to) {
        if (from > to)
            return ConnSet.NONE;
        const lists = [[], [], []];
        lists[PROTOCOLS.indexOf(protocol)].push([Math.max(from, MIN_PORT), Math.min(to, MAX_PORT)]);
        return new ConnSet(lists);
    }
    ranges(protocol) {
        return this.byProtocol[PROTOCOLS.indexOf(protocol)];
    }
    isEmpty() {
        return this === ConnSet.NONE || this.byProtocol.every((l) => l.length === 0);
    }
    isAll() {
        return this === ConnSet.ALL || this.byProtocol.every((l) => l.length === 1 && l[0][0] === MIN_PORT && l[0][1] === MAX_PORT);
    }
    contains(protocol, port) {
        return this.ranges(protocol).some(([a, b]) => a <= port && port <= b);
    }
    union(other) {
        if (this.isEmpty() || other.isAll())
            return other;
        if (other.isEmpty() || this.isAll())
            return this;
        return canonical(new ConnSet(this.byProtocol.map((l, i) => unionRanges(l, other.byProtocol[i]))));
    }
    intersect(other) {
        if (this.isEmpty() || other.isAll())
            return this;
        if (other.isEmpty() || this.isAll())
            return other;
        return canonical(new ConnSet(this.byProtocol.map((l, i) => intersectRanges(l, other.byProtocol[i]))));
    }
    subtract(other) {
        if (other.isEmpty() || this.isEmpty())
            return this;
        return canonical(new ConnSet(this.byProtocol.map((l, i) => intersectRanges(l, complement(other.byProtocol[i])))));
    }
    equals(other) {
        return this.key() === other.key();
    }
    /** Stable identity for interning and comparisons. */
    key() {
        return (this.keyCache ??= this.isAll() ? 'all' : this.byProtocol.map((l) => l.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')).join('|'));
    }
    /** The map's JSON contract: `"all"`, or every range per protocol (TCP, UDP, SCTP order). */
    toJSON() {
        if (this.isAll())
            return 'all';
        const out = [];
        PROTOCOLS.forEach((protocol, i) => {
            for (const [from, to] of this.byProtocol[i])
                out.push({ protocol, from, to });
        });
        return out;
    }
    /** `All connections`, or `TCP 80,8080-8090; UDP 53`; a whole protocol is written alone. */
    toString() {
        if (this.isAll())
            return 'all ports';
        if (this.isEmpty())
            return 'nothing';
        const parts = [];
        PROTOCOLS.forEach((protocol, i) => {
            const l = this.byProtocol[i];
            if (l.length === 0)
                return;
            if (l.length === 1 && l[0][0] === MIN_PORT && l[0][1] === MAX_PORT)
                parts.push(`${protocol} (all ports)`);
            else
                parts.push(`${protocol} ${l.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')}`);
        });
        return parts.join('; ');
    }
}
function canonical(c) {
    if (c.isEmpty())
        return ConnSet.NONE;
    if (c.isAll())
        return ConnSet.ALL;
    return c;
}
function unionRanges(a, b) {
    const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
    const out = [];
    for (const [lo, hi] of all) {
        const last = out[out.length - 1];
        if (last && lo <= last[1] + 1)
            last[1] = Math.max(last[1], hi);
        else
            out.push([lo, hi]);
    }
    return out;
}
function intersectRanges(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const lo = Math.max(a[i][0], b[j][0]);
        const hi = Math.min(a[i][1], b[j][1]);
        if (lo <= hi)
            out.push([lo, hi]);
        if (a[i][1] < b[j][1])
            i++;
        else
            j++;
    }
    return out;
}
function complement(a) {
    const out = [];
    let next = MIN_PORT;
    for (const [lo, hi] of a) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next <= MAX_PORT)
        out.push([next, MAX_PORT]);
    return out;
}
/** Interns equal sets so that a map of millions of pairs shares a few objects. */
export class ConnInterner {
    byKey = new Map([
        [ConnSet.ALL.key(), ConnSet.ALL],
        [ConnSet.NONE.key(), ConnSet.NONE],
    ]);
    intern(c) {
        const k = c.key();
        const found = this.byKey.get(k);
        if (found)
            return found;
        this.byKey.set(k, c);
        return c;
    }
}
//# sourceMappingURL=ports.js.map