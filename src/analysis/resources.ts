import type { Inventory } from '../inventory/inventory.js';
import { isRecord } from '../k8s/types.js';

/** The resources every container should request and be limited on. */
export const LIMITED_RESOURCES = ['cpu', 'memory'] as const;
export type Resource = (typeof LIMITED_RESOURCES)[number];

/** A quantity of 0 sets nothing: the kubelet treats a 0 limit as unlimited. */
export function isSet(value: unknown): boolean {
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && value.trim() !== '' && parseFloat(value) !== 0;
}

/** `resources.limits` or `resources.requests` of a container or pod spec, or {}. */
export function resourcesOf(holder: unknown, which: 'limits' | 'requests'): Record<string, unknown> {
  return isRecord(holder) && isRecord(holder.resources) && isRecord(holder.resources[which]) ? holder.resources[which] : {};
}

/**
 * Resources that a LimitRange in the namespace fills in for containers that leave them out (the
 * LimitRanger admission plugin): `default` gives limits, `defaultRequest` requests. Each resource
 * maps to the LimitRange that supplies it.
 */
export function limitRangeDefaults(inventory: Inventory, namespace: string, field: 'default' | 'defaultRequest'): Map<Resource, string> {
  const out = new Map<Resource, string>();
  for (const lr of inventory.inNamespace('LimitRange', namespace)) {
    const spec = lr.object.spec;
    const limits: unknown = isRecord(spec) ? spec.limits : undefined;
    if (!Array.isArray(limits)) continue;
    for (const item of limits) {
      if (!isRecord(item) || item.type !== 'Container' || !isRecord(item[field])) continue;
      const values = item[field] as Record<string, unknown>;
      for (const r of LIMITED_RESOURCES) if (isSet(values[r]) && !out.has(r)) out.set(r, lr.name);
    }
  }
  return out;
}
