import type { Inventory } from '../inventory/inventory.js';
import type { InventoryObject } from '../inventory/object.js';
import { severityRank, SEVERITIES, type Severity } from '../findings/finding.js';
import { isCidr } from './cel.js';
import type { Alert } from './alert.js';
import type { AuditEvent, UserInfo } from './event.js';

/**
 * What the cluster's objects add to an alert: how powerful the identity behind it is, and where
 * the cluster's own addresses are.
 *
 * The power question is kept behind `subjectPower` alone: it is a small stand-in that reads
 * bindings directly, until the RBAC engine's "how powerful is this subject" API is listed in
 * /work/coord/API.md; then only this function changes.
 */

export interface RbacRule {
  readonly apiGroups?: readonly string[];
  readonly resources?: readonly string[];
  readonly verbs?: readonly string[];
  readonly resourceNames?: readonly string[];
  readonly nonResourceURLs?: readonly string[];
}

/** One role a subject holds, through one binding. */
export interface Grant {
  readonly binding: string;
  readonly role: string;
  /** Undefined for a ClusterRoleBinding (cluster-wide). */
  readonly namespace?: string;
  readonly rules: readonly RbacRule[];
}

export interface SubjectPower {
  readonly level: 'cluster-admin' | 'high';
  /** Why, e.g. `ClusterRoleBinding/ops-superuser → ClusterRole/ops-superuser: secrets list cluster-wide`. */
  readonly reasons: readonly string[];
}

function subjectsOf(o: InventoryObject): { kind?: string; name?: string; namespace?: string }[] {
  const s = (o.object as { subjects?: unknown }).subjects;
  return Array.isArray(s) ? (s as { kind?: string; name?: string; namespace?: string }[]) : [];
}

function bindingMatches(o: InventoryObject, user: UserInfo): boolean {
  const username = user.username ?? '';
  const groups = new Set(user.groups ?? []);
  for (const s of subjectsOf(o)) {
    if (s.kind === 'User' && s.name === username) return true;
    if (s.kind === 'Group' && s.name !== undefined && groups.has(s.name)) return true;
    if (s.kind === 'ServiceAccount' && username === `system:serviceaccount:${s.namespace ?? o.namespace ?? ''}:${s.name ?? ''}`) return true;
  }
  return false;
}

/** The roles bound to an identity (by user, group or service account), with their rules; aggregated ClusterRoles included. */
export function grantsOf(inventory: Inventory, user: UserInfo): Grant[] {
  const out: Grant[] = [];
  for (const kind of ['ClusterRoleBinding', 'RoleBinding']) {
    for (const b of inventory.ofKind(kind)) {
      if (!bindingMatches(b, user)) continue;
      const ref = (b.object as { roleRef?: { kind?: string; name?: string } }).roleRef;
      if (!ref?.name) continue;
      const namespace = kind === 'RoleBinding' ? b.namespace : undefined;
      out.push({ binding: `${kind}/${b.namespace ? `${b.namespace}/` : ''}${b.name}`, role: `${ref.kind}/${ref.name}`, namespace, rules: roleRules(inventory, ref.kind ?? '', ref.name, namespace) });
    }
  }
  return out;
}

const CLUSTER_ADMIN_RULES: readonly RbacRule[] = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }];

function roleRules(inventory: Inventory, kind: string, name: string, namespace: string | undefined): RbacRule[] {
  if (kind === 'ClusterRole' && name === 'cluster-admin' && !inventory.get('ClusterRole', undefined, name)) return [...CLUSTER_ADMIN_RULES];
  const role = kind === 'ClusterRole' ? inventory.get('ClusterRole', undefined, name) : inventory.get('Role', namespace, name);
  if (!role) return [];
  const obj = role.object as { rules?: RbacRule[]; aggregationRule?: { clusterRoleSelectors?: { matchLabels?: Record<string, string> }[] } };
  const rules = [...(obj.rules ?? [])];
  for (const sel of obj.aggregationRule?.clusterRoleSelectors ?? []) {
    const labels = Object.entries(sel.matchLabels ?? {});
    if (labels.length === 0) continue;
    for (const cr of inventory.ofKind('ClusterRole')) {
      const have = (cr.object.metadata as { labels?: Record<string, string> }).labels ?? {};
      if (cr.name !== name && labels.every(([k, v]) => have[k] === v)) rules.push(...((cr.object as { rules?: RbacRule[] }).rules ?? []));
    }
  }
  return rules;
}

