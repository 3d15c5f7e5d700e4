import { defineCheck } from '../check.js';
import { rulePorts } from '../../analysis/netpol/semantics.js';
import { describePeers } from '../../analysis/netpol/explain.js';
import { ConnSet } from '../../analysis/netpol/ports.js';
import type { Rule } from '../../analysis/netpol/model.js';
import { ignoreNamespacesOption, networkWorkloads } from './workloads.js';

/** A rule that admits every pod of every namespace: no `from`, or `namespaceSelector: {}` without a narrowing podSelector. */
function admitsEveryNamespace(r: Rule): boolean {
  return !r.peers || r.peers.some((p) => p.kind === 'pods' && p.namespaceSelector?.empty === true && (!p.podSelector || p.podSelector.empty));
}

export default defineCheck({
  meta: {
    id: 'network.reachable-from-all-namespaces',
    title: 'Workload reachable from every namespace',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'A policy selects this workload, yet one of its ingress rules admits every pod of every namespace: a rule with no `from`, or a peer `namespaceSelector: {}` without a podSelector. ' +
      'Namespaces are then no boundary for it: a compromised pod in any team\'s namespace, including namespaces created later, can connect. Such "allow-all" rules are often added to make a probe or a scraper work and never narrowed.',
    remediation:
      'Name the namespaces (and pods) that need access:\n\n```yaml\ningress:\n- from:\n  - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}\n    podSelector: {matchLabels: {app: prometheus}}\n  ports: [{port: 9090}]\n```',
    references: {
      nsa: ['network.network-policies', 'network.namespaces'],
      mitre: ['T1210'],
      microsoft: ['MS-TA9034'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors'],
    },
    options: { ignoreNamespaces: ignoreNamespacesOption() },
  },
  applies: (inventory) => inventory.ofKind('NetworkPolicy').length > 0,
  run(ctx) {
    const { facts, workloads } = networkWorkloads(ctx.inventory, ctx.options.ignoreNamespaces);
    for (const { workload: w, pointer } of workloads) {
      const policies = facts.selecting(w, 'ingress');
      if (policies.length === 0) continue;
      const open = policies.flatMap((p) => p.ingress!.filter(admitsEveryNamespace));
      const conn = open.reduce((c, r) => c.union(rulePorts(r, w.pods[0])), ConnSet.NONE);
      if (conn.isEmpty()) continue;
      const rules = open.map((r) => `${r.policy.name} ingress[${r.index}] (${describePeers(r)})`);
      ctx.report({
        object: w.object,
        pointer,
        message: `${w.kind} "${w.name}" accepts connections from every namespace on ${conn.toString()}: ${rules.join('; ')}`,
        evidence: { rules, ports: conn.toJSON() },
      });
    }
  },
});
