import type { Diagnostic } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { rbacAnalysis } from '../analysis/rbac/index.js';
import { ruleAllows, type PolicyRule, type Request as RbacRequest } from '../analysis/rbac/rules.js';
import { describeBinding, describeRole } from '../analysis/rbac/world.js';
import { fingerprint, type Finding, type Severity } from '../findings/finding.js';
import { DiagnosticLog, MAX_DIAGNOSTICS } from './detect.js';
import { serviceAccountOf, type AuditEvent } from './event.js';
import { readAuditSources, type ReadOptions } from './reader.js';

/**
 * Least privilege from observed use: the smallest Roles and ClusterRoles (and their bindings) that
 * would have allowed every request a subject made successfully in the logs, and, when the cluster's
 * RBAC objects are given, the permissions it holds but never used.
 */

export interface Subject {
  readonly kind: 'User' | 'ServiceAccount';
  readonly name: string;
  readonly namespace?: string;
}

export function parseSubject(opts: { user?: string; serviceaccount?: string }): Subject | string {
  if (opts.user && opts.serviceaccount) return 'give --user or --serviceaccount, not both';
  if (opts.user) return serviceAccountOf(opts.user) ? { kind: 'ServiceAccount', ...serviceAccountOf(opts.user)! } : { kind: 'User', name: opts.user };
  if (opts.serviceaccount) {
    const [ns, name, extra] = opts.serviceaccount.split('/');
    if (!ns || !name || extra !== undefined) return `--serviceaccount must be NAMESPACE/NAME, not "${opts.serviceaccount}"`;
    return { kind: 'ServiceAccount', namespace: ns, name };
  }
  return 'give --user USER or --serviceaccount NAMESPACE/NAME';
}

export function usernameOf(s: Subject): string {
  return s.kind === 'ServiceAccount' ? `system:serviceaccount:${s.namespace}:${s.name}` : s.name;
}

/** One permission used: a resource request or a non-resource URL. */
interface Use {
  readonly namespace: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly verb: string;
  readonly name: string;
  readonly path?: string;
}

export interface ObservedRule {
  readonly apiGroups?: readonly string[];
  readonly resources?: readonly string[];
  readonly resourceNames?: readonly string[];
  readonly nonResourceURLs?: readonly string[];
  readonly verbs: readonly string[];
}

