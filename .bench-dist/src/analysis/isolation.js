import { isPinned, isRepelling, nodeFacts, podFitsNode, tolerates, toleratesEverything } from './scheduling.js';
import { isSensitiveNode, sensitivityReason } from './sensitivity.js';
/**
 * Whether a workload runs only on nodes that other workloads are kept off. With Node objects, every
 * node the pod can be scheduled to must carry a NoSchedule/NoExecute taint the pod tolerates by key
 * (a wildcard toleration proves nothing). Without them, the pod must be pinned (nodeName,
 * nodeSelector or required node affinity) and tolerate a specific repelling taint.
 */
export function isolationOf(view, nodes) {
    const tolerations = (view.spec.tolerations ?? []).filter((t) => !toleratesEverything(t));
    const specific = (taint) => isRepelling(taint) && tolerations.some((t) => t.key && tolerates(t, taint));
    if (nodes.length === 0) {
        const tolerated = tolerations.filter((t) => t.key && (!t.effect || t.effect === 'NoSchedule' || t.effect === 'NoExecute'));
        const taints = tolerated.map((t) => ({ key: t.key, value: t.value, effect: t.effect || 'NoSchedule' }));
        if (!isPinned(view.spec))
            return { isolated: false, gap: 'it has no nodeSelector or required node affinity, so it can run on any node', taints };
        if (tolerated.length === 0)
            return { isolated: false, gap: 'it is pinned to nodes but tolerates no taint, so those nodes cannot be kept free of other workloads', taints };
        return { isolated: true, taints };
    }
    const schedulable = nodes.filter((n) => podFitsNode(view.spec, n) && n.taints.filter(isRepelling).every((taint) => (view.spec.tolerations ?? []).some((t) => tolerates(t, taint))));
    if (schedulable.length === 0)
        return { isolated: false, gap: 'no node in the inventory accepts it (selector, affinity or untolerated taints)', taints: [] };
    const open = schedulable.filter((n) => !n.taints.some(specific));
    const taints = schedulable.flatMap((n) => n.taints.filter(specific));
    if (open.length > 0)
        return { isolated: false, gap: `it can be scheduled on ${open.map((n) => `"${n.name}"`).join(', ')}, which no taint reserves for it`, taints };
    return { isolated: true, taints };
}
/** Sensitive workloads, their isolation, and the taints that mark sensitive nodes. Run it through inventory.analysis(). */
export function separationFacts(inventory, config) {
    const nodeObjects = inventory.ofKind('Node');
    const nodes = nodeObjects.map((n) => nodeFacts(n.object));
    const sensitive = new Map();
    const taints = new Map();
    const add = (t) => taints.set(`${t.key}=${t.value ?? ''}:${t.effect}`, t);
    for (const view of inventory.podSpecs()) {
        const reason = sensitivityReason(view, inventory, config);
        if (!reason)
            continue;
        const isolation = isolationOf(view, nodes);
        sensitive.set(view, { reason, isolation });
        if (isolation.isolated)
            isolation.taints.forEach(add);
    }
    nodeObjects.forEach((n, i) => {
        if (isSensitiveNode(n.object, config))
            nodes[i].taints.filter(isRepelling).forEach(add);
    });
    return { sensitive, sensitiveTaints: [...taints.values()], nodes };
}
//# sourceMappingURL=isolation.js.map