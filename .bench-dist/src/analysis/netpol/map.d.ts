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
import { IpSet, type Family } from './ip.js';
import type { Workload } from './model.js';
import { ConnSet } from './ports.js';
import { type NamedRange } from './ranges.js';
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
export type MapEndpoint = {
    readonly type: 'workload';
    readonly workload: Workload;
} | {
    readonly type: 'external';
    readonly range: ExternalRange;
};
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
export declare class WorkloadMap {
    readonly engine: NetpolEngine;
    /** Workloads in output order: namespace, name, kind. */
    readonly workloads: readonly Workload[];
    readonly sourceRanges: readonly ExternalRange[];
    readonly destinationRanges: readonly ExternalRange[];
    private readonly order;
    private readonly dstWorkloads;
    private readonly egressCache;
    private readonly ingressCache;
    constructor(engine: NetpolEngine, options?: MapOptions);
    /** Sorted by source then destination; workloads before external ranges. */
    connections(): Generator<Connection>;
    /** Per destination range, what a source group may send there. */
    egressTo(srcGroup: number): ConnSet[];
    /** Per source range, what a destination group accepts from there. */
    ingressFrom(dstGroup: number): ConnSet[];
}
/** The map's identity for an endpoint: `Kind/namespace/name` or `first-last`. */
export declare function endpointKey(e: MapEndpoint): string;
/** The JSON contract's endpoint: `{kind, namespace, name}` or `{ipRange, cidrs}`. */
export declare function endpointJson(e: MapEndpoint): {
    kind: string;
    namespace: string;
    name: string;
} | {
    ipRange: string;
    cidrs: string[];
};
