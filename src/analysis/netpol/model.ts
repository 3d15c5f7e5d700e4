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
import { compileSelector, isSelectorError, type Labels, type LabelSelector } from '../../k8s/label-selector.js';
import { isRecord } from '../../k8s/types.js';
import { IpSet, parseCidr, parseIp, type Family } from './ip.js';
import { isProtocol, MAX_PORT, MIN_PORT, type Protocol } from './ports.js';

/** The label the API server puts on every namespace (concepts: "Targeting a Namespace by its name"). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

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

export const DEFAULT_NETPOL_OPTIONS: NetpolOptions = { hostNetwork: 'node' };

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
  readonly nodeAddresses: readonly { family: Family; value: bigint }[];
  /** True when a pod is treated as its node's traffic (hostNetwork in `node` mode). */
  isNodeTraffic(pod: PodInfo): boolean;
  namespaceLabels(namespace: string): Labels;
}

/** Kinds whose pods run; a PodTemplate is only a template. */
const RUNNING_KINDS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController']);

export function buildModel(inventory: Inventory, options: NetpolOptions = DEFAULT_NETPOL_OPTIONS): NetpolModel {
  const namespaces = new Map<string, NamespaceInfo>();
  const addNamespace = (name: string) => {
    if (namespaces.has(name)) return;
    const object = inventory.get('Namespace', undefined, name);
    const declared = object?.object.metadata.labels;
    namespaces.set(name, { name, labels: { ...(isRecord(declared) ? declared : {}), [NAMESPACE_NAME_LABEL]: name }, object });
  };
  for (const ns of inventory.ofKind('Namespace')) addNamespace(ns.name);

  const workloads: Workload[] = [];
  const pods: PodInfo[] = [];
  const byOwner = new Map<string, Workload>();
  // Sorted, so that classes, groups and every answer built on them do not depend on input order.
  const views = inventory
    .podSpecs()
    .filter((v) => RUNNING_KINDS.has(v.owner.kind))
    .map((view) => ({ view, owner: view.owner.kind === 'Pod' ? controllerRef(view.owner) : undefined }))
    .sort((a, b) => cmp(a.view.namespace, b.view.namespace) || cmp(a.owner?.name ?? a.view.owner.name, b.owner?.name ?? b.view.owner.name) || cmp(a.owner?.kind ?? a.view.owner.kind, b.owner?.kind ?? b.view.owner.kind) || cmp(a.view.owner.name, b.view.owner.name));
  for (const { view, owner } of views) {
    addNamespace(view.namespace);
    // Pods whose controller is not in the input are grouped under it, as a snapshot of pods shows them.
    const kind = owner?.kind ?? view.owner.kind;
    const name = owner?.name ?? view.owner.name;
    const key = `${kind}\0${view.namespace}\0${name}`;
    let workload = owner ? byOwner.get(key) : undefined;
    if (!workload) {
      workload = { index: workloads.length, kind, namespace: view.namespace, name, object: view.owner, pods: [] };
      workloads.push(workload);
      if (owner) byOwner.set(key, workload);
    }
    const labels = isRecord(view.metadata.labels) ? (view.metadata.labels as Labels) : {};
    const pod: PodInfo = { index: pods.length, workload, view, namespace: view.namespace, labels, namedPorts: namedPorts(view), hostNetwork: view.spec.hostNetwork === true };
    workload.pods.push(pod);
    pods.push(pod);
  }

  const problems: PolicyProblem[] = [];
  const policies: Policy[] = [];
  const rules: Rule[] = [];
  for (const object of [...inventory.ofKind('NetworkPolicy')].sort((a, b) => cmp(a.namespace ?? '', b.namespace ?? '') || cmp(a.name, b.name))) {
    if (!object.ref.apiVersion.startsWith('networking.k8s.io/')) continue;
    const compiled = compilePolicy(object, policies.length, rules.length);
    if ('error' in compiled) {
      problems.push({ object, pointer: compiled.pointer, message: compiled.error });
      continue;
    }
    addNamespace(compiled.policy.namespace);
    policies.push(compiled.policy);
    rules.push(...(compiled.policy.ingress ?? []), ...(compiled.policy.egress ?? []));
  }
  const policiesByNamespace = new Map<string, Policy[]>();
  for (const p of policies) {
    let list = policiesByNamespace.get(p.namespace);
    if (!list) policiesByNamespace.set(p.namespace, (list = []));
    list.push(p);
  }

  const nodeAddresses: { family: Family; value: bigint }[] = [];
  for (const node of inventory.ofKind('Node')) {
    const status = node.object.status;
    const addresses = isRecord(status) && Array.isArray(status.addresses) ? status.addresses : [];
    for (const a of addresses) {
      if (!isRecord(a) || (a.type !== 'InternalIP' && a.type !== 'ExternalIP') || typeof a.address !== 'string') continue;
      const ip = parseIp(a.address);
      if (ip) nodeAddresses.push(ip);
    }
  }

  const fallbackLabels = new Map<string, Labels>();
  return {
    options,
    namespaces,
    workloads,
    pods,
    policies,
    rules,
    policiesByNamespace,
    problems,
    nodeAddresses,
    isNodeTraffic: options.hostNetwork === 'node' ? (pod) => pod.hostNetwork : () => false,
    namespaceLabels(name) {
      const known = namespaces.get(name);
      if (known) return known.labels;
      let labels = fallbackLabels.get(name);
      if (!labels) fallbackLabels.set(name, (labels = { [NAMESPACE_NAME_LABEL]: name }));
      return labels;
    },
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function controllerRef(pod: InventoryObject): { kind: string; name: string } | undefined {
  const refs: unknown = pod.object.metadata.ownerReferences;
  if (!Array.isArray(refs)) return undefined;
  const ref = refs.find((r) => isRecord(r) && r.controller === true && typeof r.kind === 'string' && typeof r.name === 'string');
  // a static pod's mirror is owned by its Node: it is its own workload
  return ref && ref.kind !== 'Node' ? { kind: ref.kind, name: ref.name } : undefined;
}

/**
 * Named ports of a pod's containers and of its sidecars (init containers with `restartPolicy:
 * Always`, which keep running and serve traffic). Port names are unique within a pod; the first
 * declaration wins if the input repeats one.
 */
function namedPorts(view: PodSpecView): NamedPort[] {
  const out: NamedPort[] = [];
  for (const c of view.containers) {
    if (c.kind === 'ephemeralContainers' || (c.kind === 'initContainers' && c.container.restartPolicy !== 'Always')) continue;
    for (const p of c.container.ports ?? []) {
      if (!isRecord(p) || typeof p.name !== 'string' || p.name === '' || typeof p.containerPort !== 'number') continue;
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      if (!isProtocol(protocol) || out.some((n) => n.name === p.name)) continue;
      out.push({ name: p.name, protocol, port: p.containerPort });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Compiled = { policy: Policy } | { error: string; pointer: string };

class Invalid extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
  }
}

function compilePolicy(object: InventoryObject, index: number, firstRuleId: number): Compiled {
  try {
    return { policy: compileOrThrow(object, index, firstRuleId) };
  } catch (e) {
    if (e instanceof Invalid) return { error: e.message, pointer: e.pointer };
    throw e;
  }
}

function selector(raw: unknown, pointer: string): LabelSelector {
  const s = compileSelector(raw);
  if (isSelectorError(s)) throw new Invalid(s.error, pointer);
  return s;
}

function compileOrThrow(object: InventoryObject, index: number, firstRuleId: number): Policy {
  const spec = isRecord(object.object.spec) ? object.object.spec : {};
  // API: podSelector is required; the empty selector `{}` selects every pod of the namespace.
  if (!isRecord(spec.podSelector)) throw new Invalid('spec.podSelector is required (use {} to select every pod in the namespace)', '/spec');
  const podSelector = selector(spec.podSelector, '/spec/podSelector');
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
  for (const [i, t] of types.entries()) if (t !== 'Ingress' && t !== 'Egress') throw new Invalid(`policyTypes: "${String(t)}" is not Ingress or Egress`, `/spec/policyTypes/${i}`);
  const ingressRules = Array.isArray(spec.ingress) ? spec.ingress : [];
  const egressRules = Array.isArray(spec.egress) ? spec.egress : [];
  // API: "If this field is not specified, it will default based on the existence of ingress or egress
  // rules; policies that contain an egress section are assumed to affect egress, and all policies
  // (whether or not they contain an ingress section) are assumed to affect ingress."
  const affectsIngress = types.length > 0 ? types.includes('Ingress') : true;
  const affectsEgress = types.length > 0 ? types.includes('Egress') : egressRules.length > 0;
  const policy: { -readonly [K in keyof Policy]: Policy[K] } = {
    index,
    object,
    namespace: object.namespace ?? 'default',
    name: object.name,
    podSelector,
  };
  let ruleId = firstRuleId;
  const compileRules = (list: unknown[], direction: Direction): Rule[] =>
    list.map((raw, i) => {
      const pointer = `/spec/${direction}/${i}`;
      const r = isRecord(raw) ? raw : {};
      const peersRaw = direction === 'ingress' ? r.from : r.to;
      const peers = Array.isArray(peersRaw) && peersRaw.length > 0 ? peersRaw.map((p, j) => compilePeer(p, `${pointer}/${direction === 'ingress' ? 'from' : 'to'}/${j}`, j, policy.namespace!)) : undefined;
      const ports = Array.isArray(r.ports) && r.ports.length > 0 ? r.ports.map((p, j) => compilePort(p, `${pointer}/ports/${j}`)) : undefined;
      return { id: ruleId++, policy: policy as Policy, direction, index: i, pointer, peers, ports, usesNamedPorts: ports?.some((p) => typeof p.port === 'string') ?? false };
    });
  // Rules of a direction the policy does not affect are ignored (API: policyTypes).
  if (affectsIngress) policy.ingress = compileRules(ingressRules, 'ingress');
  if (affectsEgress) policy.egress = compileRules(egressRules, 'egress');
  return policy as Policy;
}

function compilePeer(raw: unknown, pointer: string, index: number, namespace: string): Peer {
  if (!isRecord(raw)) throw new Invalid('a peer must be a mapping', pointer);
  const hasPod = raw.podSelector !== undefined && raw.podSelector !== null;
  const hasNs = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null;
  const hasIp = raw.ipBlock !== undefined && raw.ipBlock !== null;
  // API validation: a peer names at least one of podSelector, namespaceSelector, ipBlock, and ipBlock stands alone.
  if (!hasPod && !hasNs && !hasIp) throw new Invalid('a peer must specify podSelector, namespaceSelector or ipBlock', pointer);
  if (hasIp && (hasPod || hasNs)) throw new Invalid('a peer may not combine ipBlock with podSelector or namespaceSelector', pointer);
  if (hasIp) return compileIpBlock(raw.ipBlock, `${pointer}/ipBlock`, index, pointer);
  const podSelector = hasPod ? selector(raw.podSelector, `${pointer}/podSelector`) : undefined;
  const namespaceSelector = hasNs ? selector(raw.namespaceSelector, `${pointer}/namespaceSelector`) : undefined;
  // API: podSelector alone selects in the policy's namespace; namespaceSelector alone selects every pod
  // of the matching namespaces; both select the matching pods of the matching namespaces.
  const key = `${namespaceSelector ? `sel:${namespaceSelector.key}` : `ns:${namespace}`}\0${podSelector && !podSelector.empty ? podSelector.key : '*'}`;
  return { kind: 'pods', index, pointer, namespaceSelector, podSelector, key };
}

function compileIpBlock(raw: unknown, pointer: string, index: number, peerPointer: string): IpPeer {
  if (!isRecord(raw) || typeof raw.cidr !== 'string') throw new Invalid('ipBlock.cidr is required', pointer);
  const cidr = parseCidr(raw.cidr);
  if (!cidr) throw new Invalid(`ipBlock.cidr "${raw.cidr}" is not a valid CIDR`, `${pointer}/cidr`);
  const except = Array.isArray(raw.except) ? raw.except : [];
  let set = IpSet.cidr(cidr);
  for (const [i, e] of except.entries()) {
    const c = typeof e === 'string' ? parseCidr(e) : undefined;
    if (!c) throw new Invalid(`ipBlock.except "${String(e)}" is not a valid CIDR`, `${pointer}/except/${i}`);
    // API validation: each except must be a strict subset of cidr
    if (c.family !== cidr.family || c.lo < cidr.lo || c.hi > cidr.hi || (c.lo === cidr.lo && c.hi === cidr.hi)) {
      throw new Invalid(`ipBlock.except "${e as string}" must be a strict subset of cidr "${raw.cidr}"`, `${pointer}/except/${i}`);
    }
    set = set.subtract(IpSet.cidr(c));
  }
  return { kind: 'ip', index, pointer: peerPointer, cidr: raw.cidr, except: except as string[], set };
}

/** IANA_SVC_NAME, what a named port must be (k8s.io/apimachinery validation.IsValidPortName). */
const PORT_NAME = /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;

function compilePort(raw: unknown, pointer: string): PortSpec {
  if (!isRecord(raw)) throw new Invalid('a port must be a mapping', pointer);
  // API: "protocol ... If not specified, this field defaults to TCP."
  const protocol = raw.protocol === undefined || raw.protocol === null ? 'TCP' : raw.protocol;
  if (typeof protocol !== 'string' || !isProtocol(protocol)) throw new Invalid(`protocol "${String(protocol)}" is not TCP, UDP or SCTP`, `${pointer}/protocol`);
  const port = raw.port;
  if (port === undefined || port === null) {
    if (raw.endPort !== undefined && raw.endPort !== null) throw new Invalid('endPort requires a numeric port', `${pointer}/endPort`);
    return { protocol };
  }
  if (typeof port === 'string') {
    if (!PORT_NAME.test(port)) throw new Invalid(`port "${port}" is neither a port number nor a valid port name`, `${pointer}/port`);
    if (raw.endPort !== undefined && raw.endPort !== null) throw new Invalid('endPort cannot be used with a named port', `${pointer}/endPort`);
    return { protocol, port };
  }
  if (typeof port !== 'number' || !Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) throw new Invalid(`port ${String(port)} is not between 1 and 65535`, `${pointer}/port`);
  if (raw.endPort === undefined || raw.endPort === null) return { protocol, port };
  const endPort = raw.endPort;
  // API: "endPort indicates that the range of ports from port to endPort if set, inclusive ... The endPort must be equal or greater than port."
  if (typeof endPort !== 'number' || !Number.isInteger(endPort) || endPort < port || endPort > MAX_PORT) throw new Invalid(`endPort ${String(endPort)} must be between port ${port} and 65535`, `${pointer}/endPort`);
  return { protocol, port, endPort };
}
