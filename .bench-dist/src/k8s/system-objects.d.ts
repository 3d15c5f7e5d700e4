/**
 * Objects Kubernetes creates itself, in every cluster, before anyone applies a manifest: the
 * `kubernetes` Service and its endpoints, a `kube-root-ca.crt` ConfigMap and a `default`
 * ServiceAccount in every namespace, the system PriorityClasses, the namespaces themselves, and
 * what kubeadm adds. A dump of a cluster (`kubectl get -A -o json`, a snapshot) holds them; they
 * are not the user's mistakes, so findings on them are left out **while they are as Kubernetes
 * creates them**. Once changed (a selector on the `kubernetes` Service, a token automount setting
 * or image pull secret on a `default` ServiceAccount, workloads in the `default` namespace), they
 * are the user's objects and are judged like any other.
 *
 * One place for this knowledge: a list of sources, each knowing a family of objects. Bootstrap
 * RBAC (roles and bindings the API server reconciles) is known by `src/analysis/rbac/bootstrap.ts`;
 * its engine may add a source here for findings on those objects.
 */
import type { KubernetesObject } from './types.js';
export interface SystemObjectContext {
    /** True when pod-bearing objects run in the namespace. */
    namespaceInUse(namespace: string): boolean;
}
export interface SystemObject {
    /** Who creates it, for notes: "the API server", "kubeadm". */
    readonly createdBy: string;
    /** True while the object is as its creator makes it. */
    untouched(object: KubernetesObject, context: SystemObjectContext): boolean;
}
/** Knows a family of system objects by identity. */
export interface SystemObjectSource {
    known(kind: string, namespace: string | undefined, name: string): SystemObject | undefined;
}
/** Every source of knowledge about system objects; add one here to extend it. */
export declare const SYSTEM_OBJECT_SOURCES: readonly SystemObjectSource[];
/** What Kubernetes knows about an object of this identity, when it creates one itself. */
export declare function systemObject(kind: string, namespace: string | undefined, name: string): SystemObject | undefined;
