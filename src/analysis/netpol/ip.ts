/**
 * IP addresses, CIDRs and sets of addresses for NetworkPolicy `ipBlock`s. Addresses are bigints so
 * IPv4 and IPv6 share one code path; a set keeps each family as sorted, disjoint, non-adjacent
 * inclusive intervals.
 */

export type Family = 4 | 6;

export interface Interval {
  readonly lo: bigint;
  readonly hi: bigint;
}

const V4_MAX = (1n << 32n) - 1n;
const V6_MAX = (1n << 128n) - 1n;

export function familyMax(family: Family): bigint {
  return family === 4 ? V4_MAX : V6_MAX;
}

function bits(family: Family): number {
  return family === 4 ? 32 : 128;
}

/** Parses a dotted-quad IPv4 or an RFC 4291 IPv6 address (with `::` and an embedded IPv4 tail). */
export function parseIp(text: string): { family: Family; value: bigint } | undefined {
  const s = text.trim();
  if (s.includes(':')) {
    const value = parseV6(s);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseV4(s);
  return value === undefined ? undefined : { family: 4, value };
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const p of parts) {
    // Go's net.ParseIP (what the API server uses) rejects leading zeros since Go 1.17
    if (!/^(0|[1-9]\d{0,2})$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseV6(s: string): bigint | undefined {
  if (s.includes('%')) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseV4(item);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return undefined;
        out.push(parseInt(item, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  let value = 0n;
  for (const g of all) value = (value << 16n) | BigInt(g);
  return value;
}

export function formatIp(family: Family, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // RFC 5952: compress the longest run (of at least two) of zero groups, the first one on a tie
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(':');
  if (best === -1) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`;
}

export interface Cidr {
  readonly family: Family;
  readonly lo: bigint;
  readonly hi: bigint;
  readonly prefix: number;
}

/**
 * Parses `address/prefix`. Host bits are masked, as Go's net.ParseCIDR does (the API server accepts
 * `10.0.0.1/8` and means `10.0.0.0/8`).
 */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) return undefined;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const width = bits(ip.family);
  if (prefix > width) return undefined;
  const hostBits = BigInt(width - prefix);
  const lo = (ip.value >> hostBits) << hostBits;
  const hi = lo + (1n << hostBits) - 1n;
  return { family: ip.family, lo, hi, prefix };
}

export function formatCidr(c: Cidr): string {
  return `${formatIp(c.family, c.lo)}/${c.prefix}`;
}

/** The fewest CIDRs that cover exactly [lo, hi]. */
export function rangeToCidrs(family: Family, lo: bigint, hi: bigint): string[] {
  const width = bits(family);
  const out: string[] = [];
  let start = lo;
  while (start <= hi) {
    // the block is limited by the alignment of start (its lowest set bit) and by what is left of the range
    const aligned = start === 0n ? width : (start & -start).toString(2).length - 1;
    const fits = (hi - start + 1n).toString(2).length - 1;
    const size = Math.min(aligned, fits);
    out.push(`${formatIp(family, start)}/${width - size}`);
    start += 1n << BigInt(size);
  }
  return out;
}

/** A set of addresses: sorted, disjoint, non-adjacent intervals per family. */
export class IpSet {
  static readonly EMPTY = new IpSet([], []);
  static readonly ALL = new IpSet([{ lo: 0n, hi: V4_MAX }], [{ lo: 0n, hi: V6_MAX }]);

  private constructor(
    readonly v4: readonly Interval[],
    readonly v6: readonly Interval[],
  ) {}

  static of(family: Family, intervals: readonly Interval[]): IpSet {
    const norm = normalize(intervals);
    return family === 4 ? new IpSet(norm, []) : new IpSet([], norm);
  }

  static cidr(c: Cidr): IpSet {
    return IpSet.of(c.family, [{ lo: c.lo, hi: c.hi }]);
  }

  family(f: Family): readonly Interval[] {
    return f === 4 ? this.v4 : this.v6;
  }

  isEmpty(): boolean {
    return this.v4.length === 0 && this.v6.length === 0;
  }

  contains(family: Family, value: bigint): boolean {
    const list = this.family(family);
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (value < list[mid].lo) hi = mid - 1;
      else if (value > list[mid].hi) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** True when every address of [lo, hi] is in the set. */
  containsRange(family: Family, lo: bigint, hi: bigint): boolean {
    return this.family(family).some((i) => i.lo <= lo && hi <= i.hi);
  }

  intersects(other: IpSet): boolean {
    return !this.intersect(other).isEmpty();
  }

  union(other: IpSet): IpSet {
    return new IpSet(normalize([...this.v4, ...other.v4]), normalize([...this.v6, ...other.v6]));
  }

  subtract(other: IpSet): IpSet {
    return new IpSet(subtract(this.v4, other.v4), subtract(this.v6, other.v6));
  }

  intersect(other: IpSet): IpSet {
    return this.subtract(this.subtract(other));
  }

  /** Number of addresses, per family. */
  size(family: Family): bigint {
    return this.family(family).reduce((n, i) => n + i.hi - i.lo + 1n, 0n);
  }

  /** Every interval as `first-last`. */
  toString(): string {
    const parts: string[] = [];
    for (const f of [4, 6] as const) for (const i of this.family(f)) parts.push(`${formatIp(f, i.lo)}-${formatIp(f, i.hi)}`);
    return parts.join(', ');
  }

  /** The set as CIDRs, IPv4 first. */
  toCidrs(): string[] {
    const out: string[] = [];
    for (const f of [4, 6] as const) for (const i of this.family(f)) out.push(...rangeToCidrs(f, i.lo, i.hi));
    return out;
  }
}

function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.lo <= last.hi + 1n) {
      if (i.hi > last.hi) out[out.length - 1] = { lo: last.lo, hi: i.hi };
    } else out.push(i);
  }
  return out;
}

function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const i of a) {
    let lo = i.lo;
    const hi = i.hi;
    while (j < b.length && b[j].hi < lo) j++;
    let k = j;
    while (k < b.length && b[k].lo <= hi && lo <= hi) {
      if (b[k].lo > lo) out.push({ lo, hi: b[k].lo - 1n });
      lo = b[k].hi + 1n;
      k++;
    }
    if (lo <= hi) out.push({ lo, hi });
  }
  return out;
}

/**
 * Splits the address space of a family into the intervals between consecutive boundaries: every
 * returned interval lies wholly inside or wholly outside each set whose boundaries were given.
 */
export function elementaryIntervals(family: Family, sets: readonly IpSet[]): Interval[] {
  const cuts = new Set<bigint>([0n]);
  const max = familyMax(family);
  for (const s of sets) {
    for (const i of s.family(family)) {
      cuts.add(i.lo);
      if (i.hi < max) cuts.add(i.hi + 1n);
    }
  }
  const starts = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return starts.map((lo, k) => ({ lo, hi: k + 1 < starts.length ? starts[k + 1] - 1n : max }));
}
