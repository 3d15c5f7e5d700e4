import type { Inventory } from '../inventory/inventory.js';
import type { UserInfo as RbacUserInfo } from '../analysis/rbac/users.js';
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
export declare function rbacUser(user: UserInfo): RbacUserInfo;
/**
 * How powerful an identity is: cluster-admin, or "high" when it can escalate, read Secrets or
 * create pods; undefined otherwise.
 */
export declare function subjectPower(inventory: Inventory, user: UserInfo): SubjectPower | undefined;
/**
 * Address ranges of the cluster's own clients: the Nodes' pod CIDRs and addresses, added to the
 * private ranges (the control plane's own nodes are seldom in the inventory). Undefined when the
 * inventory has no Nodes.
 */
export declare function clusterCidrs(inventory: Inventory): string[] | undefined;
/**
 * An enricher for the detector: an alert about an identity that holds cluster-admin power is raised
 * one severity step; any alert about a powerful identity says why in its message. Memoized per
 * identity.
 */
export declare function powerEnricher(inventory: Inventory): (alert: Alert, event: AuditEvent) => Alert;
