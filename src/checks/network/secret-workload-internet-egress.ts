import { defineCheck } from '../check.js';
import { secretsUsed } from '../../analysis/sensitivity.js';
import { INTERNET } from '../../analysis/netpol/ranges.js';
import { option } from '../options.js';
import { ignoreNamespacesOption, networkWorkloads } from './workloads.js';

export default defineCheck({
  meta: {
    id: 'network.secret-workload-internet-egress',
    title: 'Workload with Secrets can send to the internet',
    severity: 'medium',
    category: 'network',
    area: 'network',
    rationale:
      'This workload reads Secrets (mounted or in its environment) and may open connections to arbitrary internet addresses. ' +
      'Whoever gets code running in it (a vulnerable dependency, an injected command) can ship those credentials out in one request; an egress allow-list limited to the services it really calls would stop that. ' +
      'Egress to a few specific public ranges (a payment processor, an API) is not reported: only ranges wider than the `broadestPrefix` options.',
    remediation:
      'Select the workload with an egress policy that allows DNS and the destinations it needs, nothing else:\n\n```yaml\nspec:\n  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{ipBlock: {cidr: 203.0.113.0/24}}]   # the one external API it calls\n    ports: [{port: 443}]\n```',
    references: {
      nsa: ['network.network-policies', 'network.secrets'],
      mitre: ['T1567'],
      microsoft: ['MS-TA9034'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/'],
    },
    options: {
      ignoreNamespaces: ignoreNamespacesOption(),
      broadestPrefix: option.integer(16, 'Allowed IPv4 internet egress larger than one range of this prefix length (a /16, 65,536 addresses) counts as open.', { minimum: 0, maximum: 32 }),
      broadestPrefixV6: option.integer(48, 'The same for IPv6.', { minimum: 0, maximum: 128 }),
    },
  },
  run(ctx) {
    const { facts, workloads } = networkWorkloads(ctx.inventory, ctx.options.ignoreNamespaces);
    const cidrCache = new Map<object, string[]>();
    for (const { workload: w, pointer } of workloads) {
      const secrets = [...new Set(w.pods.flatMap((p) => [...secretsUsed(p.view)]))].sort();
      if (secrets.length === 0) continue;
      const internet = facts.internetEgress(w);
      const wide = internet.size(4) > 1n << BigInt(32 - ctx.options.broadestPrefix) || internet.size(6) > 1n << BigInt(128 - ctx.options.broadestPrefixV6);
      if (!wide) continue;
      const all = internet === INTERNET.set || internet.size(4) === INTERNET.set.size(4);
      let cidrs = all ? ['internet'] : cidrCache.get(internet);
      if (!cidrs) cidrCache.set(internet, (cidrs = internet.toCidrs()));
      ctx.report({
        object: w.object,
        pointer,
        message: `${w.kind} "${w.name}" uses Secret${secrets.length > 1 ? 's' : ''} ${secrets.map((s) => `"${s}"`).join(', ')} and may send to ${all ? 'any internet address' : `${cidrs.length} internet range(s) wider than /${ctx.options.broadestPrefix}`}`,
        evidence: { secrets, internetRanges: all ? 'every internet address (0.0.0.0/0 and ::/0 minus private ranges)' : cidrs.length > 10 ? [...cidrs.slice(0, 10), `… ${cidrs.length - 10} more`] : cidrs },
      });
    }
  },
});
