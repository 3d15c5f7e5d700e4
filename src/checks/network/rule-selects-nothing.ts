import { defineCheck } from '../check.js';
import { networkAnalysis, DEFAULT_NETPOL_OPTIONS } from '../../analysis/netpol/index.js';
import { formatSelector, type Labels } from '../../k8s/label-selector.js';
import { NAMESPACE_NAME_LABEL } from '../../analysis/netpol/model.js';
import { option } from '../options.js';
import { nearMisses, podsByNamespace } from './near-miss.js';

interface AssumedPod {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
}

export default defineCheck({
  meta: {
    id: 'network.rule-selects-nothing',
    title: 'NetworkPolicy rule whose selector matches nothing',
    severity: 'low',
    category: 'network',
    area: 'network',
    rationale:
      'A `from`/`to` peer names namespaces or pods that do not exist in the input, so the traffic it was written to allow stays blocked, and someone will "fix" it later by widening the rule. ' +
      'Often a typo in a label, or a namespace that has no such label (namespaces only carry `kubernetes.io/metadata.name` unless someone labels them). ' +
      'Pods that clusters run but manifests rarely include (kube-dns) and the system namespaces are assumed to exist (options `assumedPods`, `assumedNamespaces`).',
    remediation: 'Point the selector at labels that exist: `kubectl get ns --show-labels`, `kubectl get pods -A --show-labels`; select a namespace by name with `kubernetes.io/metadata.name: NAME`.',
    references: {
      nsa: ['network.network-policies'],
      mitre: ['T1210'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors'],
    },
    options: {
      assumedNamespaces: option.strings(['default', 'kube-node-lease', 'kube-public', 'kube-system'], 'Namespaces every cluster has, even when the input does not declare them.'),
      assumedPods: option.table<AssumedPod>(
        [
          { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
          { namespace: 'kube-system', labels: { 'k8s-app': 'coredns' } },
        ],
        'Pods every cluster runs, even when the input does not include them.',
        { type: 'object', required: ['namespace', 'labels'], properties: { namespace: { type: 'string' }, labels: { type: 'object', additionalProperties: { type: 'string' } } } },
      ),
    },
  },
  applies: (inventory) => inventory.ofKind('NetworkPolicy').length > 0,
  run(ctx) {
    const { model } = ctx.inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS);
    const namespaces = new Map<string, Labels>([...model.namespaces.values()].map((n) => [n.name, n.labels]));
    for (const ns of ctx.options.assumedNamespaces) if (!namespaces.has(ns)) namespaces.set(ns, { [NAMESPACE_NAME_LABEL]: ns });
    const byNamespace = podsByNamespace(model);
    for (const rule of model.rules) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'pods') continue;
        const where = `NetworkPolicy "${rule.policy.name}" ${rule.direction}[${rule.index}]`;
        let inNamespaces = [rule.policy.namespace];
        if (peer.namespaceSelector && !peer.namespaceSelector.empty) {
          const sel = peer.namespaceSelector;
          inNamespaces = [...namespaces].filter(([, labels]) => sel.matches(labels)).map(([name]) => name);
          if (inNamespaces.length === 0) {
            const hints = nearMisses(sel.requirements, [...namespaces.values()]);
            ctx.report({ object: rule.policy.object, pointer: `${peer.pointer}/namespaceSelector`, message: `${where}: namespaceSelector ${formatSelector(sel)} matches no namespace${hints.length ? `; did you mean ${hints.join(' or ')}?` : ''}`, evidence: { namespaceSelector: formatSelector(sel), suggestions: hints } });
            continue;
          }
        } else if (peer.namespaceSelector?.empty) continue; // every namespace: there is no "nothing" to find
        if (!peer.podSelector || peer.podSelector.empty) continue;
        const sel = peer.podSelector;
        const pods = inNamespaces.flatMap((n) => byNamespace.get(n) ?? []);
        if (pods.length === 0 || pods.some((p) => sel.matches(p.labels))) continue;
        if (ctx.options.assumedPods.some((a) => inNamespaces.includes(a.namespace) && sel.matches(a.labels))) continue;
        const hints = nearMisses(sel.requirements, pods.map((p) => p.labels));
        ctx.report({
          object: rule.policy.object,
          pointer: `${peer.pointer}/podSelector`,
          message: `${where}: podSelector ${formatSelector(sel)} matches no pod in namespace${inNamespaces.length > 1 ? 's' : ''} ${inNamespaces.join(', ')}${hints.length ? `; did you mean ${hints.join(' or ')}?` : ''}`,
          evidence: { podSelector: formatSelector(sel), namespaces: inNamespaces, suggestions: hints },
        });
      }
    }
  },
});
