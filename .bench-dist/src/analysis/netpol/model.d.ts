/**
 * What the NetworkPolicy engine reads from an inventory: namespaces with their labels, the pods
 * that would run (one per pod template, one per bare Pod), and every NetworkPolicy compiled and
 * validated as the API server validates networking.k8s.io/v1. A policy the API server would reject
 * is left out, with a problem saying why.
 *
 * Rules cited in this folder come from the API reference and the concept page:
 * https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/ ("API") and
 * https://kubernetes.io/docs/concepts/services-networking/network-policies/ ("concepts").
 */
import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import { type Labels, type LabelSelector } from '../../k8s/label-selector.js';
import { IpSet, type Family } from './ip.js';
import { type Protocol } from './ports.js';
/** The label the API server puts on every namespace (concepts: "Targeting a Namespace by its name"). */
export declare const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
/**
 * How traffic of `hostNetwork: true` pods is treated. The concepts page ("NetworkPolicies and
 * hostNetwork pods") leaves it to the network plugin, with two possible behaviours:
 * - `node` (default, "the most common implementation"): the plugin cannot tell a hostNetwork pod
 *   from its node, so such pods are never selected by `podSelector`/`namespaceSelector` (neither as
 *   the policy's target nor as a rule's peer) and their traffic is the node's: only rules that
 *   allow every source/destination, or an `ipBlock` holding a node address, match it.
 * - `pod`: the plugin applies policies to hostNetwork pods like to any pod (np-guard's
 *   netpol-analyzer model).
 */
export type HostNetworkMode = 'node' | 'pod';
export interface NetpolOptions {
    readonly hostNetwork: HostNetworkMode;
}
export declare const DEFAULT_NETPOL_OPTIONS: NetpolOptions;
export interface NamespaceInfo {
    readonly name: string;
    /** Declared labels plus `kubernetes.io/metadata.name`, which the API server always sets. */
    readonly labels: Labels;
    readonly object?: InventoryObject;
}
export interface NamedPort {
    readonly name: string;
    readonly protocol: Protocol;
    readonly port: number;
}
/** A network endpoint of the map: the object that owns the pods (a Deployment, a bare Pod...). */
export interface Workload {
    readonly index: number;
    readonly kind: string;
    readonly namespace: string;
    readonly name: string;
    /** The object findings point at: the workload itself, or the first of its Pods when the owner is not in the input. */
    readonly object: InventoryObject;
    readonly pods: PodInfo[];
}
/** One pod as far as NetworkPolicy can tell: every replica of a template behaves the same. */
export interface PodInfo {
    readonly index: number;
    readonly workload: Workload;
    readonly view: PodSpecView;
    readonly namespace: string;
    readonly labels: Labels;
    /** Named container ports, which `port: <name>` in a rule resolves against (API: NetworkPolicyPort.port). */
    readonly namedPorts: readonly NamedPort[];
    readonly hostNetwork: boolean;
}
export type Direction = 'ingress' | 'egress';
export interface PodPeer {
    readonly kind: 'pods';
    readonly index: number;
    readonly pointer: string;
    /** Absent: the policy's own namespace (API: NetworkPolicyPeer.namespaceSelector). */
    readonly namespaceSelector?: LabelSelector;
    /** Absent: every pod of the selected namespaces (API: NetworkPolicyPeer.podSelector). */
    readonly podSelector?: LabelSelector;
    /** Equal for peers that select the same pods. */
    readonly key: string;
}
export interface IpPeer {
    readonly kind: 'ip';
    readonly index: number;
    readonly pointer: string;
    readonly cidr: string;
    readonly except: readonly string[];
    /** cidr minus except. */
    readonly set: IpSet;
}
export type Peer = PodPeer | IpPeer;
export interface PortSpec {
    readonly protocol: Protocol;
    /** Absent: every port of the protocol. A string is a named port. */
    readonly port?: number | string;
    readonly endPort?: number;
}
export interface Rule {
    /** Unique across the model. */
    readonly id: number;
    readonly policy: Policy;
    readonly direction: Direction;
    readonly index: number;
    readonly pointer: string;
    /** Absent or empty `from`/`to`: every source or destination, pods and addresses alike (API). */
    readonly peers?: readonly Peer[];
    /** Absent or empty `ports`: every port and protocol (API). */
    readonly ports?: readonly PortSpec[];
    readonly usesNamedPorts: boolean;
}
export interface Policy {
    readonly index: number;
    readonly object: InventoryObject;
    readonly namespace: string;
    readonly name: string;
    readonly podSelector: LabelSelector;
    /** Present when the policy isolates its pods for ingress (even with no rules: then it denies all). */
    readonly ingress?: readonly Rule[];
    readonly egress?: readonly Rule[];
}
export interface PolicyProblem {
    readonly object: InventoryObject;
    readonly pointer: string;
    readonly message: string;
}
export interface NetpolModel {
    readonly options: NetpolOptions;
    readonly namespaces: ReadonlyMap<string, NamespaceInfo>;
    readonly workloads: readonly Workload[];
    readonly pods: readonly PodInfo[];
    readonly policies: readonly Policy[];
    readonly rules: readonly Rule[];
    readonly policiesByNamespace: ReadonlyMap<string, readonly Policy[]>;
    /** Policies the API server would reject: not in effect. */
    readonly problems: readonly PolicyProblem[];
    /** Node addresses from Node objects (InternalIP, ExternalIP): what hostNetwork traffic comes from. */
    readonly nodeAddresses: readonly {
        family: Family;
        value: bigint;
    }[];
    /** True when a pod is treated as its node's traffic (hostNetwork in `node` mode). */
    isNodeTraffic(pod: PodInfo): boolean;
    namespaceLabels(namespace: string): Labels;
}
export declare function buildModel(inventory: Inventory, options?: NetpolOptions): NetpolModel;
