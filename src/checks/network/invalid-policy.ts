import { defineCheck } from '../check.js';
import { networkAnalysis, DEFAULT_NETPOL_OPTIONS } from '../../analysis/netpol/index.js';

export default defineCheck({
  meta: {
    id: 'network.invalid-policy',
    title: 'NetworkPolicy the API server would reject',
    severity: 'high',
    category: 'network',
    area: 'network',
    rationale:
      'The API server validates a NetworkPolicy when it is applied: a peer that combines `ipBlock` with a selector, an `except` outside its `cidr`, an unknown selector operator, a port out of range or an invalid port name ' +
      'make it reject the whole object. The protection the manifest describes is then simply not there, and nothing in the cluster says so.',
    remediation: 'Fix the field the message names so that `kubectl apply --dry-run=server` accepts the policy; Rampart analyses the cluster as if this policy did not exist.',
    references: {
      nsa: ['network.network-policies'],
      mitre: ['T1210'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/'],
    },
  },
  applies: (inventory) => inventory.ofKind('NetworkPolicy').length > 0,
  run(ctx) {
    const { model } = ctx.inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS);
    for (const p of model.problems) {
      ctx.report({ object: p.object, pointer: p.pointer, message: `NetworkPolicy "${p.object.name}" would be rejected by the API server: ${p.message}`, evidence: { problem: p.message } });
    }
  },
});
