import { isRecord } from '../k8s/types.js';
/** The resources every container should request and be limited on. */
export const LIMITED_RESOURCES = ['cpu', 'memory'];
/** A quantity of 0 sets nothing: the kubelet treats a 0 limit as unlimited. */
export function isSet(value) {
    if (typeof value === 'number')
        return value !== 0;
    return typeof value === 'string' && value.trim() !== '' && parseFloat(value) !== 0;
}
/** `resources.limits` or `resources.requests` of a container or pod spec, or {}. */
export function resourcesOf(holder, which) {
    return isRecord(holder) && isRecord(holder.resources) && isRecord(holder.resources[which]) ? holder.resources[which] : {};
}
/**
 * Resources that a LimitRange in the namespace fills in for containers that leave them out (the
 * LimitRanger admission plugin): `default` gives limits, `defaultRequest` requests. Each resource
 * maps to the LimitRange that supplies it.
 */
export function limitRangeDefaults(inventory, namespace, field) {
    const out = new Map();
    for (const lr of inventory.inNamespace('LimitRange', namespace)) {
        const spec = lr.object.spec;
        const limits = isRecord(spec) ? spec.limits : undefined;
        if (!Array.isArray(limits))
            continue;
        for (const item of limits) {
            if (!isRecord(item) || item.type !== 'Container' || !isRecord(item[field]))
                continue;
            const values = item[field];
            for (const r of LIMITED_RESOURCES)
                if (isSet(values[r]) && !out.has(r))
                    out.set(r, lr.name);
        }
    }
    return out;
}
//# sourceMappingURL=resources.js.map