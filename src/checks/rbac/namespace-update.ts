import { defineCheck } from '../check.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.namespace-update',
    title: 'Can change Namespace labels (and lower Pod Security enforcement)',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Pod Security admission reads its levels from the namespace\'s labels (`pod-security.kubernetes.io/enforce`): whoever can `update` or `patch` ' +
      'a Namespace can set it to `privileged` and then run privileged pods there. Labels also select namespaces in NetworkPolicies and admission ' +
      'webhooks. A request on a Namespace object counts as made in that namespace, so a RoleBinding granting `patch` on `namespaces` lets its ' +
      'subjects relabel the namespace they are bound in; a ClusterRoleBinding, every namespace.',
    remediation: 'Keep Namespace writes with the platform team; tenants get namespaced roles (`edit`, `admin`) that cannot change their Namespace object.',
    references: {
      nsa: ['auth.rbac', 'pod-security.enforcement'],
      mitre: ['T1562.001', 'T1611'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#namespace-modification'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'high', namespace: 'medium' }, 'Namespace writes'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [{ verbs: ['update', 'patch'], apiGroup: '', resource: 'namespaces' }],
      severity: ctx.options.severity,
      consequence: (grant) => (grant.namespace === undefined ? "it can relabel every namespace and switch off Pod Security enforcement" : `it can relabel namespace ${grant.namespace} and switch off its Pod Security enforcement`),
    });
  },
});
