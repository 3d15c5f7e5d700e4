import type { Inventory } from '../inventory/inventory.js';
import { rbacAnalysis } from '../analysis/rbac/index.js';
import type { UserInfo as RbacUserInfo } from '../analysis/rbac/users.js';
import { severityRank, SEVERITIES, type Severity } from '../findings/finding.js';
import { isCidr } from './cel.js';
import type { Alert } from './alert.js';
import type { AuditEvent, UserInfo } from './event.js';

/**
 * What the cluster's objects add to an alert: how powerful the identity behind it is (from the RBAC
 * analysis, src/analysis/rbac), and where the cluster's own addresses are.
 */

export interface SubjectPower {
  readonly level: 'cluster-admin' | 'high';
  /** Why, e.g. `ClusterRoleBinding/ops-superuser → ClusterRole/ops-superuser: reads secrets cluster-wide`. */
  readonly reasons: readonly string[];
}

/** The RBAC analysis' user for an audit event's user. */
export function rbacUser(user: UserInfo): RbacUserInfo {
  return { name: user.username, groups: user.groups ?? [] };
}

const ref = (r: { kind: string; namespace?: string; name: string }): string => `${r.kind}/${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

/**
 * How powerful an identity is: cluster-admin, or "high" when it can escalate, read Secrets or
 * create pods; undefined otherwise.
 */
export function subjectPower(inventory: Inventory, user: UserInfo): SubjectPower | undefined {
  const power = inventory.analysis(rbacAnalysis, undefined).power(rbacUser(user));
  const via = power.grants.slice(0, 2).map((g) => `${ref(g.binding)} → ${ref(g.role)}`);
  const scope = (v: '*' | readonly string[]) => (v === '*' ? 'cluster-wide' : `in ${v.join(', ')}`);
  switch (power.level) {
    case 'cluster-admin':
      return { level: 'cluster-admin', reasons: (user.groups ?? []).includes('system:masters') ? ['member of system:masters (bypasses RBAC)'] : via };
    case 'escalate':
      return { level: 'high', reasons: [`can escalate: ${power.escalate.slice(0, 2).join('; ')}`, ...via] };
    case 'read-secrets':
      return { level: 'high', reasons: [`reads secrets ${scope(power.readSecrets)}`, ...via] };
    case 'create-pods':
      return { level: 'high', reasons: [`creates pods ${scope(power.createPods)}`, ...via] };
    default:
      return undefined;
  }
}

/**
 * Address ranges of the cluster's own clients: the Nodes' pod CIDRs and addresses, added to the
 * private ranges (the control plane's own nodes are seldom in the inventory). Undefined when the
 * inventory has no Nodes.
 */
export function clusterCidrs(inventory: Inventory): string[] | undefined {
  const out = new Set<string>();
  for (const n of inventory.ofKind('Node')) {
    const o = n.object as { spec?: { podCIDR?: string; podCIDRs?: string[] }; status?: { addresses?: { type?: string; address?: string }[] } };
    for (const c of [o.spec?.podCIDR, ...(o.spec?.podCIDRs ?? [])]) if (c && isCidr(c)) out.add(c);
    for (const a of o.status?.addresses ?? []) if ((a.type === 'InternalIP' || a.type === 'ExternalIP') && a.address && isCidr(a.address)) out.add(a.address);
  }
  if (out.size === 0) return undefined;
  return [...out].sort();
}

function raise(s: Severity): Severity {
  const rank = Math.min(severityRank(s) + 1, severityRank('critical'));
  return SEVERITIES[SEVERITIES.length - rank];
}

/**
 * An enricher for the detector: an alert about an identity that holds cluster-admin power is raised
 * one severity step; any alert about a powerful identity says why in its message. Memoized per
 * identity.
 */
export function powerEnricher(inventory: Inventory): (alert: Alert, event: AuditEvent) => Alert {
  const cache = new Map<string, SubjectPower | undefined>();
  return (alert, event) => {
    const key = `${event.user.username ?? ''}\u0000${(event.user.groups ?? []).join(',')}`;
    if (!cache.has(key)) cache.set(key, subjectPower(inventory, event.user));
    const power = cache.get(key);
    if (!power || alert.severity === 'info') return alert;
    const admin = power.level === 'cluster-admin';
    return {
      ...alert,
      severity: admin ? raise(alert.severity) : alert.severity,
      message: `${alert.message} [RBAC: ${admin ? 'holds cluster-admin' : 'powerful'}: ${power.reasons[0] ?? ''}]`,
    };
  };
}
