import { defineCheck } from '../check.js';
import { describeBinding, describeRole } from '../../analysis/rbac/index.js';
import { hasBindings, rbac } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.missing-role',
    title: 'Binding to a role that does not exist',
    severity: 'medium',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'A RoleBinding or ClusterRoleBinding whose `roleRef` names a role that does not exist grants nothing today: the authorizer skips it. It is a ' +
      'loaded gun: whoever later creates a role of that name (a chart install, a typo fixed, a namespace admin creating a Role in a RoleBinding\'s ' +
      'namespace) hands its rules to the binding\'s subjects without anyone reviewing the binding again. A RoleBinding\'s `Role` must be in the ' +
      'binding\'s own namespace; a ClusterRoleBinding can only reference a ClusterRole. Kubernetes\' built-in roles (cluster-admin, admin, edit, ' +
      'view, system:*) always exist.',
    remediation: 'Delete the binding, or fix its `roleRef` to the role it meant (roleRef cannot be changed: delete and re-create the binding).',
    references: {
      nsa: ['auth.rbac'],
      mitre: ['T1098.006'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
    },
  },
  applies: hasBindings,
  run(ctx) {
    for (const binding of rbac(ctx).world.bindings) {
      if (binding.role) continue;
      const ref = binding.roleRef;
      const why =
        ref.kind === 'Role' && binding.kind === 'ClusterRoleBinding'
          ? 'a ClusterRoleBinding can only reference a ClusterRole'
          : ref.kind !== 'Role' && ref.kind !== 'ClusterRole'
            ? `roleRef kind ${JSON.stringify(ref.kind)} is neither Role nor ClusterRole`
            : `${describeRole({ kind: ref.kind, namespace: binding.namespace, name: ref.name })} is not in the input and is not a Kubernetes built-in`;
      ctx.report({
        object: binding.object,
        pointer: '/roleRef/name',
        key: 'missing-role',
        message: `${describeBinding(binding)} references ${ref.kind} "${ref.name}", which does not exist (${why}): it grants nothing now, and whoever creates that role grants its rules to the binding's subjects`,
        evidence: { binding: { kind: binding.kind, ...(binding.namespace !== undefined && { namespace: binding.namespace }), name: binding.name }, roleRef: ref },
      });
    }
  },
});
