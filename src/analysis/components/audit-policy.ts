import { isRecord } from '../../k8s/types.js';

/** The request attributes an audit policy rule looks at. */
export interface AuditRequest {
  readonly user: string;
  readonly groups: readonly string[];
  readonly verb: string;
  /** For resource requests. */
  readonly group?: string;
  readonly resource?: string;
  readonly subresource?: string;
  readonly namespace?: string;
  readonly name?: string;
  /** For non-resource requests, e.g. /healthz. */
  readonly path?: string;
}

export type AuditLevel = 'None' | 'Metadata' | 'Request' | 'RequestResponse';
export const AUDIT_LEVELS: readonly AuditLevel[] = ['None', 'Metadata', 'Request', 'RequestResponse'];

/**
 * The level an audit Policy (audit.k8s.io/v1) gives a request: the first rule that matches decides,
 * and a request no rule matches is not logged (None). A rule matches when every field it sets
 * matches (k8s.io/apiserver/pkg/audit/policy/checker.go): users, userGroups, verbs; then, for
 * resource rules, namespaces ("" for cluster-scoped) and resources (the group exactly, "" the core
 * group; `resource/subresource` as written, `*` for everything, `*\u002Fsub`, `res/*` for the resource
 * and its subresources; resourceNames), else nonResourceURLs (exact, or a prefix ending in `*`).
 */
export function auditLevel(policy: unknown, req: AuditRequest): { level: AuditLevel; rule?: number } {
  const rules = isRecord(policy) && Array.isArray(policy.rules) ? policy.rules : [];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (isRecord(r) && ruleMatches(r, req)) {
      const level = typeof r.level === 'string' && (AUDIT_LEVELS as readonly string[]).includes(r.level) ? (r.level as AuditLevel) : 'None';
      return { level, rule: i };
    }
  }
  return { level: 'None' };
}

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.map(String) : undefined;
}

function ruleMatches(r: Record<string, unknown>, req: AuditRequest): boolean {
  const users = strings(r.users) ?? [];
  if (users.length > 0 && !users.includes(req.user)) return false;
  const groups = strings(r.userGroups) ?? [];
  if (groups.length > 0 && !groups.some((g) => req.groups.includes(g))) return false;
  const verbs = strings(r.verbs) ?? [];
  if (verbs.length > 0 && !verbs.includes(req.verb)) return false;
  const resources = Array.isArray(r.resources) ? r.resources : [];
  const namespaces = strings(r.namespaces) ?? [];
  if (namespaces.length > 0 || resources.length > 0) {
    if (req.resource === undefined) return false;
    if (namespaces.length > 0 && !namespaces.includes(req.namespace ?? '')) return false;
    return resources.length === 0 || resources.some((g) => isRecord(g) && groupMatches(g, req));
  }
  const urls = strings(r.nonResourceURLs) ?? [];
  if (urls.length > 0) {
    if (req.path === undefined) return false;
    return urls.some((u) => (u.endsWith('*') ? req.path!.startsWith(u.slice(0, -1)) : u === req.path));
  }
  return true;
}

function groupMatches(g: Record<string, unknown>, req: AuditRequest): boolean {
  if ((typeof g.group === 'string' ? g.group : '') !== (req.group ?? '')) return false;
  const list = strings(g.resources) ?? [];
  if (list.length === 0) return true;
  const names = strings(g.resourceNames) ?? [];
  if (names.length > 0 && (req.name === undefined || !names.includes(req.name))) return false;
  const combined = req.subresource ? `${req.resource}/${req.subresource}` : req.resource!;
  return list.some(
    (p) => p === combined || p === '*' || (req.subresource !== undefined && p.startsWith('*/') && p.slice(2) === req.subresource) || (p.endsWith('/*') && p.slice(0, -2) === req.resource),
  );
}
