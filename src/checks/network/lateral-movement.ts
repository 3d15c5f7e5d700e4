import { defineCheck } from '../check.js';
import { exposedWorkloads } from '../../analysis/exposure.js';
import { sensitivityReason } from '../../analysis/sensitivity.js';
import { workloadName, type LateralPath } from '../../analysis/netpol/facts.js';
import type { Workload } from '../../analysis/netpol/model.js';
import { podPower } from '../../analysis/netpol/power.js';
import { option } from '../options.js';
import { ignoreNamespacesOption, networkWorkloads } from './workloads.js';

export default defineCheck({
  meta: {
    id: 'network.lateral-movement',
    title: 'Lateral movement from an exposed workload to a valuable one',
    severity: 'high',
    category: 'network',
    area: 'network',
    rationale:
      'This workload can be reached from outside the cluster (a LoadBalancer or NodePort Service, an Ingress, hostNetwork or a hostPort), so it is where an attacker lands after exploiting it. ' +
      'Following the connections NetworkPolicy allows, hop by hop, it reaches a sensitive workload or one whose service account has RBAC power (cluster-admin, escalation, reading Secrets, creating pods). ' +
      'The evidence lists each path: every hop is a connection the policies permit, so cutting any hop with a tighter policy breaks the path.',
    remediation:
      'Break the path at the first hop that does not need to exist: default-deny ingress in the target\'s namespace, then allow only the workloads that must call it (by namespace AND pod). ' +
      'Also reduce what the target holds: drop RBAC the service account does not need, or `automountServiceAccountToken: false`.',
    references: {
      nsa: ['network.network-policies', 'network.namespaces'],
      mitre: ['T1210', 'T1190'],
      microsoft: ['MS-TA9034', 'MS-TA9005'],
      kcsa: ['threat-model', 'security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/'],
    },
    options: {
      maxPaths: option.integer(5, 'Paths listed in the evidence per exposed workload (the message names the first).', { minimum: 1 }),
      ignoreNamespaces: ignoreNamespacesOption(),
    },
  },
  run(ctx) {
    const exposure = ctx.inventory.analysis(exposedWorkloads, undefined);
    if (exposure.size === 0) return;
    const { facts, workloads } = networkWorkloads(ctx.inventory, ctx.options.ignoreNamespaces);
    const why = new Map<Workload, string | undefined>();
    const valuable = (w: Workload): string | undefined => {
      if (!why.has(w)) {
        const view = w.pods[0].view;
        const sensitive = sensitivityReason(view, ctx.inventory, ctx.config);
        const power = sensitive ? undefined : podPower(ctx.inventory, view);
        why.set(w, sensitive ? `sensitive: ${sensitive}` : power?.powerful ? `service account "${power.serviceAccount}" ${power.summary}` : undefined);
      }
      return why.get(w);
    };
    for (const { workload: entry, pointer } of workloads) {
      const exposures = entry.pods.flatMap((p) => exposure.get(p.view) ?? []);
      if (exposures.length === 0) continue;
      // sensitive targets first, then the shortest paths
      const paths = facts.lateralPaths(entry, (w) => valuable(w) !== undefined).sort((a, b) => Number(!valuable(a.target)!.startsWith('sensitive')) - Number(!valuable(b.target)!.startsWith('sensitive')) || a.hops.length - b.hops.length);
      if (paths.length === 0) continue;
      const show = (p: LateralPath) => [entry.name, ...p.hops.map((h) => `${h.workload.name} (${h.conn.isAll() ? 'all ports' : h.conn.toString()})`)].join(' → ');
      const first = paths[0];
      ctx.report({
        object: entry.object,
        pointer,
        message:
          `${entry.kind} "${entry.name}", exposed by ${exposures[0].how}, can reach ${first.target.kind} ${first.target.namespace}/${first.target.name} (${valuable(first.target)}) ` +
          `in ${first.hops.length} hop${first.hops.length > 1 ? 's' : ''}: ${show(first)}${paths.length > 1 ? `; and ${paths.length - 1} more valuable workload${paths.length > 2 ? 's' : ''}` : ''}`,
        evidence: {
          exposedBy: exposures.map((e) => e.how),
          paths: paths.slice(0, ctx.options.maxPaths).map((p) => ({
            target: workloadName(p.target),
            why: valuable(p.target),
            hops: [{ workload: workloadName(entry) }, ...p.hops.map((h) => ({ workload: workloadName(h.workload), ports: h.conn.toJSON() }))],
          })),
          reachableValuable: paths.length,
        },
      });
    }
  },
});
