import { defineCheck } from '../check.js';
import { option } from '../options.js';
import type { InventoryObject } from '../../inventory/object.js';
import { escalationGraph, describePath, type EscalationPath } from '../../analysis/rbac/paths.js';
import { hasBindings } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.escalation-path',
    title: 'Privilege-escalation path to cluster-admin or kube-system Secrets',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Risky grants combine: a service account that may only create pods in one namespace can run a pod as a more powerful account of that ' +
      'namespace, whose token can read Secrets, one of which is a token bound to cluster-admin. Rampart builds a graph of every way one ' +
      'identity becomes another (running pods as a namespace\'s service accounts, reading token Secrets, creating tokens, impersonating, ' +
      'binding or escalating roles, exec into pods, approving certificates, reaching a node through a privileged pod or nodes/proxy and ' +
      'reading the tokens of the pods on it) and reports, for every subject of a binding and every workload exposed outside the cluster, ' +
      'the shortest path to cluster-admin-equivalent power, or else to reading the Secrets of kube-system, with the binding and rule behind ' +
      'every step. Each step is something Kubernetes allows; cutting any one breaks the path. A path that starts at an internet-facing ' +
      'workload is critical: one application bug is all it takes.',
    remediation:
      'Cut the path at the cheapest step, usually the first or the last: remove the grant of the first step (a namespace-wide `edit` for every ' +
      'service account, a cluster-wide right to create pods), or the powerful binding at the end (cluster-admin bound to a workload\'s ' +
      'service account). Then enforce Pod Security `baseline` or `restricted` so that a created pod cannot become its node:\n\n' +
      '```yaml\nmetadata:\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n```',
    references: {
      cis: ['policies.cluster-admin-usage', 'policies.pod-create-access', 'policies.bind-impersonate-escalate'],
      nsa: ['auth.rbac'],
      mitre: ['T1078', 'T1098.006', 'T1528', 'T1610', 'T1611'],
      microsoft: ['MS-TA9016', 'MS-TA9019'],
      kcsa: ['threat-model', 'security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks'],
    },
    options: {
      maxDepth: option.integer(8, 'Longest path searched, in steps', { minimum: 1, maximum: 20 }),
    },
  },
  applies: hasBindings,
  run(ctx) {
    const graph = ctx.inventory.analysis(escalationGraph, ctx.options.maxDepth === 8 ? undefined : { maxDepth: ctx.options.maxDepth });
    for (const path of graph.paths()) {
      const { object, pointer } = anchor(ctx.inventory, path);
      if (!object) continue;
      const exposed = path.exposure !== undefined;
      ctx.report({
        object,
        pointer,
        key: `${path.goal}:${path.source.kind}/${path.source.namespace ?? ''}/${path.source.name}`,
        severity: path.goal === 'cluster-admin' ? (exposed ? 'critical' : 'high') : exposed ? 'high' : 'medium',
        message: describePath(path),
        evidence: { source: path.source, ...(exposed && { exposure: path.exposure }), goal: path.goal, length: path.steps.length, steps: path.steps },
      });
    }
  },
});

/**
 * Where a path is reported: on the workload it starts from, on the ServiceAccount when the input
 * has it, else on the binding of its first step (what grants the first move).
 */
function anchor(inventory: import('../../inventory/inventory.js').Inventory, path: EscalationPath): { object?: InventoryObject; pointer: string } {
  const s = path.source;
  if (s.kind === 'Workload') return { object: inventory.get(s.workloadKind!, s.namespace, s.name), pointer: '' };
  if (s.kind === 'ServiceAccount') {
    const sa = inventory.get('ServiceAccount', s.namespace, s.name);
    if (sa) return { object: sa, pointer: '/metadata/name' };
  }
  for (const step of path.steps) {
    for (const g of step.grants) {
      const b = inventory.get(g.binding.kind, g.binding.namespace, g.binding.name);
      if (b) return { object: b, pointer: '/subjects' };
    }
  }
  return { pointer: '' };
}
