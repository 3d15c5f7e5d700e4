import { defineCheck } from '../check.js';
import { namespacesWithWorkloads } from '../namespaces/workload-namespaces.js';
import { networkAnalysis, DEFAULT_NETPOL_OPTIONS } from '../../analysis/netpol/index.js';
import { defaultDenyPolicies } from '../../analysis/netpol/default-deny.js';

export default defineCheck({
  meta: {
    id: 'network.no-default-deny-egress',
    title: 'Namespace without a default-deny egress NetworkPolicy',
    severity: 'low',
    category: 'network',
    area: 'network',
    rationale:
      'A pod may connect anywhere (other pods, the cloud metadata service, the internet) until some NetworkPolicy selects it for egress. A policy with an empty `podSelector` and `policyTypes: [Egress]` ' +
      'and no egress rules confines every pod of the namespace to what later policies allow, which is what stops a compromised pod from exfiltrating data, fetching tools or moving laterally. ' +
      'Remember DNS: allow UDP and TCP 53 to kube-dns in the same change.',
    remediation:
      'Deny egress by default, allow DNS, then allow what each workload needs:\n\n```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny-egress\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n      podSelector: {matchLabels: {k8s-app: kube-dns}}\n    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]\n```',
    references: {
      cis: ['policies.namespace-network-policies'],
      nsa: ['network.network-policies'],
      mitre: ['T1567', 'T1105'],
      microsoft: ['MS-TA9033', 'MS-TA9034'],
      kcsa: ['security-fundamentals', 'platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-egress-traffic'],
    },
  },
  run(ctx) {
    const { model } = ctx.inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS);
    for (const { namespace, object, pointer } of namespacesWithWorkloads(ctx.inventory)) {
      const { deny, partial } = defaultDenyPolicies(model, namespace, 'egress');
      if (deny.length > 0) continue;
      const why = partial.length > 0 ? `: ${partial.map((p) => `"${p.name}"`).join(', ')} select${partial.length === 1 ? 's' : ''} every pod but allow${partial.length === 1 ? 's' : ''} egress anywhere` : '';
      ctx.report({ object, pointer, key: namespace, message: `namespace "${namespace}" has no default-deny egress NetworkPolicy${why}`, evidence: { namespace, policies: (model.policiesByNamespace.get(namespace) ?? []).map((p) => p.name) } });
    }
  },
});
