import { defineCheck } from '../check.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.nodes-proxy',
    title: 'Can reach the kubelet API through nodes/proxy',
    severity: 'critical',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`nodes/proxy` lets a request through the API server to a node\'s kubelet API, which runs commands in any container on the node (`/exec`, ' +
      '`/run`, `/attach`), reads its logs and lists its pods, without going through `pods/exec` authorization or, for most of it, the audit log. ' +
      'Even `get` alone is enough: the kubelet\'s exec endpoint accepts a websocket upgrade that the API server authorizes as `get`. ' +
      'Nodes are cluster-scoped, so only ClusterRoleBindings grant it.',
    remediation:
      'Remove `nodes/proxy` from every role; monitoring agents need `nodes/metrics` and `nodes/stats`, not the proxy:\n\n' +
      '```yaml\nrules:\n- apiGroups: [""]\n  resources: ["nodes/metrics", "nodes/stats"]\n  verbs: ["get"]\n```',
    references: {
      cis: ['policies.node-proxy-access'],
      nsa: ['auth.rbac'],
      mitre: ['T1609', 'T1611'],
      microsoft: ['MS-TA9030', 'MS-TA9006'],
      kcsa: ['cluster-component-security', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'off', namespace: 'off' }, 'nodes/proxy access'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [{ verbs: ['get', 'create', 'update', 'patch', 'delete', 'list', 'watch'], apiGroup: '', resource: 'nodes', subresource: 'proxy' }],
      severity: ctx.options.severity,
      consequence: (_g, matches) => (matches.every((m) => m.resourceNames.length > 0) ? 'commands run in any container on those nodes' : 'commands run in any container on any node, as root on the node for privileged ones'),
    });
  },
});
