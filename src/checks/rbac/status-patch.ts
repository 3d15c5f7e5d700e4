import { defineCheck } from '../check.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.status-patch',
    title: 'Can rewrite the status of nodes or pods',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Status is what the kubelet reports and everything else trusts. Writing `nodes/status` can change a node\'s addresses (so the API server ' +
      'sends kubelet traffic, exec streams and logs to another host) and its conditions and capacity (drawing or draining pods). Writing ' +
      '`pods/status` can change a pod\'s IPs and readiness: Services and EndpointSlices then send its traffic elsewhere. Only the kubelet and ' +
      'node controllers should hold these.',
    remediation: 'Remove `update` and `patch` on `nodes/status` and `pods/status` from roles bound to people and workloads; the kubelet gets what it needs from `system:node` and the Node authorizer.',
    references: {
      nsa: ['auth.rbac'],
      mitre: ['T1557', 'T1565'],
      kcsa: ['cluster-component-security', 'threat-model'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/node/', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'high', namespace: 'medium' }, 'status writes'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [
        { verbs: ['update', 'patch'], apiGroup: '', resource: 'nodes', subresource: 'status' },
        { verbs: ['update', 'patch'], apiGroup: '', resource: 'pods', subresource: 'status' },
      ],
      severity: ctx.options.severity,
      consequence: (_g, matches) =>
        matches.some((m) => m.permission.resource === 'nodes') ? "it can change a node's addresses and redirect the API server's kubelet traffic" : "it can change pods' IPs and readiness, redirecting Service traffic",
    });
  },
});
