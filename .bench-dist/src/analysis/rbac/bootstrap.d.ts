/**
 * Kubernetes' bootstrap RBAC policy, and what kubeadm adds: the roles and bindings every cluster has
 * before anyone applies a manifest. The API server creates (and, with the annotation
 * `rbac.authorization.kubernetes.io/autoupdate: "true"`, keeps reconciling) the Kubernetes ones at
 * start-up, labelled `kubernetes.io/bootstrapping: rbac-defaults`.
 *
 * Sources (transcribed, Kubernetes v1.33 era):
 * - plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go, controller_policy.go and
 *   namespace_policy.go, as rendered in that package's testdata/ (cluster-roles.yaml,
 *   controller-roles.yaml, namespace-roles.yaml, namespace-role-bindings.yaml; the cluster role
 *   bindings as `ClusterRoleBindings()` builds them today: `system:node` has no subjects since the
 *   Node authorizer took over, and `system:discovery`/`system:basic-user` no longer name
 *   `system:unauthenticated`);
 * - kubeadm: cmd/kubeadm/app/phases/bootstraptoken/{node,clusterinfo}, addons/{proxy,dns},
 *   uploadconfig, kubelet, and the `kubeadm:cluster-admins` binding (v1.29+).
 *
 * Rules are written compactly: `R(verbs, apiGroups, resources, resourceNames?)`, each a comma-separated
 * list where an empty item is the core group (`',events.k8s.io'` is `["", "events.k8s.io"]`).
 */
import type { PolicyRule } from './rules.js';
export type BootstrapSource = 'kubernetes' | 'kubeadm';
export interface BootstrapRole {
    readonly kind: 'ClusterRole' | 'Role';
    readonly namespace?: string;
    readonly name: string;
    readonly rules: readonly PolicyRule[];
    readonly labels?: Readonly<Record<string, string>>;
    /** The aggregated roles' selectors (admin, edit, view). */
    readonly aggregateFrom?: readonly Readonly<Record<string, string>>[];
    readonly source: BootstrapSource;
}
export interface BootstrapSubject {
    readonly kind: 'User' | 'Group' | 'ServiceAccount';
    readonly name: string;
    readonly namespace?: string;
}
export interface BootstrapBinding {
    readonly kind: 'ClusterRoleBinding' | 'RoleBinding';
    readonly namespace?: string;
    readonly name: string;
    readonly roleRef: {
        readonly kind: 'ClusterRole' | 'Role';
        readonly name: string;
    };
    readonly subjects: readonly BootstrapSubject[];
    readonly source: BootstrapSource;
}
export declare const BOOTSTRAP_ROLES: readonly BootstrapRole[];
export declare const BOOTSTRAP_BINDINGS: readonly BootstrapBinding[];
/** The label the API server puts on the roles and bindings it bootstraps. */
export declare const BOOTSTRAPPING_LABEL = "kubernetes.io/bootstrapping";
/**
 * Service accounts Kubernetes and kubeadm create in kube-system: one per controller of
 * kube-controller-manager (it runs each under its own account with `--use-service-account-credentials`,
 * as kubeadm sets), plus the ones the bootstrap bindings name.
 */
export declare const SYSTEM_SERVICE_ACCOUNTS: ReadonlySet<string>;
export declare function bootstrapRole(kind: string, namespace: string | undefined, name: string): BootstrapRole | undefined;
export declare function bootstrapBinding(kind: string, namespace: string | undefined, name: string): BootstrapBinding | undefined;
