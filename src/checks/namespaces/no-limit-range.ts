import { defineCheck } from '../check.js';
import { missingGuardrail, namespacesWithWorkloads } from './workload-namespaces.js';

export default defineCheck({
  meta: {
    id: 'namespaces.no-limit-range',
    title: 'Namespace without a LimitRange',
    severity: 'low',
    category: 'namespaces',
    area: 'namespaces',
    rationale:
      'A LimitRange gives every container in a namespace default CPU and memory requests and limits, and caps what one ' +
      'container may ask for. Without it, a container that declares no limits can consume a whole node and starve its ' +
      'neighbours, and a ResourceQuota on limits rejects such pods outright.',
    remediation:
      '```yaml\napiVersion: v1\nkind: LimitRange\nmetadata:\n  name: defaults\n  namespace: shop\nspec:\n  limits:\n  - type: Container\n    default: {cpu: 500m, memory: 512Mi}\n    defaultRequest: {cpu: 100m, memory: 128Mi}\n    max: {cpu: "2", memory: 2Gi}\n```',
    references: {
      nsa: ['network.resource-policies'],
      mitre: ['T1499'],
      microsoft: ['MS-TA9040'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/policy/limit-range/'],
    },
  },
  applies: (inventory) => inventory.namespaces().length > 0,
  run(ctx) {
    for (const entry of namespacesWithWorkloads(ctx.inventory)) {
      const { namespace, object, pointer } = entry;
      if (ctx.inventory.inNamespace('LimitRange', namespace).length > 0) continue;
      const { message, severity } = missingGuardrail(ctx.inventory, entry, 'LimitRange');
      ctx.report({ object, pointer, key: namespace, message, severity, evidence: { namespace, declared: entry.declared } });
    }
  },
});
