import { isRecord } from '../k8s/types.js';
/**
 * RoleBindings and ClusterRoleBindings that name a ServiceAccount as a subject, keyed by
 * `namespace/name`. Only direct subjects count: group subjects (system:serviceaccounts...) grant
 * every account alike and say nothing about what one workload does. A ServiceAccount subject
 * must carry its namespace (RBAC validation requires it); an empty one is read as the binding's
 * own, as lenient tooling writes it. Run through inventory.analysis().
 */
export function serviceAccountBindings(inventory) {
    const out = new Map();
    for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
        for (const binding of inventory.ofKind(kind)) {
            const subjects = binding.object.subjects;
            if (!Array.isArray(subjects))
                continue;
            for (const s of subjects) {
                if (!isRecord(s) || s.kind !== 'ServiceAccount' || typeof s.name !== 'string')
                    continue;
                const namespace = typeof s.namespace === 'string' && s.namespace !== '' ? s.namespace : binding.namespace;
                if (namespace === undefined)
                    continue;
                const key = `${namespace}/${s.name}`;
                let list = out.get(key);
                if (!list)
                    out.set(key, (list = []));
                if (!list.includes(binding))
                    list.push(binding);
            }
        }
    }
    return out;
}
//# sourceMappingURL=service-account-bindings.js.map