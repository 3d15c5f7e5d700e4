/**
 * "How powerful is this pod's service account?" for the network checks, asked of the RBAC analysis
 * (src/analysis/rbac, memoized per inventory). A pod that does not mount its token carries none of
 * that power.
 */
import type { Inventory } from '../../inventory/inventory.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import { rbacAnalysis, type PowerLevel } from '../rbac/index.js';

/** Levels that turn a reachable pod into a step towards the cluster (see PowerLevel). */
export const POWERFUL_LEVELS: readonly PowerLevel[] = ['cluster-admin', 'escalate', 'read-secrets', 'create-pods'];

export interface PodPower {
  readonly serviceAccount: string;
  readonly level: PowerLevel;
  /** In words, for messages: `cluster-admin`, `can read Secrets in shop`... */
  readonly summary: string;
  readonly powerful: boolean;
}

export function podPower(inventory: Inventory, view: PodSpecView): PodPower {
  const name = view.spec.serviceAccountName ?? view.spec.serviceAccount ?? 'default';
  const account = inventory.get('ServiceAccount', view.namespace, name);
  const mounted = view.spec.automountServiceAccountToken ?? (account?.object.automountServiceAccountToken as boolean | undefined) ?? true;
  if (!mounted) return { serviceAccount: name, level: 'none', summary: 'its token is not mounted', powerful: false };
  const power = inventory.analysis(rbacAnalysis, undefined).serviceAccountPower(view.namespace, name);
  const summary =
    power.level === 'cluster-admin'
      ? 'cluster-admin'
      : power.level === 'escalate'
        ? `can escalate (${power.escalate.slice(0, 2).join('; ')})`
        : power.level === 'read-secrets'
          ? `can read Secrets ${power.readSecrets === '*' ? 'in every namespace' : `in ${power.readSecrets.join(', ')}`}`
          : power.level === 'create-pods'
            ? `can create pods ${power.createPods === '*' ? 'in every namespace' : `in ${power.createPods.join(', ')}`}`
            : power.level;
  return { serviceAccount: name, level: power.level, summary, powerful: POWERFUL_LEVELS.includes(power.level) };
}
