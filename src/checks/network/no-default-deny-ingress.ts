import { defineCheck } from '../check.js';
import { namespacesWithWorkloads } from '../namespaces/workload-namespaces.js';
import { networkAnalysis, DEFAULT_NETPOL_OPTIONS } from '../../analysis/netpol/index.js';
import { defaultDenyPolicies } from '../../analysis/netpol/default-deny.js';

export default defineCheck({
  meta: {
    id: 'network.no-default-deny-ingress',
    title: 'Namespace without a default-deny ingress NetworkPolicy',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'A pod accepts connections from every pod in the cluster until some NetworkPolicy selects it for ingress. A policy with an empty `podSelector` and no ingress rules isolates every pod of the namespace, ' +
      'including the ones added tomorrow, so that only what later policies allow gets in. Without it, each new workload starts open to the whole cluster, and one compromised pod anywhere can reach it.',
    remediation:
      'Add a default-deny policy to the namespace, then allow what each workload needs:\n\n```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny-ingress\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n```',
    references: {
      cis: ['policies.namespace-network-policies'],
      nsa: ['network.network-policies'],
      mitre: ['T1210', 'T1046'],
      microsoft: ['MS-TA9034'],
      kcsa: ['security-fundamentals', 'platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic'],
    },
  },
  run(ctx) {
    const { model } = ctx.inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS);
    for (const { namespace, object, pointer } of namespacesWithWorkloads(ctx.inventory)) {
      const { deny, partial } = defaultDenyPolicies(model, namespace, 'ingress');
      if (deny.length > 0) continue;
      const why = partial.length > 0 ? `: ${partial.map((p) => `"${p.name}"`).join(', ')} select${partial.length === 1 ? 's' : ''} every pod but allow${partial.length === 1 ? 's' : ''} ingress from anywhere` : '';
      ctx.report({ object, pointer, key: namespace, message: `namespace "${namespace}" has no default-deny ingress NetworkPolicy${why}`, evidence: { namespace, policies: (model.policiesByNamespace.get(namespace) ?? []).map((p) => p.name) } });
    }
  },
});
