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
import { type BootstrapBinding, type BootstrapRole } from './bootstrap.js';
import { type PolicyRule, type Request } from './rules.js';
import { type UserInfo } from './users.js';
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
    readonly roleRef: {
        readonly kind: string;
        readonly name: string;
        readonly apiGroup?: string;
    };
    /** Absent when the referenced role does not exist (the binding then grants nothing). */
    readonly role?: RbacRole;
    readonly subjects: readonly BindingSubject[];
    /** Kubernetes' (or kubeadm's) stock binding of this name, when there is one. */
    readonly stock?: BootstrapBinding;
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
export declare const DEFAULT_RBAC_OPTIONS: RbacOptions;
/** The username a subject matches (`u:`), or the group (`g:`): the authorizer's comparison in one string. */
export declare function subjectMatchKey(s: BindingSubject): string | undefined;
export interface Decision {
    readonly allowed: boolean;
    /** The first grant that allows it, in the authorizer's order (cluster role bindings first). */
    readonly by?: {
        readonly binding: RbacBinding;
        readonly subject: BindingSubject;
        readonly rule: EffectiveRule;
    };
    /** Members of system:masters are allowed everything before RBAC is asked. */
    readonly superuser?: boolean;
}
export interface WhoCanGrant {
    readonly binding: RbacBinding;
    readonly subject: BindingSubject;
}
export declare class RbacWorld {
    readonly options: RbacOptions;
    readonly roles: readonly RbacRole[];
    readonly bindings: readonly RbacBinding[];
    readonly clusterRoleBindings: readonly RbacBinding[];
    private readonly roleIndex;
    private readonly roleBindingsByNamespace;
    private readonly bindingsByRole;
    /** The authorizer visits ClusterRoleBindings first, then RoleBindings, each in input order. */
    private readonly visitOrder;
    /** `u:<username>` / `g:<group>` → the (binding, subject) pairs that match it. */
    private readonly bySubjectKey;
    private grantCache;
    constructor(inventory: Inventory, options?: RbacOptions);
    private bindingFromObject;
    role(kind: string, namespace: string | undefined, name: string): RbacRole | undefined;
    /** Bindings that reference a role (RoleBindings of any namespace for a ClusterRole). */
    bindingsOf(role: RbacRole): readonly RbacBinding[];
    roleBindingsIn(namespace: string): readonly RbacBinding[];
    /** Namespaces that have RoleBindings. */
    bindingNamespaces(): string[];
    /** The (binding, subject) pairs that apply to a user, in the authorizer's order, for requests in `namespace` (or cluster-wide). */
    bindingsFor(user: UserInfo, namespace?: string): {
        binding: RbacBinding;
        subject: BindingSubject;
    }[];
    /** Every (binding, subject) pair that matches a user, in any namespace: what it gets anywhere. */
    allBindingsFor(user: UserInfo): {
        binding: RbacBinding;
        subject: BindingSubject;
    }[];
    /** The authorizer: RBAC's decision for a user's request (preceded by system:masters, as in the API server). */
    authorize(user: UserInfo, request: Request): Decision;
    /** Every rule that applies to a user in a namespace (or cluster-wide), with the grant behind it: `RulesFor`. */
    rulesFor(user: UserInfo, namespace?: string): {
        binding: RbacBinding;
        subject: BindingSubject;
        rule: EffectiveRule;
    }[];
    /**
     * Who can make a request: the subjects as bindings write them (a Group stays a Group), each with
     * every binding that grants it. Without a namespace only ClusterRoleBindings count.
     */
    whoCan(request: Request): WhoCanGrant[];
    /** Every (binding, rule) pair with its scope: what the risky-grant checks read. */
    grants(): readonly Grant[];
}
/** A short, stable reference to a role for messages: `ClusterRole "edit"`, `Role "shop/reader"`. */
export declare function describeRole(r: {
    kind: string;
    namespace?: string;
    name: string;
}): string;
export declare function describeBinding(b: {
    kind: string;
    namespace?: string;
    name: string;
}): string;
export declare function describeSubject(s: {
    kind: string;
    namespace?: string;
    name: string;
}): string;
export declare function objectRef(x: {
    kind: string;
    namespace?: string;
    name: string;
}): ObjectRef;
