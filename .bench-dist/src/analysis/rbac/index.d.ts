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
import { type PolicyRule } from './rules.js';
import { RbacWorld, type Grant, type ObjectRef, type RbacOptions } from './world.js';
import { type UserInfo } from './users.js';
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
export declare const POD_CREATORS: readonly Permission[];
export declare const SECRET_READ: Permission;
/** Permissions that let an identity become another or grant itself more, with a short name. */
export declare const ESCALATION_PERMISSIONS: readonly {
    readonly what: string;
    readonly permission: Permission;
}[];
/** Whether a rule allows any of the permission's verbs on its resource, ignoring names. */
export declare function ruleMatchesPermission(rule: PolicyRule, p: Permission): string[];
/** A rule with every verb on every resource of every group, for every name. */
export declare function isAdminRule(rule: PolicyRule): boolean;
export declare class RbacAnalysis {
    readonly world: RbacWorld;
    private resourceIndex;
    constructor(world: RbacWorld);
    /** Grants whose rule allows any verb of the permission, found through an index by resource. */
    grantsAllowing(permission: Permission): GrantMatch[];
    private index;
    /** How powerful a user (with its groups) is, and through which grants. */
    power(user: UserInfo): SubjectPower;
    /** The power of a service account's token (its own bindings and those of its groups). */
    serviceAccountPower(namespace: string, name: string): SubjectPower;
}
/** The memoized analysis: `inventory.analysis(rbacAnalysis, undefined)` (or with options). */
export declare function rbacAnalysis(inventory: Inventory, options: RbacOptions | undefined): RbacAnalysis;
