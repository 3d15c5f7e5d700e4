import { systemObject } from '../k8s/system-objects.js';
/** Kinds that `src/k8s/system-objects.ts` knows objects of: the only ones worth asking about. */
const KINDS = ['Service', 'Endpoints', 'EndpointSlice', 'ConfigMap', 'ServiceAccount', 'PriorityClass', 'Namespace'];
/**
 * The objects of the inventory that Kubernetes created itself and nobody changed: findings on them
 * are left out of a scan (see `src/k8s/system-objects.ts`). Use as
 * `inventory.analysis(untouchedSystemObjects, undefined)`.
 */
export function untouchedSystemObjects(inventory) {
    const found = new Set();
    let inUse;
    const context = { namespaceInUse: (ns) => (inUse ??= new Set(inventory.podSpecs().map((v) => v.namespace))).has(ns) };
    for (const kind of KINDS) {
        for (const o of inventory.ofKind(kind)) {
            const known = systemObject(o.kind, o.namespace, o.name);
            if (known?.untouched(o.object, context))
                found.add(o);
        }
    }
    return found;
}
//# sourceMappingURL=system-objects.js.map