/**
 * The class-based NetworkPolicy engine. Pods with the same namespace, labels, named ports and
 * host-network flag behave identically, so they form one class; classes that no policy tells apart
 * then collapse further into source groups (same egress policies, matched by the same ingress rule
 * peers) and destination groups (same ingress policies, matched by the same egress rule peers, same
 * named ports). Connectivity is computed once per pair of groups, and only for pairs that some
 * rule or an open side can connect, so the cost follows distinct label sets and policies, not pods
 * squared. `semantics.ts` is the definition; a property test holds this engine to it.
 */
import type { Labels } from '../../k8s/label-selector.js';
import type { IpSet } from './ip.js';
import type { NamedPort, NetpolModel, PodInfo, Policy, Rule } from './model.js';
import { ConnSet } from './ports.js';
export interface PodClass {
    readonly index: number;
    readonly namespace: string;
    readonly labels: Labels;
    readonly namedPorts: readonly NamedPort[];
    /** Treated as its node's traffic (hostNetwork in `node` mode). */
    readonly nodeTraffic: boolean;
    readonly pods: PodInfo[];
    src: SrcGroup;
    dst: DstGroup;
}
export interface SrcGroup {
    readonly index: number;
    readonly classes: PodClass[];
    /** Policies that isolate these pods for egress; empty: egress is open. */
    readonly egressPolicies: readonly Policy[];
    readonly egressRules: readonly Rule[];
    /** Ingress rules whose peers match these pods as a source. */
    readonly inRules: ReadonlySet<number>;
}
export interface DstGroup {
    readonly index: number;
    readonly classes: PodClass[];
    /** Policies that isolate these pods for ingress; empty: ingress is open. */
    readonly ingressPolicies: readonly Policy[];
    readonly ingressRules: readonly Rule[];
    /** Egress rules whose peers match these pods as a destination. */
    readonly outRules: ReadonlySet<number>;
    /** A pod of the group: named ports resolve the same for all of them. */
    readonly rep: PodInfo;
}
/** Addresses a rule lets a pod reach (egress) or be reached from (ingress), with the ports. */
export interface ExternalAllow {
    readonly set: IpSet;
    readonly conn: ConnSet;
    readonly rule?: Rule;
}
/** Non-empty connections of one source group: destination group indexes and their ports. */
export interface GroupReach {
    readonly dst: readonly number[];
    readonly conns: readonly ConnSet[];
}
export declare class NetpolEngine {
    readonly model: NetpolModel;
    readonly classes: PodClass[];
    readonly srcGroups: SrcGroup[];
    readonly dstGroups: DstGroup[];
    private readonly classByPod;
    private readonly interner;
    private readonly staticPorts;
    private readonly namedPortCache;
    private reachCache;
    constructor(model: NetpolModel);
    classOf(pod: PodInfo): PodClass;
    /** What `src` may open to `dst`; a pod reaching itself is always allowed. */
    connPods(src: PodInfo, dst: PodInfo): ConnSet;
    /** Egress of the source group ∩ ingress of the destination group. */
    connGroups(s: SrcGroup, d: DstGroup): ConnSet;
    private egressConn;
    private ingressConn;
    /** A rule's ports towards a pod (named ports resolved) or towards addresses (`dst` undefined). */
    ports(rule: Rule, dst: PodInfo | undefined): ConnSet;
    /** Addresses a source group may send to, rule by rule (egress to the outside world). */
    egressExternal(s: SrcGroup): ExternalAllow[];
    /** Addresses a destination group accepts traffic from, rule by rule. */
    ingressExternal(d: DstGroup): ExternalAllow[];
    private externalAllows;
    /**
     * Every non-empty connection between groups, per source group. Candidates come from both sides:
     * destinations a source's egress rules match (or all, when egress is open) intersected with
     * destinations whose ingress is open or has a rule matching the source. Computed once.
     */
    reach(): readonly GroupReach[];
    private buildClasses;
    /** Which policies select each class, and which rules' peers match it. */
    private matchPolicies;
    private buildGroups;
}
