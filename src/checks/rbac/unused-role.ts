import { defineCheck } from '../check.js';
import { describeRole } from '../../analysis/rbac/index.js';
import { unusedRbac } from '../../analysis/rbac/unused.js';
import { rbac } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.unused-role',
    title: 'Role or ClusterRole bound to nobody',
    severity: 'low',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'A role that no binding references grants nothing, but it is not harmless: it is a ready-made set of permissions that anyone allowed to create ' +
      'bindings can hand out without writing a rule (and with `bind` on roles, without holding them), and a reviewer reading roles cannot tell it ' +
      'from one in use. Least privilege includes removing what is no longer used. ClusterRoles that are aggregated into another role are used ' +
      'through it; Kubernetes\' built-in roles are not reported. `rampart rbac unused` lists these with the bindings that bind nothing. ' +
      'Files are a partial view of a cluster (a binding may be deployed from elsewhere): there an unused role is info; in a snapshot or a live cluster, low.',
    remediation: 'Delete the role, or bind it where it is meant to be used.',
    references: {
      nsa: ['auth.rbac'],
      mitre: ['T1098.006'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#periodic-review'],
    },
  },
  applies: (inventory) => inventory.ofKind('Role').length + inventory.ofKind('ClusterRole').length > 0,
  run(ctx) {
    for (const { role, boundBy } of unusedRbac(rbac(ctx).world).roles) {
      ctx.report({
        object: role.object!,
        pointer: '/metadata/name',
        key: 'unused',
        // files are a partial view: a binding elsewhere in the cluster may use the role
        severity: ctx.inventory.complete ? undefined : 'info',
        message:
          boundBy.length === 0
            ? `${describeRole(role)} is referenced by no RoleBinding or ClusterRoleBinding${role.kind === 'Role' ? ` in ${role.namespace}` : ''}`
            : `${describeRole(role)} is bound only by bindings without a subject that matches anyone (${boundBy.map((b) => b.name).join(', ')})`,
        evidence: { rules: role.writtenRules.length, bindings: boundBy.map((b) => ({ kind: b.kind, ...(b.namespace !== undefined && { namespace: b.namespace }), name: b.name })) },
      });
    }
  },
});
