import { defineCheck } from '../check.js';
import { isAdminRule, describeBinding } from '../../analysis/rbac/index.js';
import { blastRadius, grantEvidence, grantKey, hasBindings, rbac, rulesText, scopeText, severityByScope, subjectList } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.cluster-admin-binding',
    title: 'Subject given cluster-admin (every verb on every resource)',
    severity: 'critical',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'A role with `verbs: ["*"]` on `resources: ["*"]` in `apiGroups: ["*"]` (cluster-admin, or any role written like it) can do anything: read every Secret, ' +
      'run privileged pods on any node, grant itself anything. Bound by a ClusterRoleBinding it is the whole cluster; by a RoleBinding, everything in that ' +
      'namespace (its Secrets, its service accounts, its RBAC). Kubernetes binds cluster-admin only to the `system:masters` group (and kubeadm to ' +
      '`kubeadm:cluster-admins`); those stock bindings are not reported, any other subject is. Admin access should be rare, personal and temporary ' +
      '(granted for an incident, then removed), never held by a workload\'s service account, "even for debugging".',
    remediation:
      'Bind the narrowest role that does the job, in the namespace where it is needed, and remove the cluster-admin binding:\n\n' +
      '```yaml\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: app-deployer, namespace: shop}\n' +
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}\nsubjects:\n- {kind: ServiceAccount, name: deployer, namespace: shop}\n```\n\n' +
      'For people, grant admin through a group that is empty until an incident, and audit its use.',
    references: {
      cis: ['policies.cluster-admin-usage'],
      nsa: ['auth.rbac'],
      mitre: ['T1078', 'T1098.006'],
      microsoft: ['MS-TA9019'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'high' }, 'an admin-equivalent grant'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    const world = rbac(ctx).world;
    for (const role of world.roles) {
      const ruleIndex = role.rules.findIndex((r) => isAdminRule(r.rule));
      if (ruleIndex === -1) continue;
      for (const binding of world.bindingsOf(role)) {
        const grant = world.grant(binding, ruleIndex)!;
        if (grant.reportable.length === 0) continue;
        const severity = ctx.options.severity[blastRadius(grant)];
        if (severity === 'off') continue;
        ctx.report({
          object: grant.binding.object,
          pointer: '/roleRef',
          key: grantKey(grant),
          severity,
          message:
            `${describeBinding(grant.binding)} gives ${subjectList(grant.reportable)} every verb on every resource ${scopeText(grant)} (${rulesText([grant])}): ` +
            (grant.namespace === undefined ? 'full control of the cluster' : `full control of namespace ${grant.namespace}, its Secrets and service accounts included`),
          evidence: grantEvidence(grant),
        });
      }
    }
  },
});
