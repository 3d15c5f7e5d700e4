import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { isRecord } from '../../k8s/types.js';
import { joinPointer } from '../../inventory/pointer.js';
import type { Inventory } from '../../inventory/inventory.js';

/** The resources every container should be limited on. */
export const LIMITED_RESOURCES = ['cpu', 'memory'] as const;
type Resource = (typeof LIMITED_RESOURCES)[number];

/** A limit of 0 sets no cgroup limit at all: the kubelet treats it as unlimited. */
function isSet(value: unknown): boolean {
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && value.trim() !== '' && parseFloat(value) !== 0;
}

function limitsOf(holder: unknown): Record<string, unknown> {
  return isRecord(holder) && isRecord(holder.resources) && isRecord(holder.resources.limits) ? holder.resources.limits : {};
}

/** Resources a LimitRange in the namespace gives a default limit to: the LimitRanger admission plugin fills them in. */
function limitRangeDefaults(inventory: Inventory, namespace: string): Map<Resource, string> {
  const out = new Map<Resource, string>();
  for (const lr of inventory.inNamespace('LimitRange', namespace)) {
    const spec = lr.object.spec;
    const limits: unknown = isRecord(spec) ? spec.limits : undefined;
    if (!Array.isArray(limits)) continue;
    for (const item of limits) {
      if (!isRecord(item) || item.type !== 'Container' || !isRecord(item.default)) continue;
      for (const r of LIMITED_RESOURCES) if (isSet(item.default[r]) && !out.has(r)) out.set(r, lr.name);
    }
  }
  return out;
}

export default defineCheck({
  meta: {
    id: 'workload.resource-limits',
    title: 'Container has no CPU or memory limit',
    severity: 'medium',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'Without limits a container can use all the CPU and memory of its node. A bug, a traffic spike or an attacker (a ' +
      'crypto-miner is the classic case) then starves every other pod on the node, and memory pressure makes the kubelet ' +
      'evict pods: one compromised workload becomes a denial of service for its neighbours. Limits, or a LimitRange that ' +
      'sets defaults for the namespace, bound the damage.',
    remediation:
      'Give every container requests and limits, or a default through a LimitRange in the namespace:\n\n' +
      '```yaml\nresources:\n  requests: {cpu: 100m, memory: 128Mi}\n  limits: {cpu: 500m, memory: 256Mi}\n```',
    references: {
      cis: ['5.7.3'],
      nsa: ['Network separation and hardening: Resource policies'],
      mitre: ['T1499', 'T1496'],
      kcsa: ['threat-model', 'security-fundamentals'],
      docs: [
        'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
        'https://kubernetes.io/docs/concepts/policy/limit-range/',
      ],
    },
  },
  run(ctx) {
    const defaultsByNamespace = new Map<string, Map<Resource, string>>();
    for (const pod of ctx.inventory.podSpecs()) {
      let defaults = defaultsByNamespace.get(pod.namespace);
      if (!defaults) defaultsByNamespace.set(pod.namespace, (defaults = limitRangeDefaults(ctx.inventory, pod.namespace)));
      // Pod-level resources (PodLevelResources) bound all containers together.
      const podLimits = limitsOf(pod.spec);
      for (const c of pod.containers) {
        // The API does not allow resources on ephemeral containers.
        if (c.kind === 'ephemeralContainers') continue;
        const limits = limitsOf(c.container);
        const missing = LIMITED_RESOURCES.filter((r) => !isSet(limits[r]) && !isSet(podLimits[r]) && !defaults.has(r));
        if (!missing.length) continue;
        const zero = missing.filter((r) => limits[r] !== undefined && limits[r] !== null);
        const what = missing.map((r) => `resources.limits.${r}`).join(' and ');
        const zeroNote = zero.length ? ` (${zero.join(' and ')} set to 0, which means no limit)` : '';
        ctx.report({
          object: pod.owner,
          pointer: joinPointer(c.pointer, 'resources', 'limits'),
          key: containerKey(c, '/resources/limits'),
          message: `${describeContainer(c)} has no ${missing.map((r) => (r === 'cpu' ? 'CPU' : r)).join(' or ')} limit: ${what} ${missing.length === 1 ? 'is' : 'are'} missing${zeroNote}, and no LimitRange in namespace "${pod.namespace}" sets a default`,
          evidence: { container: c.name, missing, limits, namespace: pod.namespace },
        });
      }
    }
  },
});
