import type { NodeSelectorRequirement, PodSpec, Toleration } from '../k8s/types.js';
export interface Taint {
    readonly key: string;
    readonly value?: string;
    readonly effect: string;
}
/** A Node reduced to what scheduling reads. */
export interface NodeFacts {
    readonly name: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly taints: readonly Taint[];
}
/**
 * Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go): an empty effect matches every
 * effect; an empty key with operator Exists matches every key; Exists ignores the value; Equal
 * (the default operator) compares values, an empty value matching an empty one.
 */
export declare function tolerates(t: Toleration, taint: Taint): boolean;
/** Taints that keep pods off a node: PreferNoSchedule only discourages. */
export declare function isRepelling(taint: Taint): boolean;
/** A toleration that matches every taint (`operator: Exists` with no key): the pod may run anywhere. */
export declare function toleratesEverything(t: Toleration): boolean;
/**
 * NodeSelectorRequirement matching (k8s.io/component-helpers/scheduling/corev1/nodeaffinity):
 * In, NotIn, Exists, DoesNotExist, Gt, Lt. NotIn and DoesNotExist match a node without the label;
 * Gt and Lt compare integers and fail on anything else.
 */
export declare function matchesRequirement(labels: Readonly<Record<string, string>>, r: NodeSelectorRequirement): boolean;
/**
 * Whether a pod may be placed on a node, by nodeName, nodeSelector (every label equal) and required
 * node affinity (terms ORed, expressions ANDed; an empty term matches nothing; matchFields supports
 * metadata.name only, as the scheduler does).
 */
export declare function podFitsNode(spec: PodSpec, node: NodeFacts): boolean;
/** Whether the pod's placement is constrained at all (by name, selector or required affinity). */
export declare function isPinned(spec: PodSpec): boolean;
/** Node facts from a Node object; malformed taints are skipped. */
export declare function nodeFacts(node: {
    metadata: {
        name: string;
        labels?: Readonly<Record<string, string>>;
    };
    spec?: unknown;
}): NodeFacts;
