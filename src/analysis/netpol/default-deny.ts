import type { Direction, NetpolModel, Policy } from './model.js';

/**
 * Policies of a namespace that isolate every pod, present and future, for a direction: an empty
 * `podSelector` (concepts: "Default policies"). `deny` are those whose rules do not allow every peer
 * on every port; `partial` select everything but let everything through, so isolate nothing in effect.
 */
export function defaultDenyPolicies(model: NetpolModel, namespace: string, direction: Direction): { deny: Policy[]; partial: Policy[] } {
  const deny: Policy[] = [];
  const partial: Policy[] = [];
  for (const p of model.policiesByNamespace.get(namespace) ?? []) {
    const rules = p[direction];
    if (!rules || !p.podSelector.empty) continue;
    if (rules.some((r) => !r.peers && !r.ports)) partial.push(p);
    else deny.push(p);
  }
  return { deny, partial };
}
