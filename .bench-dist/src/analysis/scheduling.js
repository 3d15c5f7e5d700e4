import { isRecord } from '../k8s/types.js';
/**
 * Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go): an empty effect matches every
 * effect; an empty key with operator Exists matches every key; Exists ignores the value; Equal
 * (the default operator) compares values, an empty value matching an empty one.
 */
export function tolerates(t, taint) {
    if (t.effect && t.effect !== taint.effect)
        return false;
    const operator = t.operator || 'Equal';
    if (!t.key)
        return operator === 'Exists';
    if (t.key !== taint.key)
        return false;
    if (operator === 'Exists')
        return true;
    if (operator === 'Equal')
        return (t.value ?? '') === (taint.value ?? '');
    return false;
}
/** Taints that keep pods off a node: PreferNoSchedule only discourages. */
export function isRepelling(taint) {
    return taint.effect === 'NoSchedule' || taint.effect === 'NoExecute';
}
/** A toleration that matches every taint (`operator: Exists` with no key): the pod may run anywhere. */
export function toleratesEverything(t) {
    return !t.key && t.operator === 'Exists';
}
/**
 * NodeSelectorRequirement matching (k8s.io/component-helpers/scheduling/corev1/nodeaffinity):
 * In, NotIn, Exists, DoesNotExist, Gt, Lt. NotIn and DoesNotExist match a node without the label;
 * Gt and Lt compare integers and fail on anything else.
 */
export function matchesRequirement(labels, r) {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const value = labels[r.key];
    const values = r.values ?? [];
    switch (r.operator) {
        case 'In':
            return has && values.includes(value);
        case 'NotIn':
            return !has || !values.includes(value);
        case 'Exists':
            return has;
        case 'DoesNotExist':
            return !has;
        case 'Gt':
        case 'Lt': {
            if (!has || values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(values[0]))
                return false;
            return r.operator === 'Gt' ? Number(value) > Number(values[0]) : Number(value) < Number(values[0]);
        }
        default:
            return false;
    }
}
/**
 * Whether a pod may be placed on a node, by nodeName, nodeSelector (every label equal) and required
 * node affinity (terms ORed, expressions ANDed; an empty term matches nothing; matchFields supports
 * metadata.name only, as the scheduler does).
 */
export function podFitsNode(spec, node) {
    if (spec.nodeName && spec.nodeName !== node.name)
        return false;
    for (const [k, v] of Object.entries(spec.nodeSelector ?? {}))
        if (node.labels[k] !== v)
            return false;
    const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
    if (terms === undefined)
        return true;
    return terms.some((term) => {
        const exprs = term.matchExpressions ?? [];
        const fields = term.matchFields ?? [];
        if (exprs.length === 0 && fields.length === 0)
            return false;
        return exprs.every((r) => matchesRequirement(node.labels, r)) && fields.every((r) => r.key === 'metadata.name' && matchesRequirement({ 'metadata.name': node.name }, r));
    });
}
/** Whether the pod's placement is constrained at all (by name, selector or required affinity). */
export function isPinned(spec) {
    return Boolean(spec.nodeName) || Object.keys(spec.nodeSelector ?? {}).length > 0 || spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution !== undefined;
}
/** Node facts from a Node object; malformed taints are skipped. */
export function nodeFacts(node) {
    const spec = isRecord(node.spec) ? node.spec : {};
    const taints = Array.isArray(spec.taints) ? spec.taints.filter((t) => isRecord(t) && typeof t.key === 'string' && typeof t.effect === 'string') : [];
    return { name: node.metadata.name, labels: node.metadata.labels ?? {}, taints };
}
//# sourceMappingURL=scheduling.js.map