import type { Diagnostic } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { type Finding } from '../findings/finding.js';
import { type ReadOptions } from './reader.js';
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
export declare function parseSubject(opts: {
    user?: string;
    serviceaccount?: string;
}): Subject | string;
export declare function usernameOf(s: Subject): string;
export interface ObservedRule {
    readonly apiGroups?: readonly string[];
    readonly resources?: readonly string[];
    readonly resourceNames?: readonly string[];
    readonly nonResourceURLs?: readonly string[];
    readonly verbs: readonly string[];
}
export interface LeastPrivilegeResult {
    readonly subject: Subject;
    readonly summary: {
        readonly events: number;
        readonly requests: number;
        readonly used: number;
        readonly from?: string;
        readonly to?: string;
    };
    /** Role, ClusterRole, RoleBinding and ClusterRoleBinding objects, ready to apply. */
    readonly objects: readonly Record<string, unknown>[];
    /** Permissions held (per the inventory) that no request used; empty without an inventory. */
    readonly findings: readonly Finding[];
    readonly diagnostics: readonly Diagnostic[];
}
export declare function leastPrivilege(paths: readonly string[], subject: Subject, opts?: ReadOptions & {
    inventory?: Inventory;
}, onDiagnostic?: (d: Diagnostic) => void): Promise<LeastPrivilegeResult>;
