/**
 * Sets of connections: for each protocol NetworkPolicy knows (TCP, UDP, SCTP), the allowed port
 * ranges. Immutable; NONE and ALL are shared.
 */
export declare const PROTOCOLS: readonly ["TCP", "UDP", "SCTP"];
export type Protocol = (typeof PROTOCOLS)[number];
export declare const MIN_PORT = 1;
export declare const MAX_PORT = 65535;
/** Inclusive port range. */
export type PortRange = readonly [number, number];
export interface PortRangeJson {
    readonly protocol: Protocol;
    readonly from: number;
    readonly to: number;
}
export declare function isProtocol(p: string): p is Protocol;
export declare class ConnSet {
    private readonly byProtocol;
    static readonly NONE: ConnSet;
    static readonly ALL: ConnSet;
    private keyCache;
    private constructor();
    /** Every port of one protocol. */
    static protocol(protocol: Protocol): ConnSet;
    static range(protocol: Protocol, from: number, to: number): ConnSet;
    ranges(protocol: Protocol): readonly PortRange[];
    isEmpty(): boolean;
    isAll(): boolean;
    contains(protocol: Protocol, port: number): boolean;
    union(other: ConnSet): ConnSet;
    intersect(other: ConnSet): ConnSet;
    subtract(other: ConnSet): ConnSet;
    equals(other: ConnSet): boolean;
    /** Stable identity for interning and comparisons. */
    key(): string;
    /** The map's JSON contract: `"all"`, or every range per protocol (TCP, UDP, SCTP order). */
    toJSON(): 'all' | PortRangeJson[];
    /** `All connections`, or `TCP 80,8080-8090; UDP 53`; a whole protocol is written alone. */
    toString(): string;
}
/** Interns equal sets so that a map of millions of pairs shares a few objects. */
export declare class ConnInterner {
    private readonly byKey;
    intern(c: ConnSet): ConnSet;
}
