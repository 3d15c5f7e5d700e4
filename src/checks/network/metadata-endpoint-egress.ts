import { defineCheck } from '../check.js';
import { parseIp } from '../../analysis/netpol/ip.js';
import { podPower } from '../../analysis/netpol/power.js';
import { option } from '../options.js';
import { ignoreNamespacesOption, networkWorkloads } from './workloads.js';

export default defineCheck({
  meta: {
    id: 'network.metadata-endpoint-egress',
    title: 'Workload can reach the cloud metadata endpoint',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'On a cloud VM, http://169.254.169.254 answers with the node\'s identity and, usually, temporary credentials of the node\'s cloud role (AWS instance profile, GCP service account, Azure managed identity). ' +
      'A pod that can reach it can act in the cloud account as the node: read buckets, pull every image, sometimes create instances. Egress rules that allow `0.0.0.0/0` include it unless they `except` it. ' +
      'Rated high when the pod\'s service account also has RBAC power (cluster-admin, escalation, Secrets, pod creation): one compromised pod then holds both the cluster and the cloud.',
    remediation:
      'Select the workload with an egress policy that excludes the metadata address (and block it at the node too: IMDSv2 with a hop limit of 1, GKE Workload Identity / metadata concealment):\n\n```yaml\negress:\n- to:\n  - ipBlock:\n      cidr: 0.0.0.0/0\n      except: [169.254.169.254/32]\n```',
    references: {
      nsa: ['network.cloud-infrastructure', 'network.network-policies'],
      mitre: ['T1552.005'],
      microsoft: ['MS-TA9033', 'MS-TA9028'],
      kcsa: ['cloud-native-overview', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/security-checklist/#network-security'],
    },
    options: {
      ignoreNamespaces: ignoreNamespacesOption(),
      addresses: option.strings(['169.254.169.254', 'fd00:ec2::254'], 'Instance metadata service addresses.'),
      port: option.integer(80, 'TCP port the metadata service answers on.', { minimum: 1, maximum: 65535 }),
    },
  },
  run(ctx) {
    const { facts, workloads } = networkWorkloads(ctx.inventory, ctx.options.ignoreNamespaces);
    const addresses = ctx.options.addresses.map(parseIp).filter((a) => a !== undefined);
    for (const { workload: w, pointer } of workloads) {
      const reached = addresses.filter((a) => facts.egressToAddress(w, a.family, a.value).contains('TCP', ctx.options.port));
      if (reached.length === 0) continue;
      const power = podPower(ctx.inventory, w.pods[0].view);
      const how = facts.selecting(w, 'egress').length === 0 ? 'no NetworkPolicy restricts its egress' : `its egress policies (${facts.selecting(w, 'egress').map((p) => p.name).join(', ')}) allow it`;
      ctx.report({
        object: w.object,
        pointer,
        severity: power.powerful ? 'high' : undefined,
        message: `${w.kind} "${w.name}" can reach the cloud metadata endpoint ${ctx.options.addresses[addresses.indexOf(reached[0])]}:${ctx.options.port}: ${how}${power.powerful ? `; its service account "${power.serviceAccount}" ${power.summary}` : ''}`,
        evidence: { serviceAccount: power.serviceAccount, rbacPower: power.level, egressPolicies: facts.selecting(w, 'egress').map((p) => p.name) },
      });
    }
  },
});
