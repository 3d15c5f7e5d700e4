import type { Family } from './ip.js';
import type { Direction, NetpolModel, Peer, PodInfo, Policy, Rule, Workload } from './model.js';
import type { PortRangeJson, Protocol } from './ports.js';
export interface RuleExplanation {
    readonly policy: string;
    readonly direction: Direction;
    /** 0-based index in the policy's ingress/egress list. */
    readonly rule: number;
    /** What the rule admits, in words. */
    readonly peers: string;
    /** Whether its peers match the other endpoint. */
    readonly matches: boolean;
    /** What its ports allow towards the destination ("all" or ranges). */
    readonly ports: 'all' | PortRangeJson[];
    /** With --port: whether this rule allows it. */
    readonly allowsPort?: boolean;
}
export interface SideExplanation {
    readonly direction: Direction;
    /** Why this side does not restrict, when it does not. */
    readonly open?: 'not-selected' | 'host-network' | 'outside-cluster';
    readonly policies: readonly string[];
    readonly rules: readonly RuleExplanation[];
    readonly allowed: 'all' | PortRangeJson[];
}
export interface Explanation {
    readonly src: string;
    readonly dst: string;
    readonly port?: {
        readonly protocol: Protocol;
        readonly port: number;
    };
    /** With a port: whether it is allowed; without: whether anything is. */
    readonly allowed: boolean;
    readonly ports: 'all' | PortRangeJson[];
    readonly self: boolean;
    readonly egress: SideExplanation;
    readonly ingress: SideExplanation;
}
export type ExplainTarget = {
    readonly kind: 'workload';
    readonly workload: Workload;
    readonly pod: PodInfo;
} | {
    readonly kind: 'ip';
    readonly family: Family;
    readonly value: bigint;
    readonly text: string;
};
export declare function explain(model: NetpolModel, src: ExplainTarget, dst: ExplainTarget, port?: {
    protocol: Protocol;
    port: number;
}): Explanation;
export declare function targetName(t: ExplainTarget): string;
/** A rule's peers in words. */
export declare function describePeers(rule: Rule): string;
export declare function describePeer(policy: Policy, p: Peer): string;
