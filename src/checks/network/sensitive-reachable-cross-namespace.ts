import { defineCheck } from '../check.js';
import { sensitivityReason } from '../../analysis/sensitivity.js';
import { describePeers } from '../../analysis/netpol/explain.js';
import { workloadName } from '../../analysis/netpol/facts.js';
import type { Rule } from '../../analysis/netpol/model.js';
import { networkWorkloads } from './workloads.js';

export default defineCheck({
  meta: {
    id: 'network.sensitive-reachable-cross-namespace',
    title: 'Sensitive workload reachable from other namespaces',
    severity: 'high',
    category: 'network',
    area: 'separation',
    rationale:
      'The workload is marked sensitive (the `rampart.dev/sensitivity` label, or a sensitive Secret it uses), yet pods of other namespaces may connect to it without being named: ' +
      'no policy isolates its ingress, or a rule admits whole namespaces (`namespaceSelector` without a `podSelector`). Namespaces are the unit teams and tenants are separated by; ' +
      'a sensitive service should accept only the specific pods that need it. A rule naming pods of another namespace (namespaceSelector AND podSelector in one peer) is that, and is not reported.',
    remediation:
      'Isolate its ingress and name the clients:\n\n```yaml\nspec:\n  podSelector: {matchLabels: {app: postgres}}\n  ingress:\n  - from:\n    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: shop}}\n      podSelector: {matchLabels: {app: api}}\n    ports: [{port: 5432}]\n```',
    references: {
      nsa: ['network.namespaces', 'network.network-policies'],
      mitre: ['T1210'],
      microsoft: ['MS-TA9034'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors'],
    },
  },
  run(ctx) {
    const { facts, workloads } = networkWorkloads(ctx.inventory, []);
    const namespaces = [...facts.model.namespaces.values()];
    for (const { workload: w, pointer } of workloads) {
      const reason = w.pods.map((p) => sensitivityReason(p.view, ctx.inventory, ctx.config)).find((r) => r !== undefined);
      if (!reason) continue;
      const policies = facts.selecting(w, 'ingress');
      const wide = (r: Rule) =>
        !r.peers ||
        r.peers.some((p) => p.kind === 'pods' && p.namespaceSelector !== undefined && (!p.podSelector || p.podSelector.empty) && (p.namespaceSelector.empty || namespaces.some((n) => n.name !== w.namespace && p.namespaceSelector!.matches(n.labels))));
      const rules = policies.flatMap((p) => p.ingress!.filter(wide));
      if (policies.length > 0 && rules.length === 0) continue;
      const others = facts.sourcesOf(w).filter((s) => s.workload.namespace !== w.namespace);
      const why = policies.length === 0 ? 'no NetworkPolicy isolates its ingress' : rules.map((r) => `${r.policy.name} ingress[${r.index}] admits ${describePeers(r).replace(/^from /, '')}`).join('; ');
      ctx.report({
        object: w.object,
        pointer,
        message: `sensitive ${w.kind} "${w.name}" (${reason}) can be reached from other namespaces: ${why}${others.length ? ` (${others.length} workload${others.length > 1 ? 's' : ''} there can connect today)` : ''}`,
        evidence: { sensitivity: reason, rules: rules.map((r) => `${r.policy.name} ingress[${r.index}]`), sourcesInOtherNamespaces: others.slice(0, 10).map((s) => workloadName(s.workload)) },
      });
    }
  },
});
