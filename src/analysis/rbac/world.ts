/**
 * The RBAC world of an inventory: roles (with aggregation resolved), bindings, and an authorizer with
 * Kubernetes' semantics, ported from
 * - `DefaultRuleResolver.VisitRulesFor`, `GetRoleReferenceRules`, `appliesTo` and `appliesToUser`
 *   (pkg/registry/rbac/validation/rule.go): ClusterRoleBindings apply to every request; the
 *   RoleBindings of namespace N only to requests in N; a RoleBinding's `Role` is looked up in the
 *   binding's namespace, a `ClusterRole` cluster-wide (its effect then limited to the binding's
 *   namespace); a ServiceAccount subject without a namespace takes the RoleBinding's (and matches
 *   nobody in a ClusterRoleBinding); a role that does not exist grants nothing;
 * - `RBACAuthorizer.Authorize` (plugin/pkg/auth/authorizer/rbac/rbac.go): allowed when any visited
 *   rule allows the request;
 * - `ClusterRoleAggregationController.syncClusterRole` (pkg/controller/clusterroleaggregation): a
 *   ClusterRole with an `aggregationRule` has the union of the rules of every other ClusterRole its
 *   selectors match, in selector order then by name, without duplicates, replacing the rules it
 *   has written.
 *
 * Kubernetes' own roles (cluster-admin, admin, edit, view, system:*) exist in every cluster, so a
 * binding to one that the input does not contain uses the stock definition (`assumeBuiltinRoles`).
 */
import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import { isRecord } from '../../k8s/types.js';
import { compileLabelSelector } from '../../k8s/label-selector.js';
import { BOOTSTRAP_ROLES, bootstrapBinding, bootstrapRole, type BootstrapBinding, type BootstrapRole } from './bootstrap.js';
import { covers, policyRule, ruleAllows, sameRule, type PolicyRule, type Request } from './rules.js';
import { MASTERS, serviceAccountUsername, type UserInfo } from './users.js';