export interface LeastPrivilegeResult {
  readonly subject: Subject;
  readonly summary: { readonly events: number; readonly requests: number; readonly used: number; readonly from?: string; readonly to?: string };
  /** Role, ClusterRole, RoleBinding and ClusterRoleBinding objects, ready to apply. */
  readonly objects: readonly Record<string, unknown>[];
  /** Permissions held (per the inventory) that no request used; empty without an inventory. */
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Requests every authenticated identity may make through the default discovery roles
 * (system:discovery, system:basic-user, system:public-info-viewer): a role need not grant them.
 */
const DEFAULT_NON_RESOURCE = /^\/(api|apis|openapi|version|healthz|livez|readyz)(\/|$)/;
const DEFAULT_RESOURCES = new Set(['authorization.k8s.io/selfsubjectaccessreviews', 'authorization.k8s.io/selfsubjectrulesreviews', 'authentication.k8s.io/selfsubjectreviews']);
/** Verbs a single object name can restrict (`create` cannot: the name is not known in advance). */
const NAMEABLE = new Set(['get', 'update', 'patch', 'delete']);

function succeeded(e: AuditEvent): boolean {
  const c = e.responseStatus?.code ?? 0;
  return (c >= 200 && c < 300) || c === 101;
}

/** The identity a request was authorized as: the impersonated one when there is one. */
function actingUser(e: AuditEvent): string {
  return e.impersonatedUser?.username ?? e.user.username ?? '';
}

export async function leastPrivilege(paths: readonly string[], subject: Subject, opts: ReadOptions & { inventory?: Inventory } = {}, onDiagnostic?: (d: Diagnostic) => void): Promise<LeastPrivilegeResult> {
  const username = usernameOf(subject);
  const uses = new Map<string, Use>();
  const seen = new Set<string>();
  let requests = 0;
  let from: string | undefined;
  let to: string | undefined;
  const diagnostics = new DiagnosticLog(MAX_DIAGNOSTICS, onDiagnostic);
  const stats = await readAuditSources(
    paths,
    {
      event: (e) => {
        if (actingUser(e) !== username || !succeeded(e)) return;
        // one request at several stages; exec completes only when the session ends
        if (e.stage === 'RequestReceived' || seen.has(e.auditID)) return;
        if (seen.size > 1_000_000) seen.clear();
        seen.add(e.auditID);
        requests++;
        if (!from || e.requestReceivedTimestamp < from) from = e.requestReceivedTimestamp;
        if (!to || e.requestReceivedTimestamp > to) to = e.requestReceivedTimestamp;
        const ref = e.objectRef;
        let use: Use;
        if (ref?.resource) {
          const resource = ref.subresource ? `${ref.resource}/${ref.subresource}` : ref.resource;
          if (DEFAULT_RESOURCES.has(`${ref.apiGroup ?? ''}/${ref.resource}`)) return;
          use = { namespace: ref.namespace ?? '', apiGroup: ref.apiGroup ?? '', resource, verb: e.verb, name: ref.name ?? '' };
        } else {
          const path = e.requestURI.split('?')[0];
          if (DEFAULT_NON_RESOURCE.test(path)) return;
          use = { namespace: '', apiGroup: '', resource: '', verb: e.verb, name: '', path };
        }
        const key = JSON.stringify(use);
        if (!uses.has(key)) uses.set(key, use);
      },
      diagnostic: (d) => diagnostics.add(d),
    },
    opts,
  );
  const used = [...uses.values()];
  const objects = buildObjects(subject, used);
  const findings = opts.inventory ? unusedGrants(opts.inventory, subject, used, { requests, from, to }) : [];
  return { subject, summary: { events: stats.events, requests, used: used.length, from, to }, objects, findings, diagnostics: diagnostics.list };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rules for one scope (a namespace, or the cluster), merged so that each rule is as broad as the observations and no broader. */
function rulesFor(uses: readonly Use[]): ObservedRule[] {
  const byResource = new Map<string, { apiGroup: string; resource: string; verbs: Map<string, Set<string>> }>();
  const nonResource = new Map<string, Set<string>>();
  for (const u of uses) {
    if (u.path !== undefined) {
      const s = nonResource.get(u.verb) ?? new Set<string>();
      s.add(u.path);
      nonResource.set(u.verb, s);
      continue;
    }
    const k = `${u.apiGroup}\u0000${u.resource}`;
    let r = byResource.get(k);
    if (!r) byResource.set(k, (r = { apiGroup: u.apiGroup, resource: u.resource, verbs: new Map() }));
    const names = r.verbs.get(u.verb) ?? new Set<string>();
    names.add(u.name);
    r.verbs.set(u.verb, names);
  }
  // per resource: verbs that always touched one same object get resourceNames, the others none
  const atoms: { apiGroup: string; resource: string; verbs: string[]; names: string[] }[] = [];
  for (const r of byResource.values()) {
    const free: string[] = [];
    const named = new Map<string, string[]>();
    for (const [verb, names] of r.verbs) {
      // WebSocket exec/attach/port-forward is a GET, authorized as create too since Kubernetes 1.31
      const verbs = verb === 'get' && /^pods\/(exec|attach|portforward)$/.test(r.resource) ? ['create', 'get'] : [verb];
      if (NAMEABLE.has(verb) && names.size === 1 && [...names][0] !== '') {
        const n = [...names][0];
        named.set(n, [...(named.get(n) ?? []), ...verbs]);
      } else free.push(...verbs);
    }
    if (free.length) atoms.push({ apiGroup: r.apiGroup, resource: r.resource, verbs: [...new Set(free)].sort(), names: [] });
    for (const [n, verbs] of named) atoms.push({ apiGroup: r.apiGroup, resource: r.resource, verbs: [...new Set(verbs)].sort(), names: [n] });
  }
  // merge atoms with the same group, verbs and names into one rule listing several resources
  const merged = new Map<string, ObservedRule & { apiGroups: string[]; resources: string[] }>();
  for (const a of atoms) {
    const k = JSON.stringify([a.apiGroup, a.verbs, a.names]);
    const m = merged.get(k);
    if (m) m.resources.push(a.resource);
    else merged.set(k, { apiGroups: [a.apiGroup], resources: [a.resource], ...(a.names.length ? { resourceNames: a.names } : {}), verbs: a.verbs });
  }
  const rules: ObservedRule[] = [...merged.values()].map((r) => ({ ...r, resources: [...r.resources].sort() }));
  const byPaths = new Map<string, string[]>();
  for (const [verb, paths] of nonResource) {
    const k = [...paths].sort().join('\n');
    byPaths.set(k, [...(byPaths.get(k) ?? []), verb]);
  }
  for (const [k, verbs] of byPaths) rules.push({ nonResourceURLs: k.split('\n'), verbs: verbs.sort() });
  return rules.sort((a, b) => cmp(JSON.stringify([a.apiGroups ?? ['~'], a.resources, a.resourceNames, a.nonResourceURLs]), JSON.stringify([b.apiGroups ?? ['~'], b.resources, b.resourceNames, b.nonResourceURLs])));
}

function roleName(subject: Subject): string {
  const base = subject.kind === 'ServiceAccount' ? `${subject.namespace}-${subject.name}` : subject.name;
  return `${base.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '')}-observed`;
}

function rbacSubject(subject: Subject): Record<string, string> {
  return subject.kind === 'ServiceAccount' ? { kind: 'ServiceAccount', name: subject.name, namespace: subject.namespace! } : { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: subject.name };
}

/**
 * Namespaced requests become a Role in their namespace; requests without a namespace (cluster-scoped
 * resources, lists across all namespaces, non-resource URLs) a ClusterRole.
 */
function buildObjects(subject: Subject, uses: readonly Use[]): Record<string, unknown>[] {
  const scopes = new Map<string, Use[]>();
  for (const u of uses) scopes.set(u.namespace, [...(scopes.get(u.namespace) ?? []), u]);
  const name = roleName(subject);
  const annotations = { 'rampart.dev/generated-from': `audit log: successful requests by ${usernameOf(subject)}` };
  const out: Record<string, unknown>[] = [];
  for (const ns of [...scopes.keys()].sort()) {
    const rules = rulesFor(scopes.get(ns)!);
    if (ns === '') {
      out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, annotations }, rules });
      out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name, annotations }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name }, subjects: [rbacSubject(subject)] });
    } else {
      out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace: ns, annotations }, rules });
      out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name, namespace: ns, annotations }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name }, subjects: [rbacSubject(subject)] });
    }
  }
  return out;
}

