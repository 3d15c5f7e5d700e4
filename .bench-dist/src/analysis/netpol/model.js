import { compileSelector, isSelectorError } from '../../k8s/label-selector.js';
import { isRecord } from '../../k8s/types.js';
import { IpSet, parseCidr, parseIp } from './ip.js';
import { isProtocol, MAX_PORT, MIN_PORT } from './ports.js';
/** The label the API server puts on every namespace (concepts: "Targeting a Namespace by its name"). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
export const DEFAULT_NETPOL_OPTIONS = { hostNetwork: 'node' };
/** Kinds whose pods run; a PodTemplate is only a template. */
const RUNNING_KINDS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController']);
export function buildModel(inventory, options = DEFAULT_NETPOL_OPTIONS) {
    const namespaces = new Map();
    const addNamespace = (name) => {
        if (namespaces.has(name))
            return;
        const object = inventory.get('Namespace', undefined, name);
        const declared = object?.object.metadata.labels;
        namespaces.set(name, { name, labels: { ...(isRecord(declared) ? declared : {}), [NAMESPACE_NAME_LABEL]: name }, object });
    };
    for (const ns of inventory.ofKind('Namespace'))
        addNamespace(ns.name);
    const workloads = [];
    const pods = [];
    const byOwner = new Map();
    for (const view of inventory.podSpecs()) {
        if (!RUNNING_KINDS.has(view.owner.kind))
            continue;
        addNamespace(view.namespace);
        // Pods whose controller is not in the input are grouped under it, as a snapshot of pods shows them.
        const owner = view.owner.kind === 'Pod' ? controllerRef(view.owner) : undefined;
        const kind = owner?.kind ?? view.owner.kind;
        const name = owner?.name ?? view.owner.name;
        const key = `${kind}\0${view.namespace}\0${name}`;
        let workload = owner ? byOwner.get(key) : undefined;
        if (!workload) {
            workload = { index: workloads.length, kind, namespace: view.namespace, name, object: view.owner, pods: [] };
            workloads.push(workload);
            if (owner)
                byOwner.set(key, workload);
        }
        const labels = isRecord(view.metadata.labels) ? view.metadata.labels : {};
        const pod = { index: pods.length, workload, view, namespace: view.namespace, labels, namedPorts: namedPorts(view), hostNetwork: view.spec.hostNetwork === true };
        workload.pods.push(pod);
        pods.push(pod);
    }
    const problems = [];
    const policies = [];
    const rules = [];
    for (const object of inventory.ofKind('NetworkPolicy')) {
        if (!object.ref.apiVersion.startsWith('networking.k8s.io/'))
            continue;
        const compiled = compilePolicy(object, policies.length, rules.length);
        if ('error' in compiled) {
            problems.push({ object, pointer: compiled.pointer, message: compiled.error });
            continue;
        }
        addNamespace(compiled.policy.namespace);
        policies.push(compiled.policy);
        rules.push(...(compiled.policy.ingress ?? []), ...(compiled.policy.egress ?? []));
    }
    const policiesByNamespace = new Map();
    for (const p of policies) {
        let list = policiesByNamespace.get(p.namespace);
        if (!list)
            policiesByNamespace.set(p.namespace, (list = []));
        list.push(p);
    }
    const nodeAddresses = [];
    for (const node of inventory.ofKind('Node')) {
        const status = node.object.status;
        const addresses = isRecord(status) && Array.isArray(status.addresses) ? status.addresses : [];
        for (const a of addresses) {
            if (!isRecord(a) || (a.type !== 'InternalIP' && a.type !== 'ExternalIP') || typeof a.address !== 'string')
                continue;
            const ip = parseIp(a.address);
            if (ip)
                nodeAddresses.push(ip);
        }
    }
    const fallbackLabels = new Map();
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
            if (known)
                return known.labels;
            let labels = fallbackLabels.get(name);
            if (!labels)
                fallbackLabels.set(name, (labels = { [NAMESPACE_NAME_LABEL]: name }));
            return labels;
        },
    };
}
function controllerRef(pod) {
    const refs = pod.object.metadata.ownerReferences;
    if (!Array.isArray(refs))
        return undefined;
    const ref = refs.find((r) => isRecord(r) && r.controller === true && typeof r.kind === 'string' && typeof r.name === 'string');
    // a static pod's mirror is owned by its Node: it is its own workload
    return ref && ref.kind !== 'Node' ? { kind: ref.kind, name: ref.name } : undefined;
}
/**
 * Named ports of a pod's containers and of its sidecars (init containers with `restartPolicy:
 * Always`, which keep running and serve traffic). Port names are unique within a pod; the first
 * declaration wins if the input repeats one.
 */
