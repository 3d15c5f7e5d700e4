import { defineCheck } from '../check.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.service-status-patch',
    title: 'Can patch services/status (CVE-2020-8554)',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'CVE-2020-8554, unfixed by design: whoever can write `services/status` can set `status.loadBalancer.ingress[].ip` of a LoadBalancer Service ' +
      'to any address, and kube-proxy then captures traffic from every pod and node to that address, inside the cluster: a man in the middle for ' +
      'an external database, an identity provider or a cloud metadata endpoint. Only the service controller and cloud load-balancer controllers ' +
      'need this.',
    remediation: 'Remove `update` and `patch` on `services/status` from every role but the load-balancer controller\'s; block the abuse with an admission policy that denies LoadBalancer status IPs outside your ranges.',
    references: {
      nsa: ['auth.rbac'],
      mitre: ['T1557'],
      kcsa: ['cluster-component-security', 'threat-model'],
      docs: ['https://github.com/kubernetes/kubernetes/issues/97076', 'https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'high', namespace: 'medium' }, 'services/status writes'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [{ verbs: ['update', 'patch'], apiGroup: '', resource: 'services', subresource: 'status' }],
      severity: ctx.options.severity,
      consequence: () => 'it can set a LoadBalancer ingress IP and capture traffic to that address from the whole cluster',
    });
  },
});
