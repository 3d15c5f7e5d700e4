/**
 * The RBAC analysis: one per inventory, shared by every check and command through
 * `inventory.analysis(rbacAnalysis, undefined)`.
 *
 * ```ts
 * const rbac = inventory.analysis(rbacAnalysis, undefined);
 * rbac.world.whoCan({ resourceRequest: true, verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'kube-system' });
 * rbac.serviceAccountPower('shop', 'default');   // { level: 'read-secrets', readSecrets: ['shop'], ... }
 * ```
 */
import type { Inventory } from '../../inventory/inventory.js';
import { apiGroupMatches, verbMatches, type PolicyRule } from './rules.js';
import { RbacWorld, DEFAULT_RBAC_OPTIONS, objectRef, type EffectiveRule, type Grant, type ObjectRef, type RbacOptions, type RbacRole } from './world.js';
import { MASTERS, serviceAccountUser, type UserInfo } from './users.js';

export * from './rules.js';
export * from './users.js';
export * from './world.js';

/** What a grant-matching query asks: any of these verbs on `group`/`resource[/subresource]`. */
export interface Permission {
  readonly verbs: readonly string[];
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource?: string;
}

export interface GrantMatch {
  readonly grant: Grant;
  /** The requested verbs the rule allows. */
  readonly verbs: readonly string[];
  /** Empty when the rule covers every object; otherwise only these names. */
  readonly resourceNames: readonly string[];
  readonly permission: Permission;
}

/**
 * How powerful an identity is, from the most to the least: what a network or control-plane finding
 * needs to know about the account behind an exposed pod or a dashboard.
 * - `cluster-admin`: every verb on every resource cluster-wide (or member of system:masters);
 * - `escalate`: can grant itself more (bind/escalate roles, impersonate, create tokens for other
 *   accounts, approve certificates): one step from anything;
 * - `read-secrets`: can read Secrets (all of a namespace, or cluster-wide);
 * - `create-pods`: can run pods (directly or through a controller), so can run as any service
 *   account of that namespace and mount its Secrets;
 * - `limited`: something else; `none`: nothing.
 */
export type PowerLevel = 'cluster-admin' | 'escalate' | 'read-secrets' | 'create-pods' | 'limited' | 'none';

export interface PowerGrant {
  readonly binding: ObjectRef;
  readonly role: ObjectRef;
  /** The subject of the binding that matched: the account itself, or one of its groups. */
  readonly subject: ObjectRef;
  /** Absent when the grant is cluster-wide. */
  readonly namespace?: string;
}

export interface SubjectPower {
  readonly level: PowerLevel;
  readonly clusterAdmin: boolean;
  /** `'*'` for every namespace, else the namespaces where all Secrets are readable. */
  readonly readSecrets: '*' | readonly string[];
  readonly createPods: '*' | readonly string[];
  /** Why it can escalate, e.g. `bind on clusterroles cluster-wide`. */
  readonly escalate: readonly string[];
  /** Every binding that gives it anything, with the role and the subject it matched through. */
  readonly grants: readonly PowerGrant[];
}

/** Pods and the controllers that create them: creating or changing one runs arbitrary pods. */
export const POD_CREATORS: readonly Permission[] = [
  { verbs: ['create'], apiGroup: '', resource: 'pods' },
  { verbs: ['create', 'update', 'patch'], apiGroup: '', resource: 'replicationcontrollers' },
  ...['deployments', 'replicasets', 'statefulsets', 'daemonsets'].flatMap((resource) => [
    { verbs: ['create', 'update', 'patch'], apiGroup: 'apps', resource },
    { verbs: ['create', 'update', 'patch'], apiGroup: 'extensions', resource },
  ]),
  { verbs: ['create', 'update', 'patch'], apiGroup: 'batch', resource: 'jobs' },
  { verbs: ['create', 'update', 'patch'], apiGroup: 'batch', resource: 'cronjobs' },
];

export const SECRET_READ: Permission = { verbs: ['get', 'list', 'watch'], apiGroup: '', resource: 'secrets' };

/** Permissions that let an identity become another or grant itself more, with a short name. */
export const ESCALATION_PERMISSIONS: readonly { readonly what: string; readonly permission: Permission }[] = [
  { what: 'bind on clusterroles', permission: { verbs: ['bind'], apiGroup: 'rbac.authorization.k8s.io', resource: 'clusterroles' } },
  { what: 'bind on roles', permission: { verbs: ['bind'], apiGroup: 'rbac.authorization.k8s.io', resource: 'roles' } },
  { what: 'escalate on clusterroles', permission: { verbs: ['escalate'], apiGroup: 'rbac.authorization.k8s.io', resource: 'clusterroles' } },
  { what: 'escalate on roles', permission: { verbs: ['escalate'], apiGroup: 'rbac.authorization.k8s.io', resource: 'roles' } },
  { what: 'impersonate users', permission: { verbs: ['impersonate'], apiGroup: '', resource: 'users' } },
  { what: 'impersonate groups', permission: { verbs: ['impersonate'], apiGroup: '', resource: 'groups' } },
  { what: 'impersonate serviceaccounts', permission: { verbs: ['impersonate'], apiGroup: '', resource: 'serviceaccounts' } },
  { what: 'create serviceaccounts/token', permission: { verbs: ['create'], apiGroup: '', resource: 'serviceaccounts', subresource: 'token' } },
  { what: 'approve certificatesigningrequests', permission: { verbs: ['update', 'patch'], apiGroup: 'certificates.k8s.io', resource: 'certificatesigningrequests', subresource: 'approval' } },
];

