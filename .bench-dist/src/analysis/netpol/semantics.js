import { ConnSet } from './ports.js';
/** Policies that select `pod` and affect `direction` (concepts: "The two sorts of pod isolation"). */
export function selectingPolicies(model, pod, direction) {
    if (model.isNodeTraffic(pod))
        return [];
    // A policy selects pods of its own namespace only (API: podSelector "selects the pods to which this NetworkPolicy object applies", in the policy's namespace).
    return (model.policiesByNamespace.get(pod.namespace) ?? []).filter((p) => p[direction] !== undefined && p.podSelector.matches(pod.labels));
}
/** Whether `peer` (of a rule of `policy`) matches `endpoint`. */
export function peerMatches(model, policy, peer, endpoint) {
    if (peer.kind === 'ip') {
        // ipBlock matches addresses. Pod IPs are taken to be outside every ipBlock: Rampart does not know
        // them, and the API warns they are "ephemeral and unpredictable"; node traffic comes from node addresses.
        if (endpoint.kind === 'ip')
            return peer.set.contains(endpoint.family, endpoint.value);
        return model.isNodeTraffic(endpoint.pod) && model.nodeAddresses.some((a) => peer.set.contains(a.family, a.value));
    }
    if (endpoint.kind === 'ip' || model.isNodeTraffic(endpoint.pod))
        return false;
    const pod = endpoint.pod;
    const inNamespace = peer.namespaceSelector ? peer.namespaceSelector.matches(model.namespaceLabels(pod.namespace)) : pod.namespace === policy.namespace;
    return inNamespace && (!peer.podSelector || peer.podSelector.matches(pod.labels));
}
/**
 * What a rule's ports allow towards `dst`. A named port resolves against the destination pod's
 * container ports with the same protocol (API: "a numerical or named port on a pod"); towards an
 * address it resolves to nothing.
 */
export function rulePorts(rule, dst) {
    if (!rule.ports)
        return ConnSet.ALL;
    let conn = ConnSet.NONE;
    for (const p of rule.ports) {
        if (p.port === undefined)
            conn = conn.union(ConnSet.protocol(p.protocol));
        else if (typeof p.port === 'number')
            conn = conn.union(ConnSet.range(p.protocol, p.port, p.endPort ?? p.port));
        else {
            const named = dst?.namedPorts.find((n) => n.name === p.port);
            if (named && named.protocol === p.protocol)
                conn = conn.union(ConnSet.range(p.protocol, named.port, named.port));
        }
    }
    return conn;
}
function side(model, direction, subject, other, dst) {
    if (model.isNodeTraffic(subject))
        return { direction, open: 'host-network', policies: [], matches: [], conn: ConnSet.ALL };
    const policies = selectingPolicies(model, subject, direction);
    if (policies.length === 0)
        return { direction, open: 'not-selected', policies, matches: [], conn: ConnSet.ALL };
    // Policies are additive: the allowed set is the union over every rule of every selecting policy (concepts).
    const matches = [];
    let conn = ConnSet.NONE;
    for (const policy of policies) {
        for (const rule of policy[direction]) {
            const peer = rule.peers ? rule.peers.find((p) => peerMatches(model, policy, p, other)) : undefined;
            if (rule.peers && !peer)
                continue;
            const c = rulePorts(rule, dst);
            matches.push({ rule, peer, conn: c });
            conn = conn.union(c);
        }
    }
    return { direction, policies, matches, conn };
}
const OUTSIDE_EGRESS = { direction: 'egress', open: 'outside-cluster', policies: [], matches: [], conn: ConnSet.ALL };
const OUTSIDE_INGRESS = { direction: 'ingress', open: 'outside-cluster', policies: [], matches: [], conn: ConnSet.ALL };
/** The full verdict for traffic from `src` to `dst`. */
export function evaluate(model, src, dst) {
    const dstPod = dst.kind === 'pod' ? dst.pod : undefined;
    const egress = src.kind === 'pod' ? side(model, 'egress', src.pod, dst, dstPod) : OUTSIDE_EGRESS;
    const ingress = dstPod ? side(model, 'ingress', dstPod, src, dstPod) : OUTSIDE_INGRESS;
    const self = src.kind === 'pod' && dst.kind === 'pod' && src.pod === dst.pod;
    return { self, egress, ingress, conn: self ? ConnSet.ALL : egress.conn.intersect(ingress.conn) };
}
//# sourceMappingURL=semantics.js.map