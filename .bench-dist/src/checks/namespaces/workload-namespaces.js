import { SYSTEM_NAMESPACES } from '../../k8s/scope.js';
/**
 * Namespaces that run workloads (outside the system namespaces), each with the object a
 * namespace-level finding is reported on: the Namespace when it is declared, else its first workload.
 */
export function namespacesWithWorkloads(inventory) {
    const first = new Map();
    for (const view of inventory.podSpecs())
        if (!first.has(view.namespace))
            first.set(view.namespace, view.owner);
    return [...first.entries()]
        .filter(([ns]) => !SYSTEM_NAMESPACES.has(ns))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([namespace, workload]) => {
        const declared = inventory.get('Namespace', undefined, namespace);
        return declared ? { namespace, object: declared, pointer: '' } : { namespace, object: workload, pointer: '/metadata/namespace' };
    });
}
//# sourceMappingURL=workload-namespaces.js.map