/** Whether a rule allows any of the permission's verbs on its resource, ignoring names. */
export function ruleMatchesPermission(rule: PolicyRule, p: Permission): string[] {
  const combined = p.subresource ? `${p.resource}/${p.subresource}` : p.resource;
  const sub = p.subresource ?? '';
  if (!apiGroupMatches(rule, p.apiGroup)) return [];
  if (!rule.resources.some((r) => r === '*' || r === combined || (sub !== '' && r === `*/${sub}`))) return [];
  return p.verbs.filter((v) => verbMatches(rule, v));
}

/** A rule with every verb on every resource of every group, for every name. */
export function isAdminRule(rule: PolicyRule): boolean {
  return rule.verbs.includes('*') && rule.apiGroups.includes('*') && rule.resources.includes('*') && rule.resourceNames.length === 0;
}

/** One rule of one role, found through the index. */
export interface RoleRule {
  readonly role: RbacRole;
  readonly ruleIndex: number;
  readonly rule: EffectiveRule;
}

export class RbacAnalysis {
  private resourceIndex: Map<string, RoleRule[]> | undefined;

  constructor(readonly world: RbacWorld) {}

  /**
   * Rules of roles that some binding references and that allow any verb of the permission (names
   * ignored), found through an index by resource (`*`, the combined resource, `*\/sub`).
   */
  roleRulesAllowing(permission: Permission): { roleRule: RoleRule; verbs: string[] }[] {
    const index = this.index();
    const combined = permission.subresource ? `${permission.resource}/${permission.subresource}` : permission.resource;
    const keys = ['*', combined, ...(permission.subresource ? [`*/${permission.subresource}`] : [])];
    const seen = new Set<RoleRule>();
    const out: { roleRule: RoleRule; verbs: string[] }[] = [];
    for (const k of keys) {
      for (const rr of index.get(k) ?? []) {
        if (seen.has(rr)) continue;
        seen.add(rr);
        const verbs = ruleMatchesPermission(rr.rule.rule, permission);
        if (verbs.length > 0) out.push({ roleRule: rr, verbs });
      }
    }
    return out;
  }

  /** Grants (a binding and a rule of its role) that allow any verb of the permission. */
  grantsAllowing(permission: Permission): GrantMatch[] {
    const out: GrantMatch[] = [];
    for (const { roleRule, verbs } of this.roleRulesAllowing(permission)) {
      for (const binding of this.world.bindingsOf(roleRule.role)) {
        const grant = this.world.grant(binding, roleRule.ruleIndex)!;
        out.push({ grant, verbs, resourceNames: roleRule.rule.rule.resourceNames, permission });
      }
    }
    return out;
  }

  private index(): Map<string, RoleRule[]> {
    if (this.resourceIndex) return this.resourceIndex;
    const index = new Map<string, RoleRule[]>();
    for (const role of this.world.roles) {
      if (this.world.bindingsOf(role).length === 0) continue;
      role.rules.forEach((rule, ruleIndex) => {
        const rr: RoleRule = { role, ruleIndex, rule };
        for (const r of new Set(rule.rule.resources)) {
          let list = index.get(r);
          if (!list) index.set(r, (list = []));
          list.push(rr);
        }
      });
    }
    return (this.resourceIndex = index);
  }

  /** How powerful a user (with its groups) is, and through which grants. */
  power(user: UserInfo): SubjectPower {
    const grants: PowerGrant[] = [];
    let clusterAdmin = user.groups.includes(MASTERS);
    let readSecretsAll = false;
    let createPodsAll = false;
    const readSecrets = new Set<string>();
    const createPods = new Set<string>();
    const escalate = new Set<string>();
    for (const { binding, subject } of this.world.allBindingsFor(user)) {
      if (!binding.role) continue;
      const scope = binding.namespace;
      grants.push({ binding: objectRef(binding), role: objectRef(binding.role), subject: objectRef(subject), ...(scope !== undefined && { namespace: scope }) });
      for (const { rule } of binding.role.rules) {
        if (scope === undefined && isAdminRule(rule)) clusterAdmin = true;
        const whole = rule.resourceNames.length === 0;
        if (whole && ruleMatchesPermission(rule, SECRET_READ).length > 0) {
          if (scope === undefined) readSecretsAll = true;
          else readSecrets.add(scope);
        }
        if (whole && POD_CREATORS.some((p) => ruleMatchesPermission(rule, p).length > 0)) {
          if (scope === undefined) createPodsAll = true;
          else createPods.add(scope);
        }
        for (const { what, permission } of ESCALATION_PERMISSIONS) {
          if (ruleMatchesPermission(rule, permission).length > 0) escalate.add(`${what} ${scope === undefined ? 'cluster-wide' : `in namespace ${scope}`}`);
        }
      }
    }
    const level: PowerLevel = clusterAdmin
      ? 'cluster-admin'
      : escalate.size > 0
        ? 'escalate'
        : readSecretsAll || readSecrets.size > 0
          ? 'read-secrets'
          : createPodsAll || createPods.size > 0
            ? 'create-pods'
            : grants.length > 0
              ? 'limited'
              : 'none';
    return {
      level,
      clusterAdmin,
      readSecrets: readSecretsAll ? '*' : [...readSecrets].sort(),
      createPods: createPodsAll ? '*' : [...createPods].sort(),
      escalate: [...escalate].sort(),
      grants,
    };
  }

  /** The power of a service account's token (its own bindings and those of its groups). */
  serviceAccountPower(namespace: string, name: string): SubjectPower {
    return this.power(serviceAccountUser(namespace, name));
  }
}

/** The memoized analysis: `inventory.analysis(rbacAnalysis, undefined)` (or with options). */
export function rbacAnalysis(inventory: Inventory, options: RbacOptions | undefined): RbacAnalysis {
  return new RbacAnalysis(new RbacWorld(inventory, options ?? DEFAULT_RBAC_OPTIONS));
}
