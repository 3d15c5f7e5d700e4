/**
 * Why traffic between two endpoints is allowed or denied: every policy that selects each side and
 * every one of their rules, matched or not. What `rampart netpol explain` prints.
 */
import { formatSelector } from '../../k8s/label-selector.js';
import { evaluate, peerMatches, rulePorts, selectingPolicies } from './semantics.js';
export function explain(model, src, dst, port) {
    const endpoint = (t) => (t.kind === 'workload' ? { kind: 'pod', pod: t.pod } : { kind: 'ip', family: t.family, value: t.value });
    const verdict = evaluate(model, endpoint(src), endpoint(dst));
    const dstPod = dst.kind === 'workload' ? dst.pod : undefined;
    const side = (direction, subject, other, open, conn) => {
        if (subject.kind !== 'workload')
            return { direction, open: 'outside-cluster', policies: [], rules: [], allowed: 'all' };
        const policies = selectingPolicies(model, subject.pod, direction);
        const rules = [];
        for (const policy of policies) {
            for (const rule of policy[direction]) {
                const matches = !rule.peers || rule.peers.some((p) => peerMatches(model, policy, p, endpoint(other)));
                const ports = rulePorts(rule, dstPod);
                rules.push({ policy: `${policy.namespace}/${policy.name}`, direction, rule: rule.index, peers: describePeers(rule), matches, ports: ports.toJSON(), ...(port && { allowsPort: matches && ports.contains(port.protocol, port.port) }) });
            }
        }
        return { direction, ...(open && { open: open }), policies: policies.map((p) => `${p.namespace}/${p.name}`), rules, allowed: conn.toJSON() };
    };
    return {
        src: targetName(src),
        dst: targetName(dst),
        ...(port && { port }),
        allowed: port ? verdict.conn.contains(port.protocol, port.port) : !verdict.conn.isEmpty(),
        ports: verdict.conn.toJSON(),
        self: verdict.self,
        egress: side('egress', src, dst, verdict.egress.open, verdict.egress.conn),
        ingress: side('ingress', dst, src, verdict.ingress.open, verdict.ingress.conn),
    };
}
export function targetName(t) {
    return t.kind === 'workload' ? `${t.workload.kind}/${t.workload.namespace}/${t.workload.name}` : t.text;
}
/** A rule's peers in words. */
export function describePeers(rule) {
    const dir = rule.direction === 'ingress' ? 'from' : 'to';
    if (!rule.peers)
        return `${dir} anywhere (no ${dir}: every pod and address)`;
    return `${dir} ${rule.peers.map((p) => describePeer(rule.policy, p)).join(' or ')}`;
}
export function describePeer(policy, p) {
    if (p.kind === 'ip')
        return `ipBlock ${p.cidr}${p.except.length ? ` except ${p.except.join(', ')}` : ''}`;
    const pods = !p.podSelector || p.podSelector.empty ? 'every pod' : `pods ${formatSelector(p.podSelector)}`;
    const where = !p.namespaceSelector ? `in namespace ${policy.namespace}` : p.namespaceSelector.empty ? 'in every namespace' : `in namespaces ${formatSelector(p.namespaceSelector)}`;
    return `${pods} ${where}`;
}
//# sourceMappingURL=explain.js.map