import { defineCheck } from '../check.js';
import { networkAnalysis, DEFAULT_NETPOL_OPTIONS } from '../../analysis/netpol/index.js';
import { formatSelector, type Requirement } from '../../k8s/label-selector.js';
import { nearMisses, podsByNamespace } from './near-miss.js';

export default defineCheck({
  meta: {
    id: 'network.policy-selects-nothing',
    title: 'NetworkPolicy that selects no pod',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'The policy\'s `podSelector` matches none of the workloads in its namespace, so it protects nothing, while whoever wrote it believes those pods are isolated. ' +
      'The usual cause is a typo in a label key or value, or a policy written for a namespace other than the one it was applied to.',
    remediation: 'Make `spec.podSelector` match the labels of the pod template it is meant for (`kubectl get pods -n NAMESPACE --show-labels`), or delete the policy.',
    references: {
      nsa: ['network.network-policies'],
      mitre: ['T1210'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'],
    },
  },
  applies: (inventory) => inventory.ofKind('NetworkPolicy').length > 0,
  run(ctx) {
    const { model } = ctx.inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS);
    const byNamespace = podsByNamespace(model);
    for (const p of model.policies) {
      const pods = byNamespace.get(p.namespace) ?? [];
      // without pods in the input for this namespace, the input is partial: nothing to compare with
      if (pods.length === 0 || pods.some((pod) => p.podSelector.matches(pod.labels))) continue;
      const hints = nearMisses(p.podSelector.requirements as Requirement[], pods.map((pod) => pod.labels));
      ctx.report({
        object: p.object,
        pointer: '/spec/podSelector',
        message: `NetworkPolicy "${p.name}" selects no pod in namespace "${p.namespace}" (podSelector ${formatSelector(p.podSelector)})${hints.length ? `; did you mean ${hints.join(' or ')}?` : ''}`,
        evidence: { podSelector: formatSelector(p.podSelector), suggestions: hints },
      });
    }
  },
});