function toRequest(u: Use): RbacRequest {
  if (u.path !== undefined) return { resourceRequest: false, verb: u.verb, path: u.path };
  const [resource, subresource] = u.resource.split('/');
  return { resourceRequest: true, verb: u.verb, apiGroup: u.apiGroup, resource, subresource: subresource ?? '', name: u.name, namespace: u.namespace };
}

const DANGEROUS = /secrets|pods\/exec|pods\/attach|nodes\/proxy|\*|serviceaccounts\/token|clusterrolebindings|rolebindings|clusterroles|roles|certificatesigningrequests|mutatingwebhookconfigurations|validatingwebhookconfigurations/;

/** The rules the subject holds through each binding, and which of their verbs and resources no observed request used. */
function unusedGrants(inventory: Inventory, subject: Subject, uses: readonly Use[], window: { requests: number; from?: string; to?: string }): Finding[] {
  const rbac = inventory.analysis(rbacAnalysis, undefined);
  const user = { name: usernameOf(subject), groups: subject.kind === 'ServiceAccount' ? ['system:serviceaccounts', `system:serviceaccounts:${subject.namespace}`, 'system:authenticated'] : ['system:authenticated'] };
  const namespaces = [undefined, ...new Set(inventory.objects.map((o) => o.namespace).filter((n): n is string => !!n))].sort();
  const requests = uses.map(toRequest);
  const findings = new Map<string, Finding>();
  for (const ns of namespaces) {
    for (const { binding, rule } of rbac.world.rulesFor(user, ns)) {
      // Kubernetes' own default bindings (discovery, basic-user) are not the subject's to trim
      if (binding.stock) continue;
      const scope = binding.kind === 'RoleBinding' ? binding.namespace : undefined;
      const inScope = requests.filter((r) => !r.resourceRequest || scope === undefined || r.namespace === scope);
      const unused = unusedParts(rule.rule, inScope);
      if (unused.length === 0) continue;
      const role = rule.origin;
      const key = `${binding.kind}/${binding.namespace ?? ''}/${binding.name}/${role.kind}/${role.name}/${rule.index}`;
      if (findings.has(key)) continue;
      const where = scope ? `in namespace ${scope}` : 'cluster-wide';
      const text = unused.slice(0, 6).join(', ') + (unused.length > 6 ? ` and ${unused.length - 6} more` : '');
      const severity: Severity = unused.some((p) => DANGEROUS.test(p)) ? 'medium' : 'low';
      const object = inventory.get(role.kind, role.namespace, role.name) ?? binding.object;
      const resource = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: object.kind, namespace: object.namespace, name: object.name };
      findings.set(key, {
        checkId: 'audit.unused-permission',
        severity,
        title: 'Permission held but never used',
        message: `${usernameOf(subject)} holds ${text} ${where} through ${describeBinding(binding)} → ${describeRole(role)} (rule ${rule.index + 1}) and used none of these in ${window.requests} successful requests${window.from ? ` from ${window.from} to ${window.to}` : ''}`,
        resource,
        location: object === binding.object ? undefined : safeLocate(object, `/rules/${rule.index}`),
        evidence: { subject: usernameOf(subject), binding: describeBinding(binding), role: describeRole(role), rule: rule.rule, unused, observedRequests: window.requests, from: window.from, to: window.to },
        remediation: 'Remove the unused verbs and resources from the role, or bind the subject to the role `rampart audit rbac` generated from its observed use instead. Watch a representative period (deploys, cron jobs, failovers) before removing anything.',
        references: { area: 'rbac', mitre: ['T1078'] } as Finding['references'],
        fingerprint: fingerprint('audit.unused-permission', resource, `${usernameOf(subject)}|${describeBinding(binding)}|${rule.index}`),
      });
    }
  }
  return [...findings.values()].sort((a, b) => cmp(a.message, b.message));
}

function safeLocate(object: { locate(p: string): Finding['location'] }, pointer: string): Finding['location'] {
  try {
    return object.locate(pointer);
  } catch {
    return undefined;
  }
}

/** The verb × resource pairs of a rule that no request used (wildcards stay one part: used if anything matched them). */
function unusedParts(rule: PolicyRule, requests: readonly RbacRequest[]): string[] {
  const out: string[] = [];
  if (rule.nonResourceURLs.length > 0) {
    for (const url of rule.nonResourceURLs) {
      for (const verb of rule.verbs) {
        const part: PolicyRule = { ...rule, nonResourceURLs: [url], verbs: [verb] };
        if (!requests.some((r) => !r.resourceRequest && ruleAllows(r, part))) out.push(`${verb} ${url}`);
      }
    }
    return out;
  }
  for (const group of rule.apiGroups) {
    for (const resource of rule.resources) {
      for (const verb of rule.verbs) {
        const part: PolicyRule = { ...rule, apiGroups: [group], resources: [resource], verbs: [verb] };
        if (!requests.some((r) => r.resourceRequest && ruleAllows(r, part))) out.push(`${verb} ${group ? `${group}/` : ''}${resource}`);
      }
    }
  }
  return out;
}