function namedPorts(view) {
    const out = [];
    for (const c of view.containers) {
        if (c.kind === 'ephemeralContainers' || (c.kind === 'initContainers' && c.container.restartPolicy !== 'Always'))
            continue;
        for (const p of c.container.ports ?? []) {
            if (!isRecord(p) || typeof p.name !== 'string' || p.name === '' || typeof p.containerPort !== 'number')
                continue;
            const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
            if (!isProtocol(protocol) || out.some((n) => n.name === p.name))
                continue;
            out.push({ name: p.name, protocol, port: p.containerPort });
        }
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
class Invalid extends Error {
    pointer;
    constructor(message, pointer) {
        super(message);
        this.pointer = pointer;
    }
}
function compilePolicy(object, index, firstRuleId) {
    try {
        return { policy: compileOrThrow(object, index, firstRuleId) };
    }
    catch (e) {
        if (e instanceof Invalid)
            return { error: e.message, pointer: e.pointer };
        throw e;
    }
}
function selector(raw, pointer) {
    const s = compileSelector(raw);
    if (isSelectorError(s))
        throw new Invalid(s.error, pointer);
    return s;
}
function compileOrThrow(object, index, firstRuleId) {
    const spec = isRecord(object.object.spec) ? object.object.spec : {};
    // API: podSelector is required; the empty selector `{}` selects every pod of the namespace.
    if (!isRecord(spec.podSelector))
        throw new Invalid('spec.podSelector is required (use {} to select every pod in the namespace)', '/spec');
    const podSelector = selector(spec.podSelector, '/spec/podSelector');
    const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
    for (const [i, t] of types.entries())
        if (t !== 'Ingress' && t !== 'Egress')
            throw new Invalid(`policyTypes: "${String(t)}" is not Ingress or Egress`, `/spec/policyTypes/${i}`);
    const ingressRules = Array.isArray(spec.ingress) ? spec.ingress : [];
    const egressRules = Array.isArray(spec.egress) ? spec.egress : [];
    // API: "If this field is not specified, it will default based on the existence of ingress or egress
    // rules; policies that contain an egress section are assumed to affect egress, and all policies
    // (whether or not they contain an ingress section) are assumed to affect ingress."
    const affectsIngress = types.length > 0 ? types.includes('Ingress') : true;
    const affectsEgress = types.length > 0 ? types.includes('Egress') : egressRules.length > 0;
    const policy = {
        index,
        object,
        namespace: object.namespace ?? 'default',
        name: object.name,
        podSelector,
    };
    let ruleId = firstRuleId;
    const compileRules = (list, direction) => list.map((raw, i) => {
        const pointer = `/spec/${direction}/${i}`;
        const r = isRecord(raw) ? raw : {};
        const peersRaw = direction === 'ingress' ? r.from : r.to;
        const peers = Array.isArray(peersRaw) && peersRaw.length > 0 ? peersRaw.map((p, j) => compilePeer(p, `${pointer}/${direction === 'ingress' ? 'from' : 'to'}/${j}`, j, policy.namespace)) : undefined;
        const ports = Array.isArray(r.ports) && r.ports.length > 0 ? r.ports.map((p, j) => compilePort(p, `${pointer}/ports/${j}`)) : undefined;
        return { id: ruleId++, policy: policy, direction, index: i, pointer, peers, ports, usesNamedPorts: ports?.some((p) => typeof p.port === 'string') ?? false };
    });
    // Rules of a direction the policy does not affect are ignored (API: policyTypes).
    if (affectsIngress)
        policy.ingress = compileRules(ingressRules, 'ingress');
    if (affectsEgress)
        policy.egress = compileRules(egressRules, 'egress');
    return policy;
}
function compilePeer(raw, pointer, index, namespace) {
    if (!isRecord(raw))
        throw new Invalid('a peer must be a mapping', pointer);
    const hasPod = raw.podSelector !== undefined && raw.podSelector !== null;
    const hasNs = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null;
    const hasIp = raw.ipBlock !== undefined && raw.ipBlock !== null;
    // API validation: a peer names at least one of podSelector, namespaceSelector, ipBlock, and ipBlock stands alone.
    if (!hasPod && !hasNs && !hasIp)
        throw new Invalid('a peer must specify podSelector, namespaceSelector or ipBlock', pointer);
    if (hasIp && (hasPod || hasNs))
        throw new Invalid('a peer may not combine ipBlock with podSelector or namespaceSelector', pointer);
    if (hasIp)
        return compileIpBlock(raw.ipBlock, `${pointer}/ipBlock`, index, pointer);
    const podSelector = hasPod ? selector(raw.podSelector, `${pointer}/podSelector`) : undefined;
    const namespaceSelector = hasNs ? selector(raw.namespaceSelector, `${pointer}/namespaceSelector`) : undefined;
    // API: podSelector alone selects in the policy's namespace; namespaceSelector alone selects every pod
    // of the matching namespaces; both select the matching pods of the matching namespaces.
    const key = `${namespaceSelector ? `sel:${namespaceSelector.key}` : `ns:${namespace}`}\0${podSelector && !podSelector.empty ? podSelector.key : '*'}`;
    return { kind: 'pods', index, pointer, namespaceSelector, podSelector, key };
}
function compileIpBlock(raw, pointer, index, peerPointer) {
    if (!isRecord(raw) || typeof raw.cidr !== 'string')
        throw new Invalid('ipBlock.cidr is required', pointer);
    const cidr = parseCidr(raw.cidr);
    if (!cidr)
        throw new Invalid(`ipBlock.cidr "${raw.cidr}" is not a valid CIDR`, `${pointer}/cidr`);
    const except = Array.isArray(raw.except) ? raw.except : [];
    let set = IpSet.cidr(cidr);
    for (const [i, e] of except.entries()) {
        const c = typeof e === 'string' ? parseCidr(e) : undefined;
        if (!c)
            throw new Invalid(`ipBlock.except "${String(e)}" is not a valid CIDR`, `${pointer}/except/${i}`);
        // API validation: each except must be a strict subset of cidr
        if (c.family !== cidr.family || c.lo < cidr.lo || c.hi > cidr.hi || (c.lo === cidr.lo && c.hi === cidr.hi)) {
            throw new Invalid(`ipBlock.except "${e}" must be a strict subset of cidr "${raw.cidr}"`, `${pointer}/except/${i}`);
        }
        set = set.subtract(IpSet.cidr(c));
    }
    return { kind: 'ip', index, pointer: peerPointer, cidr: raw.cidr, except: except, set };
}
/** IANA_SVC_NAME, what a named port must be (k8s.io/apimachinery validation.IsValidPortName). */
const PORT_NAME = /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;
function compilePort(raw, pointer) {
    if (!isRecord(raw))
        throw new Invalid('a port must be a mapping', pointer);
    // API: "protocol ... If not specified, this field defaults to TCP."
    const protocol = raw.protocol === undefined || raw.protocol === null ? 'TCP' : raw.protocol;
    if (typeof protocol !== 'string' || !isProtocol(protocol))
        throw new Invalid(`protocol "${String(protocol)}" is not TCP, UDP or SCTP`, `${pointer}/protocol`);
    const port = raw.port;
    if (port === undefined || port === null) {
        if (raw.endPort !== undefined && raw.endPort !== null)
            throw new Invalid('endPort requires a numeric port', `${pointer}/endPort`);
        return { protocol };
    }
    if (typeof port === 'string') {
        if (!PORT_NAME.test(port))
            throw new Invalid(`port "${port}" is neither a port number nor a valid port name`, `${pointer}/port`);
        if (raw.endPort !== undefined && raw.endPort !== null)
            throw new Invalid('endPort cannot be used with a named port', `${pointer}/endPort`);
        return { protocol, port };
    }
    if (typeof port !== 'number' || !Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT)
        throw new Invalid(`port ${String(port)} is not between 1 and 65535`, `${pointer}/port`);
    if (raw.endPort === undefined || raw.endPort === null)
        return { protocol, port };
    const endPort = raw.endPort;
    // API: "endPort indicates that the range of ports from port to endPort if set, inclusive ... The endPort must be equal or greater than port."
    if (typeof endPort !== 'number' || !Number.isInteger(endPort) || endPort < port || endPort > MAX_PORT)
        throw new Invalid(`endPort ${String(endPort)} must be between port ${port} and 65535`, `${pointer}/endPort`);
    return { protocol, port, endPort };
}
//# sourceMappingURL=model.js.map