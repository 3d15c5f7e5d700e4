import { defineCheck } from '../check.js';
import { POD_BEARING_KINDS } from '../../inventory/pod-spec.js';
/** Kinds reported when they land in `default`: what runs code or receives traffic. */
const KINDS = [...POD_BEARING_KINDS, 'Service'];
const DEFAULT_NAMESPACE = 'default';
export default defineCheck({
    meta: {
        id: 'namespaces.default-namespace',
        title: 'Workload or Service in the default namespace',
        severity: 'low',
        category: 'namespaces',
        area: 'namespaces',
        rationale: 'Namespaces are the unit Kubernetes attaches security policy to: RBAC Roles, NetworkPolicies, Pod Security Admission labels, ResourceQuotas and LimitRanges all apply per namespace. ' +
            'The `default` namespace exists in every cluster, usually carries none of these, and is where everything lands that nobody placed deliberately, ' +
            'so an application there shares its boundary with unrelated workloads and with anything created by mistake, and broad grants made "for default" reach it. ' +
            'A manifest without `metadata.namespace` is worse than one that names `default`: it goes wherever the current kubectl context points, so the same file can end up in different namespaces.',
        remediation: 'Give each application its own namespace, with its policies, and name it in every manifest:\n\n' +
            '```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n```',
        references: {
            cis: ['policies.namespace-boundaries', 'policies.default-namespace'],
            nsa: ['network.namespaces'],
            kcsa: ['security-fundamentals'],
            docs: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/', 'https://kubernetes.io/docs/concepts/security/multi-tenancy/'],
        },
    },
    applies: (inventory) => inventory.namespaces().length > 0,
    run(ctx) {
        for (const kind of KINDS) {
            for (const o of ctx.inventory.inNamespace(kind, DEFAULT_NAMESPACE)) {
                const written = o.object.metadata.namespace;
                const explicit = typeof written === 'string' && written !== '';
                ctx.report({
                    object: o,
                    pointer: explicit ? '/metadata/namespace' : '/metadata',
                    message: explicit
                        ? `${o.kind} "${o.name}" is in the default namespace`
                        : `${o.kind} "${o.name}" has no metadata.namespace, so it lands in the default namespace (or wherever the kubectl context points)`,
                    evidence: { kind: o.kind, namespace: DEFAULT_NAMESPACE, namespaceInManifest: explicit },
                });
            }
        }
    },
});
//# sourceMappingURL=default-namespace.js.map