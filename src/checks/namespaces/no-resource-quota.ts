import { defineCheck } from '../check.js';
import { missingGuardrail, namespacesWithWorkloads } from './workload-namespaces.js';

export default defineCheck({
  meta: {
    id: 'namespaces.no-resource-quota',
    title: 'Namespace without a ResourceQuota',
    severity: 'low',
    category: 'namespaces',
    area: 'namespaces',
    rationale:
      'A namespace is a boundary only if what happens inside it cannot exhaust what is shared. Without a ResourceQuota, ' +
      'one compromised or runaway workload can create pods, Services or Secrets until the cluster runs out of CPU, memory ' +
      'or etcd space: a denial of service for every other tenant.',
    remediation:
      'Give each namespace a quota sized for its workloads:\n\n```yaml\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute\n  namespace: shop\nspec:\n  hard:\n    requests.cpu: "8"\n    requests.memory: 16Gi\n    limits.cpu: "16"\n    limits.memory: 32Gi\n    pods: "50"\n```',
    references: {
      nsa: ['network.resource-policies'],
      mitre: ['T1499'],
      microsoft: ['MS-TA9040'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/policy/resource-quotas/'],
    },
  },
  applies: (inventory) => inventory.namespaces().length > 0,
  run(ctx) {
    for (const entry of namespacesWithWorkloads(ctx.inventory)) {
      const { namespace, object, pointer } = entry;
      if (ctx.inventory.inNamespace('ResourceQuota', namespace).length > 0) continue;
      const { message, severity } = missingGuardrail(ctx.inventory, entry, 'ResourceQuota');
      ctx.report({ object, pointer, key: namespace, message, severity, evidence: { namespace, declared: entry.declared } });
    }
  },
});
