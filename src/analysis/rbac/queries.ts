/**
 * The questions `rampart rbac who-can` and `rampart rbac can` answer, as library functions with a
 * documented JSON shape.
 */
import { apiResource } from '../../k8s/api-resources.js';
import type { RbacAnalysis } from './index.js';
import type { PolicyRule, Request } from './rules.js';
import { groupMember, namedUser, serviceAccountUser, splitServiceAccountUsername, type UserInfo } from './users.js';
import type { BindingSubject, RbacBinding, RbacWorld } from './world.js';

export interface WhoCanQuery {
  readonly verb: string;
  /** `pods`, `pods/exec`, `deployments.apps/scale`; or a non-resource URL starting with `/`. */
  readonly target: string;
  readonly apiGroup?: string;
  readonly name?: string;
  /** Absent: a cluster-wide request (only ClusterRoleBindings can grant it). */
  readonly namespace?: string;
}

/** `{kind, namespace, name}` with `namespace` only where the object has one. */
export interface Ref {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export interface WhoCanSubject {
  readonly kind: string;
  readonly name: string;
  /** ServiceAccounts only. */
  readonly namespace?: string;
  readonly grants: readonly { readonly binding: Ref; readonly role: Ref }[];
}

export interface WhoCanResult {
  readonly subjects: readonly WhoCanSubject[];
}

export interface ResolvedQuery {
  readonly request: Request;
  /** What was assumed or ignored, for stderr: the resource's API group, a namespace given for a cluster-scoped resource. */
  readonly notes: readonly string[];
}

export class QueryError extends Error {}

/** The request a who-can question stands for, resolving the API group and scope as kubectl would. */
export function resolveWhoCanQuery(q: WhoCanQuery): ResolvedQuery {
  if (!q.verb) throw new QueryError('a verb is required');
  if (q.target.startsWith('/')) {
    if (q.namespace !== undefined) throw new QueryError('non-resource URLs are not namespaced: drop -n');
    return { request: { resourceRequest: false, verb: q.verb, path: q.target }, notes: [] };
  }
  const slash = q.target.indexOf('/');
  let resource = slash === -1 ? q.target : q.target.slice(0, slash);
  const subresource = slash === -1 ? '' : q.target.slice(slash + 1);
  if (!resource) throw new QueryError(`"${q.target}" names no resource`);
  if (subresource.includes('/')) throw new QueryError(`"${q.target}": a request has at most one subresource`);
  let apiGroup = q.apiGroup;
  const dot = resource.indexOf('.');
  if (dot !== -1) {
    if (apiGroup !== undefined && apiGroup !== resource.slice(dot + 1)) throw new QueryError(`"${q.target}" names group ${resource.slice(dot + 1)} but --api-group says ${apiGroup}`);
    apiGroup = resource.slice(dot + 1);
    resource = resource.slice(0, dot);
  }
  const notes: string[] = [];
  const known = apiResource(resource);
  if (apiGroup === undefined) {
    apiGroup = known?.group ?? '';
    if (!known) notes.push(`"${resource}" is not a built-in resource: asking about the core group (""); use --api-group for a custom resource`);
  }
  let namespace = q.namespace;
  if (resource === 'namespaces' && known && apiGroup === '') {
    // RequestInfo: a request on a Namespace object is in that namespace.
    namespace = q.name;
    if (q.namespace !== undefined && q.namespace !== q.name) notes.push('a request on a Namespace object is in that namespace: -n is replaced by --name');
  } else if (known && !known.namespaced && apiGroup === known.group && namespace !== undefined) {
    notes.push(`${resource} are cluster-scoped: -n ${namespace} is ignored`);
    namespace = undefined;
  }
  return { request: { resourceRequest: true, verb: q.verb, apiGroup, resource, subresource, name: q.name ?? '', namespace }, notes };
}

export function bindingRef(b: RbacBinding): Ref {
  return b.namespace !== undefined ? { kind: b.kind, namespace: b.namespace, name: b.name } : { kind: b.kind, name: b.name };
}

export function roleRefOf(b: RbacBinding): Ref {
  const r = b.role!;
  return r.kind === 'Role' ? { kind: r.kind, namespace: r.namespace!, name: r.name } : { kind: r.kind, name: r.name };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const refKey = (r: Ref) => `${r.kind}\0${r.namespace ?? ''}\0${r.name}`;

/** Who can make the request: subjects as the bindings write them, each with every binding and role that grants it. */
export function whoCan(world: RbacWorld, request: Request): WhoCanResult {
  const bySubject = new Map<string, { subject: BindingSubject; grants: Map<string, { binding: Ref; role: Ref }> }>();
  for (const { binding, subject } of world.whoCan(request)) {
    const key = `${subject.kind}\0${subject.namespace ?? ''}\0${subject.name}`;
    let entry = bySubject.get(key);
    if (!entry) bySubject.set(key, (entry = { subject, grants: new Map() }));
    const b = bindingRef(binding);
    entry.grants.set(refKey(b), { binding: b, role: roleRefOf(binding) });
  }
  const subjects = [...bySubject.values()]
    .map(({ subject, grants }) => ({
      kind: subject.kind,
      name: subject.name,
      ...(subject.kind === 'ServiceAccount' && { namespace: subject.namespace }),
      grants: [...grants.values()].sort((a, b) => cmp(refKey(a.binding), refKey(b.binding))),
    }))
    .sort((a, b) => cmp(a.kind, b.kind) || cmp(a.namespace ?? '', b.namespace ?? '') || cmp(a.name, b.name));
  return { subjects };
}

// ---- can: a subject's effective permissions ----

export interface SubjectArg {
  readonly kind: 'User' | 'Group' | 'ServiceAccount';
  readonly name: string;
  readonly namespace?: string;
}

/**
 * `User/jane`, `Group/devs`, `ServiceAccount/shop/api` (or `ServiceAccount/api` with the namespace
 * given separately); kinds are case-insensitive and `sa` is short for ServiceAccount. A User named
 * `system:serviceaccount:<ns>:<name>` is that ServiceAccount.
 */
export function parseSubject(arg: string, namespace?: string): SubjectArg {
  const slash = arg.indexOf('/');
  if (slash === -1) throw new QueryError(`"${arg}": expected KIND/NAME, e.g. User/jane, Group/developers, ServiceAccount/shop/api`);
  const kindText = arg.slice(0, slash).toLowerCase();
  const rest = arg.slice(slash + 1);
  if (!rest) throw new QueryError(`"${arg}" names no subject`);
  if (kindText === 'user') {
    const sa = splitServiceAccountUsername(rest);
    return sa ? { kind: 'ServiceAccount', ...sa } : { kind: 'User', name: rest };
  }
  if (kindText === 'group') return { kind: 'Group', name: rest };
  if (kindText === 'serviceaccount' || kindText === 'sa') {
    const parts = rest.split(/[/:]/);
    if (parts.length === 2 && parts[0] && parts[1]) return { kind: 'ServiceAccount', namespace: parts[0], name: parts[1] };
    if (parts.length === 1 && namespace !== undefined) return { kind: 'ServiceAccount', namespace, name: rest };
    throw new QueryError(`"${arg}": a ServiceAccount is NAMESPACE/NAME (or NAME with -n NAMESPACE)`);
  }
  throw new QueryError(`"${arg}": the kind must be User, Group or ServiceAccount`);
}

/** The identity the authorizer sees for a subject, with groups the caller says it is in. */
export function userOf(subject: SubjectArg, extraGroups: readonly string[] = []): UserInfo {
  if (subject.kind === 'ServiceAccount') {
    const u = serviceAccountUser(subject.namespace!, subject.name);
    return { name: u.name, groups: [...new Set([...u.groups, ...extraGroups])] };
  }
  if (subject.kind === 'Group') return groupMember(subject.name, extraGroups);
  return namedUser(subject.name, extraGroups);
}

/** The verbs a `can` table shows as columns; others appear in the JSON and the table's OTHER column. */
export const MATRIX_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] as const;

export interface PermissionRow {
  /** `pods`, `pods/exec`, `*`, or a non-resource URL. */
  readonly resource: string;
  /** The API group (`""` core, `*` every group); absent for non-resource URLs. */
  readonly apiGroup?: string;
  /** Empty: every object. */
  readonly resourceNames: readonly string[];
  readonly verbs: readonly string[];
  /** Where each verb comes from. */
  readonly grants: readonly { readonly binding: Ref; readonly role: Ref; readonly subject: Ref }[];
}

export interface PermissionScope {
  /** Absent: cluster-wide (ClusterRoleBindings), which also applies in every namespace. */
  readonly namespace?: string;
  readonly rows: readonly PermissionRow[];
}

export interface CanResult {
  readonly subject: SubjectArg;
  readonly user: UserInfo;
  /** system:masters bypasses RBAC: everything is allowed. */
  readonly superuser: boolean;
  readonly scopes: readonly PermissionScope[];
}

/**
 * A subject's effective permissions, as `kubectl auth can-i --list` reports them: the cluster-wide
 * rules, then per namespace the rules its RoleBindings add. With `namespace`, one scope holding
 * everything that applies there (cluster-wide rules included).
 */
export function can(analysis: RbacAnalysis, subject: SubjectArg, options: { readonly namespace?: string; readonly groups?: readonly string[] } = {}): CanResult {
  const user = userOf(subject, options.groups);
  const world = analysis.world;
  const superuser = user.groups.includes('system:masters');
  const scopes: PermissionScope[] = [];
  if (options.namespace !== undefined) {
    scopes.push({ namespace: options.namespace, rows: rows(world.rulesFor(user, options.namespace)) });
  } else {
    const all = world.allBindingsFor(user);
    scopes.push({ rows: rows(world.rulesFor(user, undefined)) });
    const namespaces = [...new Set(all.filter((x) => x.binding.kind === 'RoleBinding').map((x) => x.binding.namespace!))].sort();
    for (const ns of namespaces) {
      const local = world.rulesFor(user, ns).filter((x) => x.binding.kind === 'RoleBinding');
      if (local.length > 0) scopes.push({ namespace: ns, rows: rows(local) });
    }
  }
  return { subject, user, superuser, scopes };
}

function rows(rules: ReturnType<RbacWorld['rulesFor']>): PermissionRow[] {
  const byKey = new Map<string, { resource: string; apiGroup?: string; resourceNames: readonly string[]; verbs: Set<string>; grants: Map<string, { binding: Ref; role: Ref; subject: Ref }> }>();
  const add = (key: string, init: () => { resource: string; apiGroup?: string; resourceNames: readonly string[] }, rule: PolicyRule, grant: { binding: Ref; role: Ref; subject: Ref }) => {
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { ...init(), verbs: new Set(), grants: new Map() }));
    for (const v of rule.verbs) row.verbs.add(v);
    row.grants.set(`${refKey(grant.binding)}\0${refKey(grant.subject)}`, grant);
  };
  for (const { binding, subject, rule } of rules) {
    const r = rule.rule;
    const grant = { binding: bindingRef(binding), role: roleRefOf(binding), subject: subject.kind === 'ServiceAccount' ? { kind: subject.kind, namespace: subject.namespace!, name: subject.name } : { kind: subject.kind, name: subject.name } };
    const names = [...r.resourceNames].sort();
    for (const group of r.apiGroups) {
      for (const resource of r.resources) add(`r\0${group}\0${resource}\0${names.join(',')}`, () => ({ resource, apiGroup: group, resourceNames: names }), r, grant);
    }
    for (const url of r.nonResourceURLs) add(`u\0${url}`, () => ({ resource: url, resourceNames: [] }), r, grant);
  }
  return [...byKey.values()]
    .map((row) => ({
      resource: row.resource,
      ...(row.apiGroup !== undefined && { apiGroup: row.apiGroup }),
      resourceNames: row.resourceNames,
      verbs: [...row.verbs].sort(),
      grants: [...row.grants.values()].sort((a, b) => cmp(refKey(a.binding), refKey(b.binding))),
    }))
    .sort((a, b) => Number(a.apiGroup === undefined) - Number(b.apiGroup === undefined) || cmp(a.apiGroup ?? '', b.apiGroup ?? '') || cmp(a.resource, b.resource) || cmp(a.resourceNames.join(','), b.resourceNames.join(',')));
}
