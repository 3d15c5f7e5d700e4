/**
 * NetworkPolicy semantics for one pair of endpoints, rule by rule, with the reasons: the reference
 * the class-based engine is tested against, and what `rampart netpol explain` prints. Citations:
 * "API" is the networking.k8s.io/v1 reference, "concepts" the Network Policies concept page (see
 * model.ts).
 */
import type { Family } from './ip.js';
import type { Direction, NetpolModel, Peer, PodInfo, Policy, Rule } from './model.js';
import { ConnSet } from './ports.js';
/** One side of a connection: a pod, or an address outside the cluster. */
export type Endpoint = {
    readonly kind: 'pod';
    readonly pod: PodInfo;
} | {
    readonly kind: 'ip';
    readonly family: Family;
    readonly value: bigint;
};
export interface RuleMatch {
    readonly rule: Rule;
    /** The peer that matched; absent when the rule has no `from`/`to` (every peer). */
    readonly peer?: Peer;
    /** What the rule's ports allow towards the destination (empty when a named port does not resolve). */
    readonly conn: ConnSet;
}
export interface SideVerdict {
    readonly direction: Direction;
    /**
     * Why the side does not restrict, when it does not: the pod is selected by no policy for this
     * direction, it is node traffic (hostNetwork), or the endpoint is outside the cluster.
     */
    readonly open?: 'not-selected' | 'host-network' | 'outside-cluster';
    /** Policies that select the pod for this direction (so isolate it). */
    readonly policies: readonly Policy[];
    /** Rules of those policies whose peers match the other endpoint. */
    readonly matches: readonly RuleMatch[];
    readonly conn: ConnSet;
}
export interface Verdict {
    /** A pod's traffic to itself is never blocked (concepts: "a pod cannot block access to itself"). */
    readonly self: boolean;
    readonly egress: SideVerdict;
    readonly ingress: SideVerdict;
    /** Egress of the source ∩ ingress of the destination (concepts: both must allow the connection). */
    readonly conn: ConnSet;
}
/** Policies that select `pod` and affect `direction` (concepts: "The two sorts of pod isolation"). */
export declare function selectingPolicies(model: NetpolModel, pod: PodInfo, direction: Direction): Policy[];
/** Whether `peer` (of a rule of `policy`) matches `endpoint`. */
export declare function peerMatches(model: NetpolModel, policy: Policy, peer: Peer, endpoint: Endpoint): boolean;
/**
 * What a rule's ports allow towards `dst`. A named port resolves against the destination pod's
 * container ports with the same protocol (API: "a numerical or named port on a pod"); towards an
 * address it resolves to nothing.
 */
export declare function rulePorts(rule: Rule, dst: PodInfo | undefined): ConnSet;
/** The full verdict for traffic from `src` to `dst`. */
export declare function evaluate(model: NetpolModel, src: Endpoint, dst: Endpoint): Verdict;
