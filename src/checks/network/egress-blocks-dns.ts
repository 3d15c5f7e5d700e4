import { defineCheck } from '../check.js';
import type { PodInfo } from '../../analysis/netpol/model.js';
import { evaluate } from '../../analysis/netpol/semantics.js';
import { option } from '../options.js';
import { ignoreNamespacesOption, networkWorkloads } from './workloads.js';

interface DnsPod {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
}

export default defineCheck({
  meta: {
    id: 'network.egress-blocks-dns',
    title: 'Egress policy that blocks DNS',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'Once a policy isolates a pod for egress, everything not allowed is dropped, DNS included. The pod can still reach the addresses its rules name, but every lookup of a Service name fails, ' +
      'so the application breaks in ways that look like outages, and the usual "fix" is to allow all egress. Allow UDP and TCP 53 to the cluster DNS (kube-dns/CoreDNS pods in kube-system) in the same policy set.',
    remediation:
      'Add a DNS rule to the workload\'s egress policies:\n\n```yaml\negress:\n- to:\n  - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n    podSelector: {matchLabels: {k8s-app: kube-dns}}\n  ports:\n  - {protocol: UDP, port: 53}\n  - {protocol: TCP, port: 53}\n```',
    references: {
      nsa: ['network.network-policies'],
      mitre: ['T1499'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#allow-all-egress-traffic'],
    },
    options: {
      ignoreNamespaces: ignoreNamespacesOption(),
      dnsPods: option.table<DnsPod>(
        [{ namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }],
        'The cluster DNS pods, as policies select them (CoreDNS keeps the k8s-app=kube-dns label); assumed to exist when the input lacks them.',
        { type: 'object', required: ['namespace', 'labels'], properties: { namespace: { type: 'string' }, labels: { type: 'object', additionalProperties: { type: 'string' } } } },
      ),
    },
  },
  applies: (inventory) => inventory.ofKind('NetworkPolicy').length > 0,
  run(ctx) {
    const { facts, workloads } = networkWorkloads(ctx.inventory, ctx.options.ignoreNamespaces);
    const model = facts.model;
    const realDns = model.pods.filter((p) => ctx.options.dnsPods.some((d) => d.namespace === p.namespace && Object.entries(d.labels).every(([k, v]) => p.labels[k] === v)));
    for (const { workload: w, pointer } of workloads) {
      const egress = facts.selecting(w, 'egress');
      if (egress.length === 0) continue;
      const pod = w.pods[0];
      // the DNS pods of the input, and the ones assumed (as the cluster runs them) when it lacks them
      const dnsPods: PodInfo[] = [
        ...realDns,
        ...ctx.options.dnsPods.map((d) => ({ ...pod, namespace: d.namespace, labels: d.labels, hostNetwork: false, namedPorts: [{ name: 'dns', protocol: 'UDP' as const, port: 53 }, { name: 'dns-tcp', protocol: 'TCP' as const, port: 53 }] })),
      ];
      const toDns = dnsPods.some((d) => evaluate(model, { kind: 'pod', pod }, { kind: 'pod', pod: d }).egress.conn.contains('UDP', 53));
      const toAddress = facts.egressAllows(w).some((a) => a.conn.contains('UDP', 53));
      if (toDns || toAddress) continue;
      // a policy set with no egress rule at all is a deliberate full deny, not a forgotten DNS rule
      if (!egress.some((p) => p.egress!.length > 0)) continue;
      ctx.report({
        object: w.object,
        pointer,
        message: `${w.kind} "${w.name}" may send only what ${egress.map((p) => `"${p.name}"`).join(', ')} allow${egress.length === 1 ? 's' : ''}, and that does not include DNS (UDP 53 to kube-dns): name lookups will fail`,
        evidence: { egressPolicies: egress.map((p) => p.name) },
      });
    }
  },
});