export type RoleKind = 'Role' | 'ClusterRole';
export type BindingKind = 'RoleBinding' | 'ClusterRoleBinding';
export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/** `{kind, namespace, name}`; namespace absent for cluster-scoped objects. */
export interface ObjectRef {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/** A rule of a role as the authorizer sees it, with the role that wrote it (another one for aggregated rules). */
export interface EffectiveRule {
  readonly rule: PolicyRule;
  /** The role whose `rules[index]` this is. */
  readonly origin: RbacRole;
  readonly index: number;
  /** Kubernetes' stock definition of the origin role has this rule (or one that covers it). */
  readonly stock: boolean;
}

export interface RbacRole {
  readonly kind: RoleKind;
  readonly namespace?: string;
  readonly name: string;
  /** Absent when the role is a Kubernetes built-in the input does not contain. */
  readonly object?: InventoryObject;
  /** Kubernetes' stock definition, when the name is one of the bootstrap roles. */
  readonly stock?: BootstrapRole;
  readonly labels: Readonly<Record<string, unknown>>;
  readonly writtenRules: readonly PolicyRule[];
  /** What the authorizer uses: the written rules, or for an aggregated ClusterRole the aggregated ones. */
  readonly rules: readonly EffectiveRule[];
  /** Set for ClusterRoles with an aggregationRule. */
  readonly aggregation?: {
    /** Roles whose rules were aggregated, in the controller's order. */
    readonly from: readonly RbacRole[];
    /** A malformed selector: the controller fails and the role keeps its written rules. */
    readonly error?: string;
  };
}

export interface BindingSubject {
  readonly kind: string;
  readonly name: string;
  /** For ServiceAccounts: the subject's namespace, or the RoleBinding's when it names none. */
  readonly namespace?: string;
  /** Position in the binding's `subjects`. */
  readonly index: number;
  /** Whether the subject can match any request: a known kind, and a ServiceAccount with a namespace. */
  readonly applies: boolean;
  /** Why it matches nobody, when it does not. */
  readonly problem?: string;
}

export interface RbacBinding {
  readonly kind: BindingKind;
  readonly namespace?: string;
  readonly name: string;
  readonly object: InventoryObject;
  readonly roleRef: { readonly kind: string; readonly name: string; readonly apiGroup?: string };
  /** Absent when the referenced role does not exist (the binding then grants nothing). */
  readonly role?: RbacRole;
  readonly subjects: readonly BindingSubject[];
  /** Kubernetes' (or kubeadm's) stock binding of this name, when there is one. */
  readonly stock?: BootstrapBinding;
  /** The subjects that can match a request. */
  readonly applying: readonly BindingSubject[];
  /** Applying subjects that are not the stock binding's (all of them for a binding that is not stock). */
  readonly nonStock: readonly BindingSubject[];
}

/** One rule of one role, granted by one binding, to the binding's subjects, in a scope. */
export interface Grant {
  readonly binding: RbacBinding;
  readonly role: RbacRole;
  readonly rule: EffectiveRule;
  /** Index in the role's effective rules. */
  readonly ruleIndex: number;
  /** The namespace the grant is limited to; absent for a ClusterRoleBinding (every namespace and cluster-scoped resources). */
  readonly namespace?: string;
  /** Subjects the grant applies to. */
  readonly subjects: readonly BindingSubject[];
  /**
   * The subjects for whom this grant is not Kubernetes' stock policy: not a subject of the stock
   * binding, or a rule the stock role does not have. Checks report these.
   */
  readonly reportable: readonly BindingSubject[];
}

export interface RbacOptions {
  /** Kubernetes' built-in roles exist even when the input does not contain them (default true). */
  readonly assumeBuiltinRoles: boolean;
}

export const DEFAULT_RBAC_OPTIONS: RbacOptions = { assumeBuiltinRoles: true };

function roleKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\0${kind === 'Role' ? (namespace ?? '') : ''}\0${name}`;
}

/** The username a subject matches (`u:`), or the group (`g:`): the authorizer's comparison in one string. */
export function subjectMatchKey(s: BindingSubject): string | undefined {
  if (!s.applies) return undefined;
  if (s.kind === 'User') return `u:${s.name}`;
  if (s.kind === 'Group') return `g:${s.name}`;
  return `u:${serviceAccountUsername(s.namespace ?? '', s.name)}`;
}

export interface Decision {
  readonly allowed: boolean;
  /** The first grant that allows it, in the authorizer's order (cluster role bindings first). */
  readonly by?: { readonly binding: RbacBinding; readonly subject: BindingSubject; readonly rule: EffectiveRule };
  /** Members of system:masters are allowed everything before RBAC is asked. */
  readonly superuser?: boolean;
}

export interface WhoCanGrant {
  readonly binding: RbacBinding;
  readonly subject: BindingSubject;
}

export class RbacWorld {
  readonly roles: readonly RbacRole[];
  readonly bindings: readonly RbacBinding[];
  readonly clusterRoleBindings: readonly RbacBinding[];
  private readonly roleIndex = new Map<string, RbacRole>();
  private readonly roleBindingsByNamespace = new Map<string, RbacBinding[]>();
  private readonly bindingsByRole = new Map<RbacRole, RbacBinding[]>();
  /** The authorizer visits ClusterRoleBindings first, then RoleBindings, each in input order. */
  private readonly visitOrder = new Map<RbacBinding, number>();
  /** `u:<username>` / `g:<group>` → the (binding, subject) pairs that match it. */
  private readonly bySubjectKey = new Map<string, { binding: RbacBinding; subject: BindingSubject }[]>();

  constructor(inventory: Inventory, readonly options: RbacOptions = DEFAULT_RBAC_OPTIONS) {
    const roles: MutableRole[] = [];
    for (const kind of ['ClusterRole', 'Role'] as const) {
      for (const o of inventory.effective(kind)) {
        const r = roleFromObject(o, kind);
        roles.push(r);
        this.roleIndex.set(roleKey(kind, r.namespace, r.name), r);
      }
    }
    if (options.assumeBuiltinRoles) {
      for (const b of BOOTSTRAP_ROLES) {
        if (b.source !== 'kubernetes' || this.roleIndex.has(roleKey(b.kind, b.namespace, b.name))) continue;
        const r = roleFromBootstrap(b);
        roles.push(r);
        this.roleIndex.set(roleKey(b.kind, b.namespace, b.name), r);
      }
    }
    aggregate(roles.filter((r) => r.kind === 'ClusterRole'));
    this.roles = roles;

    const bindings: RbacBinding[] = [];
    for (const kind of ['ClusterRoleBinding', 'RoleBinding'] as const) {
      for (const o of inventory.effective(kind)) bindings.push(this.bindingFromObject(o, kind));
    }
    this.bindings = bindings;
    this.clusterRoleBindings = bindings.filter((b) => b.kind === 'ClusterRoleBinding');
    bindings.forEach((b, i) => this.visitOrder.set(b, i));
    for (const b of bindings) {
      if (b.kind === 'RoleBinding') {
        let list = this.roleBindingsByNamespace.get(b.namespace ?? '');
        if (!list) this.roleBindingsByNamespace.set(b.namespace ?? '', (list = []));
        list.push(b);
      }
      if (b.role) {
        let list = this.bindingsByRole.get(b.role);
        if (!list) this.bindingsByRole.set(b.role, (list = []));
        list.push(b);
      }
      for (const s of b.subjects) {
        const k = subjectMatchKey(s);
        if (k === undefined) continue;
        let list = this.bySubjectKey.get(k);
        if (!list) this.bySubjectKey.set(k, (list = []));
        list.push({ binding: b, subject: s });
      }
    }
  }

  private bindingFromObject(o: InventoryObject, kind: BindingKind): RbacBinding {
    const raw = o.object;
    const ref = isRecord(raw.roleRef) ? raw.roleRef : {};
    const roleRef = {
      kind: typeof ref.kind === 'string' ? ref.kind : '',
      name: typeof ref.name === 'string' ? ref.name : '',
      ...(typeof ref.apiGroup === 'string' && { apiGroup: ref.apiGroup }),
    };
    const namespace = kind === 'RoleBinding' ? o.namespace : undefined;
    // GetRoleReferenceRules: a Role in the binding's namespace, a ClusterRole by name; any other kind is an error.
    const role = roleRef.kind === 'Role' && namespace !== undefined ? this.roleIndex.get(roleKey('Role', namespace, roleRef.name)) : roleRef.kind === 'ClusterRole' ? this.roleIndex.get(roleKey('ClusterRole', undefined, roleRef.name)) : undefined;
    const subjects: BindingSubject[] = [];
    const list: unknown = raw.subjects;
    if (Array.isArray(list)) {
      list.forEach((s, index) => {
        if (!isRecord(s)) return;
        const subjectKind = typeof s.kind === 'string' ? s.kind : '';
        const name = typeof s.name === 'string' ? s.name : '';
        if (subjectKind === 'ServiceAccount') {
          const written = typeof s.namespace === 'string' && s.namespace !== '' ? s.namespace : undefined;
          const ns = written ?? namespace;
          subjects.push(
            ns === undefined
              ? { kind: subjectKind, name, index, applies: false, problem: 'a ServiceAccount subject of a ClusterRoleBinding must name its namespace; without one it matches nobody' }
              : { kind: subjectKind, name, namespace: ns, index, applies: true },
          );
        } else if (subjectKind === 'User' || subjectKind === 'Group') {
          subjects.push({ kind: subjectKind, name, index, applies: true });
        } else {
          subjects.push({ kind: subjectKind, name, index, applies: false, problem: `subject kind ${JSON.stringify(subjectKind)} is not User, Group or ServiceAccount: it matches nobody` });
        }
      });
    }
    const stock = bootstrapBinding(kind, namespace, o.name);
    const binding: RbacBinding = { kind, namespace, name: o.name, object: o, roleRef, role, subjects, stock, applying: subjects.filter((x) => x.applies), nonStock: [] };
    (binding as { nonStock: readonly BindingSubject[] }).nonStock = binding.applying.filter((x) => !isStockSubject(binding, x));
    return binding;
  }

  role(kind: string, namespace: string | undefined, name: string): RbacRole | undefined {
    return this.roleIndex.get(roleKey(kind, namespace, name));
  }

  /** Bindings that reference a role (RoleBindings of any namespace for a ClusterRole). */
  bindingsOf(role: RbacRole): readonly RbacBinding[] {
    return this.bindingsByRole.get(role) ?? [];
  }

  roleBindingsIn(namespace: string): readonly RbacBinding[] {
    return this.roleBindingsByNamespace.get(namespace) ?? [];
  }

  /** Namespaces that have RoleBindings. */
  bindingNamespaces(): string[] {
    return [...this.roleBindingsByNamespace.keys()].sort();
  }

  /** The (binding, subject) pairs that apply to a user, in the authorizer's order, for requests in `namespace` (or cluster-wide). */
  bindingsFor(user: UserInfo, namespace?: string): { binding: RbacBinding; subject: BindingSubject }[] {
    const keys = [...(user.name !== undefined ? [`u:${user.name}`] : []), ...user.groups.map((g) => `g:${g}`)];
    const found = new Map<RbacBinding, BindingSubject>();
    for (const k of keys) {
      for (const { binding, subject } of this.bySubjectKey.get(k) ?? []) {
        if (binding.kind === 'RoleBinding' && binding.namespace !== namespace) continue;
        // appliesTo: the first subject of the binding that matches.
        const prev = found.get(binding);
        if (!prev || subject.index < prev.index) found.set(binding, subject);
      }
    }
    return [...found].map(([binding, subject]) => ({ binding, subject })).sort((a, b) => this.visitOrder.get(a.binding)! - this.visitOrder.get(b.binding)!);
  }

  /** Whether any binding names this username (as a User, or as the ServiceAccount it is). */
  hasBindingsFor(username: string): boolean {
    return this.bySubjectKey.has(`u:${username}`);
  }

  /** Every (binding, subject) pair that matches a user, in any namespace: what it gets anywhere. */
  allBindingsFor(user: UserInfo): { binding: RbacBinding; subject: BindingSubject }[] {
    const keys = [...(user.name !== undefined ? [`u:${user.name}`] : []), ...user.groups.map((g) => `g:${g}`)];
    const found = new Map<RbacBinding, BindingSubject>();
    for (const k of keys) {
      for (const { binding, subject } of this.bySubjectKey.get(k) ?? []) {
        const prev = found.get(binding);
        if (!prev || subject.index < prev.index) found.set(binding, subject);
      }
    }
    return [...found].map(([binding, subject]) => ({ binding, subject })).sort((a, b) => this.visitOrder.get(a.binding)! - this.visitOrder.get(b.binding)!);
  }

  /** The authorizer: RBAC's decision for a user's request (preceded by system:masters, as in the API server). */
  authorize(user: UserInfo, request: Request): Decision {
    if (user.groups.includes(MASTERS)) return { allowed: true, superuser: true };
    const namespace = request.resourceRequest ? request.namespace || undefined : undefined;
    for (const { binding, subject } of this.bindingsFor(user, namespace)) {
      for (const rule of binding.role?.rules ?? []) if (ruleAllows(request, rule.rule)) return { allowed: true, by: { binding, subject, rule } };
    }
    return { allowed: false };
  }

  /** Every rule that applies to a user in a namespace (or cluster-wide), with the grant behind it: `RulesFor`. */
  rulesFor(user: UserInfo, namespace?: string): { binding: RbacBinding; subject: BindingSubject; rule: EffectiveRule }[] {
    const out: { binding: RbacBinding; subject: BindingSubject; rule: EffectiveRule }[] = [];
    for (const { binding, subject } of this.bindingsFor(user, namespace)) for (const rule of binding.role?.rules ?? []) out.push({ binding, subject, rule });
    return out;
  }

  /**
   * Who can make a request: the subjects as bindings write them (a Group stays a Group), each with
   * every binding that grants it. Without a namespace only ClusterRoleBindings count.
   */
  whoCan(request: Request): WhoCanGrant[] {
    const namespace = request.resourceRequest ? request.namespace || undefined : undefined;
    const candidates = namespace === undefined ? this.clusterRoleBindings : [...this.clusterRoleBindings, ...this.roleBindingsIn(namespace)];
    const allowedByRole = new Map<RbacRole, boolean>();
    const out: WhoCanGrant[] = [];
    for (const binding of candidates) {
      const role = binding.role;
      if (!role) continue;
      let allowed = allowedByRole.get(role);
      if (allowed === undefined) {
        allowed = role.rules.some((r) => ruleAllows(request, r.rule));
        allowedByRole.set(role, allowed);
      }
      if (!allowed) continue;
      for (const subject of binding.subjects) if (subject.applies) out.push({ binding, subject });
    }
    return out;
  }

  /** The grant of one rule of a binding's role (undefined when the binding has no role). */
  grant(binding: RbacBinding, ruleIndex: number): Grant | undefined {
    const role = binding.role;
    const rule = role?.rules[ruleIndex];
    if (!role || !rule) return undefined;
    // one object per (binding, rule): a dozen checks ask for the same grants
    let made = this.grantsMade.get(binding);
    if (!made) this.grantsMade.set(binding, (made = []));
    return (made[ruleIndex] ??= { binding, role, rule, ruleIndex, namespace: binding.namespace, subjects: binding.applying, reportable: rule.stock ? binding.nonStock : binding.applying });
  }

  private readonly grantsMade = new Map<RbacBinding, Grant[]>();

  /** The grants of every rule of a binding's role. */
  grantsOf(binding: RbacBinding): Grant[] {
    const out: Grant[] = [];
    const n = binding.role?.rules.length ?? 0;
    for (let i = 0; i < n; i++) out.push(this.grant(binding, i)!);
    return out;
  }

  /** Whether any subject of the binding receives something that is not Kubernetes' stock policy. */
  reportableSubjects(binding: RbacBinding): readonly BindingSubject[] {
    if (!binding.role) return [];
    return binding.role.rules.every((r) => r.stock) ? binding.nonStock : binding.applying;
  }
}

type MutableRole = { -readonly [K in keyof RbacRole]: RbacRole[K] };

function roleFromObject(o: InventoryObject, kind: RoleKind): MutableRole {
  const raw = o.object;
  const writtenRules = Array.isArray(raw.rules) ? raw.rules.map(policyRule) : [];
  const labels = isRecord(raw.metadata.labels) ? raw.metadata.labels : {};
  const role: MutableRole = {
    kind,
    namespace: kind === 'Role' ? o.namespace : undefined,
    name: o.name,
    object: o,
    stock: bootstrapRole(kind, o.namespace, o.name),
    labels,
    writtenRules,
    rules: [],
  };
  role.rules = writtenRules.map((rule, index) => ({ rule, origin: role, index, stock: role.stock !== undefined && role.stock.rules.some((s) => covers(s, rule)) }));
  if (kind === 'ClusterRole' && isRecord(raw.aggregationRule)) role.aggregation = { from: [] };
  return role;
}

function roleFromBootstrap(b: BootstrapRole): MutableRole {
  const role: MutableRole = { kind: b.kind, namespace: b.namespace, name: b.name, stock: b, labels: b.labels ?? {}, writtenRules: b.rules, rules: [] };
  role.rules = b.rules.map((rule, index) => ({ rule, origin: role, index, stock: true }));
  if (b.aggregateFrom) role.aggregation = { from: [] };
  return role;
}

function selectorsOf(role: MutableRole): unknown[] {
  if (role.object) {
    const rule = role.object.object.aggregationRule;
    return isRecord(rule) && Array.isArray(rule.clusterRoleSelectors) ? rule.clusterRoleSelectors : [];
  }
  return (role.stock?.aggregateFrom ?? []).map((matchLabels) => ({ matchLabels }));
}

/**
 * The aggregation controller's steady state: each aggregated role's rules are the de-duplicated union
 * of the rules of the other ClusterRoles its selectors match. Aggregated roles may select each other
 * (admin selects edit, which selects view), so the union is iterated to a fixpoint, starting from no
 * rules: what the controller converges to from a fresh cluster.
 */
function aggregate(clusterRoles: MutableRole[]): void {
  const aggregated = clusterRoles.filter((r) => r.aggregation);
  if (aggregated.length === 0) return;
  const byName = [...clusterRoles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const plans = new Map<MutableRole, MutableRole[][]>();
  for (const role of aggregated) {
    const matched: MutableRole[][] = [];
    let error: string | undefined;
    for (const selector of selectorsOf(role)) {
      const compiled = compileLabelSelector(selector);
      if (!compiled.ok) {
        error = compiled.error;
        break;
      }
      matched.push(byName.filter((r) => r !== role && compiled.matches(r.labels)));
    }
    if (error !== undefined) {
      role.aggregation = { from: [], error };
      continue;
    }
    plans.set(role, matched);
    role.rules = [];
    role.aggregation = { from: [...new Set(matched.flat())] };
  }
  for (let round = 0; round <= plans.size; round++) {
    let changed = false;
    for (const [role, matched] of plans) {
      const next: EffectiveRule[] = [];
      for (const group of matched) for (const source of group) for (const r of source.rules) if (!next.some((n) => sameRule(n.rule, r.rule))) next.push(r);
      if (next.length !== role.rules.length) {
        role.rules = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
}

function isStockSubject(binding: RbacBinding, s: BindingSubject): boolean {
  const stock = binding.stock;
  if (!stock || stock.roleRef.kind !== binding.roleRef.kind || stock.roleRef.name !== binding.roleRef.name) return false;
  return stock.subjects.some((t) => t.kind === s.kind && t.name === s.name && (t.kind !== 'ServiceAccount' || t.namespace === s.namespace));
}

/** A short, stable reference to a role for messages: `ClusterRole "edit"`, `Role "shop/reader"`. */
export function describeRole(r: { kind: string; namespace?: string; name: string }): string {
  return r.namespace !== undefined && r.kind === 'Role' ? `Role "${r.namespace}/${r.name}"` : `${r.kind} "${r.name}"`;
}

export function describeBinding(b: { kind: string; namespace?: string; name: string }): string {
  return b.namespace !== undefined ? `${b.kind} "${b.namespace}/${b.name}"` : `${b.kind} "${b.name}"`;
}

export function describeSubject(s: { kind: string; namespace?: string; name: string }): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount "${s.namespace}/${s.name}"` : `${s.kind} "${s.name}"`;
}

export function objectRef(x: { kind: string; namespace?: string; name: string }): ObjectRef {
  return x.namespace !== undefined ? { kind: x.kind, namespace: x.namespace, name: x.name } : { kind: x.kind, name: x.name };
}
