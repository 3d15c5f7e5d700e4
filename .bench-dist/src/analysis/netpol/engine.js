import { IpSet as Ips } from './ip.js';
import { ConnInterner, ConnSet } from './ports.js';
import { peerMatches, rulePorts } from './semantics.js';
export class NetpolEngine {
    model;
    classes = [];
    srcGroups = [];
    dstGroups = [];
    classByPod = [];
    interner = new ConnInterner();
    staticPorts = new Map();
    namedPortCache = new Map();
    reachCache;
    constructor(model) {
        this.model = model;
        this.buildClasses();
        const { egress, ingress, inRules, outRules } = this.matchPolicies();
        this.buildGroups(egress, ingress, inRules, outRules);
    }
    classOf(pod) {
        return this.classByPod[pod.index];
    }
    /** What `src` may open to `dst`; a pod reaching itself is always allowed. */
    connPods(src, dst) {
        if (src === dst)
            return ConnSet.ALL;
        return this.connGroups(this.classOf(src).src, this.classOf(dst).dst);
    }
    /** Egress of the source group ∩ ingress of the destination group. */
    connGroups(s, d) {
        const egress = this.egressConn(s, d);
        if (egress.isEmpty())
            return egress;
        return this.interner.intern(egress.intersect(this.ingressConn(s, d)));
    }
    egressConn(s, d) {
        if (s.egressPolicies.length === 0)
            return ConnSet.ALL;
        let conn = ConnSet.NONE;
        for (const r of s.egressRules) {
            if (r.peers && !d.outRules.has(r.id))
                continue;
            conn = conn.union(this.ports(r, d.rep));
            if (conn.isAll())
                break;
        }
        return conn;
    }
    ingressConn(s, d) {
        if (d.ingressPolicies.length === 0)
            return ConnSet.ALL;
        let conn = ConnSet.NONE;
        for (const r of d.ingressRules) {
            if (r.peers && !s.inRules.has(r.id))
                continue;
            conn = conn.union(this.ports(r, d.rep));
            if (conn.isAll())
                break;
        }
        return conn;
    }
    /** A rule's ports towards a pod (named ports resolved) or towards addresses (`dst` undefined). */
    ports(rule, dst) {
        if (!rule.usesNamedPorts) {
            let c = this.staticPorts.get(rule.id);
            if (!c)
                this.staticPorts.set(rule.id, (c = this.interner.intern(rulePorts(rule, undefined))));
            return c;
        }
        const key = `${rule.id}\0${dst ? dst.namedPorts.map((n) => `${n.name}/${n.protocol}/${n.port}`).join(',') : '-'}`;
        let c = this.namedPortCache.get(key);
        if (!c)
            this.namedPortCache.set(key, (c = this.interner.intern(rulePorts(rule, dst))));
        return c;
    }
    /** Addresses a source group may send to, rule by rule (egress to the outside world). */
    egressExternal(s) {
        if (s.egressPolicies.length === 0)
            return [{ set: Ips.ALL, conn: ConnSet.ALL }];
        return this.externalAllows(s.egressRules, undefined);
    }
    /** Addresses a destination group accepts traffic from, rule by rule. */
    ingressExternal(d) {
        if (d.ingressPolicies.length === 0)
            return [{ set: Ips.ALL, conn: ConnSet.ALL }];
        return this.externalAllows(d.ingressRules, d.rep);
    }
    externalAllows(rules, dst) {
        const out = [];
        for (const rule of rules) {
            const conn = this.ports(rule, dst);
            if (conn.isEmpty())
                continue;
            if (!rule.peers)
                out.push({ set: Ips.ALL, conn, rule });
            else
                for (const p of rule.peers)
                    if (p.kind === 'ip')
                        out.push({ set: p.set, conn, rule });
        }
        return out;
    }
    /**
     * Every non-empty connection between groups, per source group. Candidates come from both sides:
     * destinations a source's egress rules match (or all, when egress is open) intersected with
     * destinations whose ingress is open or has a rule matching the source. Computed once.
     */
    reach() {
        if (this.reachCache)
            return this.reachCache;
        const D = this.dstGroups;
        const openIngress = [];
        const openToAll = [];
        const byIngressPolicy = new Map();
        const byEgressRule = new Map();
        for (const d of D) {
            if (d.ingressPolicies.length === 0)
                openIngress.push(d.index);
            else if (d.ingressRules.some((r) => !r.peers))
                openToAll.push(d.index);
            for (const p of d.ingressPolicies)
                push(byIngressPolicy, p.index, d.index);
            for (const r of d.outRules)
                push(byEgressRule, r, d.index);
        }
        const ruleById = this.model.rules;
        const ruleIndex = new Map(ruleById.map((r) => [r.id, r]));
        const seen = new Uint32Array(D.length);
        const inE = new Uint32Array(D.length);
        let stamp = 0;
        const out = [];
        for (const s of this.srcGroups) {
            stamp++;
            const candidates = [];
            const add = (d) => {
                if (seen[d] !== stamp) {
                    seen[d] = stamp;
                    candidates.push(d);
                }
            };
            openIngress.forEach(add);
            openToAll.forEach(add);
            for (const r of s.inRules)
                for (const d of byIngressPolicy.get(ruleIndex.get(r).policy.index) ?? [])
                    add(d);
            const egressAll = s.egressPolicies.length === 0 || s.egressRules.some((r) => !r.peers);
            if (!egressAll)
                for (const r of s.egressRules)
                    for (const d of byEgressRule.get(r.id) ?? [])
                        inE[d] = stamp;
            const dst = [];
            const conns = [];
            candidates.sort((a, b) => a - b);
            for (const d of candidates) {
                if (!egressAll && inE[d] !== stamp)
                    continue;
                const conn = s.egressPolicies.length === 0 && D[d].ingressPolicies.length === 0 ? ConnSet.ALL : this.connGroups(s, D[d]);
                if (conn.isEmpty())
                    continue;
                dst.push(d);
                conns.push(conn);
            }
            out.push({ dst, conns });
        }
        return (this.reachCache = out);
    }
    buildClasses() {
        const byKey = new Map();
        for (const pod of this.model.pods) {
            const nodeTraffic = this.model.isNodeTraffic(pod);
            const labelKey = Object.keys(pod.labels)
                .sort()
                .map((k) => `${k}=${pod.labels[k]}`)
                .join('\0');
            const portKey = pod.namedPorts.map((n) => `${n.name}/${n.protocol}/${n.port}`).join(',');
            const key = `${pod.namespace}\x01${labelKey}\x01${portKey}\x01${nodeTraffic ? 1 : 0}`;
            let c = byKey.get(key);
            if (!c) {
                c = { index: this.classes.length, namespace: pod.namespace, labels: pod.labels, namedPorts: pod.namedPorts, nodeTraffic, pods: [], src: undefined, dst: undefined };
                byKey.set(key, c);
                this.classes.push(c);
            }
            c.pods.push(pod);
            this.classByPod[pod.index] = c;
        }
    }
    /** Which policies select each class, and which rules' peers match it. */
    matchPolicies() {
        const n = this.classes.length;
        const egress = Array.from({ length: n }, () => []);
        const ingress = Array.from({ length: n }, () => []);
        const inRules = Array.from({ length: n }, () => []);
        const outRules = Array.from({ length: n }, () => []);
        const byNamespace = new Map();
        for (const c of this.classes)
            if (!c.nodeTraffic)
                push(byNamespace, c.namespace, c);
        for (const p of this.model.policies) {
            for (const c of byNamespace.get(p.namespace) ?? []) {
                if (!p.podSelector.matches(c.labels))
                    continue;
                if (p.ingress)
                    ingress[c.index].push(p.index);
                if (p.egress)
                    egress[c.index].push(p.index);
            }
        }
        const nodeClasses = this.classes.filter((c) => c.nodeTraffic);
        const namespaces = [...this.model.namespaces.keys()];
        const nsCache = new Map();
        const peerCache = new Map();
        const peerClasses = (policy, peer) => {
            let found = peerCache.get(peer.key);
            if (found)
                return found;
            let nss;
            if (!peer.namespaceSelector)
                nss = [policy.namespace];
            else {
                const sel = peer.namespaceSelector;
                let cached = nsCache.get(sel.key);
                if (!cached)
                    nsCache.set(sel.key, (cached = namespaces.filter((ns) => sel.matches(this.model.namespaceLabels(ns)))));
                nss = cached;
            }
            found = [];
            for (const ns of nss)
                for (const c of byNamespace.get(ns) ?? [])
                    if (!peer.podSelector || peer.podSelector.matches(c.labels))
                        found.push(c);
            peerCache.set(peer.key, found);
            return found;
        };
        for (const r of this.model.rules) {
            if (!r.peers)
                continue;
            const lists = r.direction === 'ingress' ? inRules : outRules;
            const mark = (c) => {
                const l = lists[c.index];
                if (l[l.length - 1] !== r.id)
                    l.push(r.id);
            };
            for (const peer of r.peers) {
                if (peer.kind === 'pods')
                    peerClasses(r.policy, peer).forEach(mark);
                else if (nodeClasses.length > 0 && peerMatches(this.model, r.policy, peer, { kind: 'pod', pod: nodeClasses[0].pods[0] }))
                    nodeClasses.forEach(mark);
            }
        }
        return { egress, ingress, inRules, outRules };
    }
    buildGroups(egress, ingress, inRules, outRules) {
        const policies = this.model.policies;
        const namedPortsMatter = this.model.rules.some((r) => r.usesNamedPorts);
        const srcByKey = new Map();
        const dstByKey = new Map();
        for (const c of this.classes) {
            const i = c.index;
            const sKey = `${egress[i].join(',')}|${inRules[i].join(',')}`;
            let s = srcByKey.get(sKey);
            if (!s) {
                const egressPolicies = egress[i].map((p) => policies[p]);
                s = { index: this.srcGroups.length, classes: [], egressPolicies, egressRules: egressPolicies.flatMap((p) => p.egress ?? []), inRules: new Set(inRules[i]) };
                srcByKey.set(sKey, s);
                this.srcGroups.push(s);
            }
            s.classes.push(c);
            c.src = s;
            const dKey = `${ingress[i].join(',')}|${outRules[i].join(',')}|${namedPortsMatter ? c.namedPorts.map((n) => `${n.name}/${n.protocol}/${n.port}`).join(',') : ''}`;
            let d = dstByKey.get(dKey);
            if (!d) {
                const ingressPolicies = ingress[i].map((p) => policies[p]);
                d = { index: this.dstGroups.length, classes: [], ingressPolicies, ingressRules: ingressPolicies.flatMap((p) => p.ingress ?? []), outRules: new Set(outRules[i]), rep: c.pods[0] };
                dstByKey.set(dKey, d);
                this.dstGroups.push(d);
            }
            d.classes.push(c);
            c.dst = d;
        }
    }
}
function push(map, key, value) {
    let list = map.get(key);
    if (!list)
        map.set(key, (list = []));
    list.push(value);
}
//# sourceMappingURL=engine.js.map