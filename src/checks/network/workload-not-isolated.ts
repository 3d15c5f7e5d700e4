import { defineCheck } from '../check.js';
import { ignoreNamespacesOption, networkWorkloads } from './workloads.js';

export default defineCheck({
  meta: {
    id: 'network.workload-not-isolated',
    title: 'Workload selected by no NetworkPolicy',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'NetworkPolicy is allow-listing that only starts once a policy selects a pod: a pod that no policy selects accepts connections from every pod and address, and may connect anywhere. ' +
      'Pods with `hostNetwork: true` use the node\'s network, and most network plugins cannot apply NetworkPolicy to them at all.',
    remediation:
      'Select the workload with a policy that allows only what it needs (or add a default-deny policy to its namespace):\n\n```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Ingress, Egress]\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: frontend}}}]\n    ports: [{port: 8080}]\n```\n\nFor a hostNetwork pod, drop `hostNetwork` unless it truly needs the node\'s network.',
    references: {
      cis: ['policies.namespace-network-policies'],
      nsa: ['network.network-policies'],
      mitre: ['T1210'],
      microsoft: ['MS-TA9034'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#the-two-sorts-of-pod-isolation'],
    },
    options: { ignoreNamespaces: ignoreNamespacesOption() },
  },
  run(ctx) {
    const { facts, workloads } = networkWorkloads(ctx.inventory, ctx.options.ignoreNamespaces);
    for (const { workload: w, pointer } of workloads) {
      if (w.pods.every((p) => facts.model.isNodeTraffic(p))) {
        ctx.report({ object: w.object, pointer, message: `${w.kind} "${w.name}" runs with hostNetwork: its traffic is the node's, and NetworkPolicy cannot isolate it`, evidence: { hostNetwork: true } });
        continue;
      }
      if (facts.selectedBy(w).length > 0) continue;
      ctx.report({ object: w.object, pointer, message: `${w.kind} "${w.name}" is selected by no NetworkPolicy: it accepts connections from every pod and address, and may connect anywhere`, evidence: { namespace: w.namespace, labels: w.pods[0].labels } });
    }
  },
});
