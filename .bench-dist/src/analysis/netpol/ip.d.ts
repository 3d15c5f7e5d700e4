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
export declare function familyMax(family: Family): bigint;
/** Parses a dotted-quad IPv4 or an RFC 4291 IPv6 address (with `::` and an embedded IPv4 tail). */
export declare function parseIp(text: string): {
    family: Family;
    value: bigint;
} | undefined;
export declare function formatIp(family: Family, value: bigint): string;
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
export declare function parseCidr(text: string): Cidr | undefined;
export declare function formatCidr(c: Cidr): string;
/** The fewest CIDRs that cover exactly [lo, hi]. */
export declare function rangeToCidrs(family: Family, lo: bigint, hi: bigint): string[];
/** A set of addresses: sorted, disjoint, non-adjacent intervals per family. */
export declare class IpSet {
    readonly v4: readonly Interval[];
    readonly v6: readonly Interval[];
    static readonly EMPTY: IpSet;
    static readonly ALL: IpSet;
    private constructor();
    static of(family: Family, intervals: readonly Interval[]): IpSet;
    static cidr(c: Cidr): IpSet;
    family(f: Family): readonly Interval[];
    isEmpty(): boolean;
    contains(family: Family, value: bigint): boolean;
    /** True when every address of [lo, hi] is in the set. */
    containsRange(family: Family, lo: bigint, hi: bigint): boolean;
    intersects(other: IpSet): boolean;
    union(other: IpSet): IpSet;
    subtract(other: IpSet): IpSet;
    intersect(other: IpSet): IpSet;
    /** Number of addresses, per family. */
    size(family: Family): bigint;
    /** Every interval as `first-last`. */
    toString(): string;
    /** The set as CIDRs, IPv4 first. */
    toCidrs(): string[];
}
/**
 * Splits the address space of a family into the intervals between consecutive boundaries: every
 * returned interval lies wholly inside or wholly outside each set whose boundaries were given.
 */
export declare function elementaryIntervals(family: Family, sets: readonly IpSet[]): Interval[];