const has = (list: readonly string[] | undefined, ...values: string[]): boolean => (list ?? []).some((x) => x === '*' || values.includes(x));

/** How powerful an identity is, from the bindings in the inventory; undefined when nothing stands out. */
export function subjectPower(inventory: Inventory, user: UserInfo): SubjectPower | undefined {
  if ((user.groups ?? []).includes('system:masters')) return { level: 'cluster-admin', reasons: ['member of system:masters (bypasses RBAC)'] };
  const reasons: string[] = [];
  let admin = false;
  for (const g of grantsOf(inventory, user)) {
    const scope = g.namespace ? `in ${g.namespace}` : 'cluster-wide';
    const where = `${g.binding} → ${g.role}`;
    for (const r of g.rules) {
      if (r.nonResourceURLs) continue;
      const any = has(r.apiGroups, '*') && has(r.resources, '*') && has(r.verbs, '*');
      if (any && !g.namespace) {
        admin = true;
        reasons.push(`${where}: every verb on every resource ${scope}`);
        continue;
      }
      const core = has(r.apiGroups, '');
      if (core && has(r.resources, 'secrets') && has(r.verbs, 'get', 'list', 'watch') && !(r.resourceNames?.length)) reasons.push(`${where}: reads secrets ${scope}`);
      if (core && has(r.resources, 'pods/exec', 'pods/attach') && has(r.verbs, 'create', 'get')) reasons.push(`${where}: execs into pods ${scope}`);
      if (has(r.apiGroups, 'rbac.authorization.k8s.io') && has(r.verbs, 'escalate', 'bind')) reasons.push(`${where}: can escalate or bind roles ${scope}`);
      if (has(r.verbs, 'impersonate')) reasons.push(`${where}: can impersonate ${scope}`);
      if (core && has(r.resources, 'nodes/proxy')) reasons.push(`${where}: reaches kubelets through nodes/proxy`);
      if (any && g.namespace) reasons.push(`${where}: every verb on every resource ${scope}`);
    }
  }
  if (admin) return { level: 'cluster-admin', reasons: [...new Set(reasons)] };
  if (reasons.length > 0) return { level: 'high', reasons: [...new Set(reasons)] };
  return undefined;
}

/** The cluster's own address ranges (Node pod CIDRs and addresses), or undefined when the inventory has no Nodes. */
export function clusterCidrs(inventory: Inventory): string[] | undefined {
  const out = new Set<string>();
  for (const n of inventory.ofKind('Node')) {
    const o = n.object as { spec?: { podCIDR?: string; podCIDRs?: string[] }; status?: { addresses?: { type?: string; address?: string }[] } };
    for (const c of [o.spec?.podCIDR, ...(o.spec?.podCIDRs ?? [])]) if (c && isCidr(c)) out.add(c);
    for (const a of o.status?.addresses ?? []) if ((a.type === 'InternalIP' || a.type === 'ExternalIP') && a.address && isCidr(a.address)) out.add(a.address);
  }
  if (out.size === 0) return undefined;
  for (const loop of ['127.0.0.0/8', '::1/128']) out.add(loop);
  return [...out].sort();
}

function raise(s: Severity): Severity {
  const rank = Math.min(severityRank(s) + 1, severityRank('critical'));
  return SEVERITIES[SEVERITIES.length - rank];
}

/**
 * An enricher for the detector: an alert about an identity that holds cluster-admin (or an
 * equivalent) power is raised one severity step, and its message says why. Memoized per identity.
 */
export function powerEnricher(inventory: Inventory): (alert: Alert, event: AuditEvent) => Alert {
  const cache = new Map<string, SubjectPower | undefined>();
  return (alert, event) => {
    const key = `${event.user.username ?? ''}\u0000${(event.user.groups ?? []).join(',')}`;
    if (!cache.has(key)) cache.set(key, subjectPower(inventory, event.user));
    const power = cache.get(key);
    if (!power || alert.severity === 'info') return alert;
    const severity = power.level === 'cluster-admin' || alert.severity !== 'low' ? raise(alert.severity) : alert.severity;
    return { ...alert, severity, message: `${alert.message} [RBAC: ${alert.user} ${power.level === 'cluster-admin' ? 'holds cluster-admin power' : 'holds powerful grants'}: ${power.reasons.slice(0, 2).join('; ')}]` };
  };
}
