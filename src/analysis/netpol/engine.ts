/**
 * The class-based NetworkPolicy engine. Pods with the same namespace, labels, named ports and
 * host-network flag behave identically, so they form one class; classes that no policy tells apart
 * then collapse further into source groups (same egress policies, matched by the same ingress rule
 * peers) and destination groups (same ingress policies, matched by the same egress rule peers, same
 * named ports). Connectivity is computed once per pair of groups, and only for pairs that some
 * rule or an open side can connect, so the cost follows distinct label sets and policies, not pods
 * squared. `semantics.ts` is the definition; a property test holds this engine to it.
 */
import type { Labels } from '../../k8s/label-selector.js';
import type { IpSet } from './ip.js';
import { IpSet as Ips } from './ip.js';
import type { NamedPort, NetpolModel, PodInfo, PodPeer, Policy, Rule } from './model.js';
import { ConnInterner, ConnSet } from './ports.js';
import { peerMatches, rulePorts } from './semantics.js';

export interface PodClass {
  readonly index: number;
  readonly namespace: string;
  readonly labels: Labels;
  readonly namedPorts: readonly NamedPort[];
  /** Treated as its node's traffic (hostNetwork in `node` mode). */
  readonly nodeTraffic: boolean;
  readonly pods: PodInfo[];
  src: SrcGroup;
  dst: DstGroup;
}

export interface SrcGroup {
  readonly index: number;
  readonly classes: PodClass[];
  /** Policies that isolate these pods for egress; empty: egress is open. */
  readonly egressPolicies: readonly Policy[];
  readonly egressRules: readonly Rule[];
  /** Ingress rules whose peers match these pods as a source. */
  readonly inRules: ReadonlySet<number>;
}

export interface DstGroup {
  readonly index: number;
  readonly classes: PodClass[];
  /** Policies that isolate these pods for ingress; empty: ingress is open. */
  readonly ingressPolicies: readonly Policy[];
  readonly ingressRules: readonly Rule[];
  /** Egress rules whose peers match these pods as a destination. */
  readonly outRules: ReadonlySet<number>;
  /** A pod of the group: named ports resolve the same for all of them. */
  readonly rep: PodInfo;
}

/** Addresses a rule lets a pod reach (egress) or be reached from (ingress), with the ports. */
export interface ExternalAllow {
  readonly set: IpSet;
  readonly conn: ConnSet;
  readonly rule?: Rule;
}

/** Non-empty connections of one source group: destination group indexes and their ports. */
export interface GroupReach {
  readonly dst: readonly number[];
  readonly conns: readonly ConnSet[];
}

export class NetpolEngine {
  readonly classes: PodClass[] = [];
  readonly srcGroups: SrcGroup[] = [];
  readonly dstGroups: DstGroup[] = [];
  private readonly classByPod: PodClass[] = [];
  private readonly interner = new ConnInterner();
  private readonly staticPorts = new Map<number, ConnSet>();
  private readonly namedPortCache = new Map<string, ConnSet>();
  private reachCache: GroupReach[] | undefined;

  constructor(readonly model: NetpolModel) {
    this.buildClasses();
    const { egress, ingress, inRules, outRules } = this.matchPolicies();
    this.buildGroups(egress, ingress, inRules, outRules);
  }

  classOf(pod: PodInfo): PodClass {
    return this.classByPod[pod.index];
  }

  /** What `src` may open to `dst`; a pod reaching itself is always allowed. */
  connPods(src: PodInfo, dst: PodInfo): ConnSet {
    if (src === dst) return ConnSet.ALL;
    return this.connGroups(this.classOf(src).src, this.classOf(dst).dst);
  }

  /** Egress of the source group ∩ ingress of the destination group. */
  connGroups(s: SrcGroup, d: DstGroup): ConnSet {
    const egress = this.egressConn(s, d);
    if (egress.isEmpty()) return egress;
    return this.interner.intern(egress.intersect(this.ingressConn(s, d)));
  }

  private egressConn(s: SrcGroup, d: DstGroup): ConnSet {
    if (s.egressPolicies.length === 0) return ConnSet.ALL;
    let conn = ConnSet.NONE;
    for (const r of s.egressRules) {
      if (r.peers && !d.outRules.has(r.id)) continue;
      conn = conn.union(this.ports(r, d.rep));
      if (conn.isAll()) break;
    }
    return conn;
  }

  private ingressConn(s: SrcGroup, d: DstGroup): ConnSet {
    if (d.ingressPolicies.length === 0) return ConnSet.ALL;
    let conn = ConnSet.NONE;
    for (const r of d.ingressRules) {
      if (r.peers && !s.inRules.has(r.id)) continue;
      conn = conn.union(this.ports(r, d.rep));
      if (conn.isAll()) break;
    }
    return conn;
  }

  /** A rule's ports towards a pod (named ports resolved) or towards addresses (`dst` undefined). */
  ports(rule: Rule, dst: PodInfo | undefined): ConnSet {
    if (!rule.usesNamedPorts) {
      let c = this.staticPorts.get(rule.id);
      if (!c) this.staticPorts.set(rule.id, (c = this.interner.intern(rulePorts(rule, undefined))));
      return c;
    }
    const key = `${rule.id}\0${dst ? dst.namedPorts.map((n) => `${n.name}/${n.protocol}/${n.port}`).join(',') : '-'}`;
    let c = this.namedPortCache.get(key);
    if (!c) this.namedPortCache.set(key, (c = this.interner.intern(rulePorts(rule, dst))));
    return c;
  }

  /** Addresses a source group may send to, rule by rule (egress to the outside world). */
  egressExternal(s: SrcGroup): ExternalAllow[] {
    if (s.egressPolicies.length === 0) return [{ set: Ips.ALL, conn: ConnSet.ALL }];
    return this.externalAllows(s.egressRules, undefined);
  }

  /** Addresses a destination group accepts traffic from, rule by rule. */
  ingressExternal(d: DstGroup): ExternalAllow[] {
    if (d.ingressPolicies.length === 0) return [{ set: Ips.ALL, conn: ConnSet.ALL }];
    return this.externalAllows(d.ingressRules, d.rep);
  }

  private externalAllows(rules: readonly Rule[], dst: PodInfo | undefined): ExternalAllow[] {
    const out: ExternalAllow[] = [];
    for (const rule of rules) {
      const conn = this.ports(rule, dst);
      if (conn.isEmpty()) continue;
      if (!rule.peers) out.push({ set: Ips.ALL, conn, rule });
      else for (const p of rule.peers) if (p.kind === 'ip') out.push({ set: p.set, conn, rule });
    }
    return out;
  }

  /**
   * Every non-empty connection between groups, per source group. Candidates come from both sides:
   * destinations a source's egress rules match (or all, when egress is open) intersected with
   * destinations whose ingress is open or has a rule matching the source. Computed once.
   */
  reach(): readonly GroupReach[] {
    if (this.reachCache) return this.reachCache;
    const D = this.dstGroups;
    const openIngress: number[] = [];
    const openToAll: number[] = [];
    const byIngressPolicy = new Map<number, number[]>();
    const byEgressRule = new Map<number, number[]>();
    for (const d of D) {
      if (d.ingressPolicies.length === 0) openIngress.push(d.index);
      else if (d.ingressRules.some((r) => !r.peers)) openToAll.push(d.index);
      for (const p of d.ingressPolicies) push(byIngressPolicy, p.index, d.index);
      for (const r of d.outRules) push(byEgressRule, r, d.index);
    }
    const ruleById = this.model.rules;
    const ruleIndex = new Map<number, Rule>(ruleById.map((r) => [r.id, r]));
    const seen = new Uint32Array(D.length);
    const inE = new Uint32Array(D.length);
    let stamp = 0;
    const out: GroupReach[] = [];
    for (const s of this.srcGroups) {
      stamp++;
      const candidates: number[] = [];
      const add = (d: number) => {
        if (seen[d] !== stamp) {
          seen[d] = stamp;
          candidates.push(d);
        }
      };
      openIngress.forEach(add);
      openToAll.forEach(add);
      for (const r of s.inRules) for (const d of byIngressPolicy.get(ruleIndex.get(r)!.policy.index) ?? []) add(d);
      const egressAll = s.egressPolicies.length === 0 || s.egressRules.some((r) => !r.peers);
      if (!egressAll) for (const r of s.egressRules) for (const d of byEgressRule.get(r.id) ?? []) inE[d] = stamp;
      const dst: number[] = [];
      const conns: ConnSet[] = [];
      candidates.sort((a, b) => a - b);
      for (const d of candidates) {
        if (!egressAll && inE[d] !== stamp) continue;
        const conn = s.egressPolicies.length === 0 && D[d].ingressPolicies.length === 0 ? ConnSet.ALL : this.connGroups(s, D[d]);
        if (conn.isEmpty()) continue;
        dst.push(d);
        conns.push(conn);
      }
      out.push({ dst, conns });
    }
    return (this.reachCache = out);
  }

  private buildClasses(): void {
    const byKey = new Map<string, PodClass>();
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
        c = { index: this.classes.length, namespace: pod.namespace, labels: pod.labels, namedPorts: pod.namedPorts, nodeTraffic, pods: [], src: undefined!, dst: undefined! };
        byKey.set(key, c);
        this.classes.push(c);
      }
      c.pods.push(pod);
      this.classByPod[pod.index] = c;
    }
  }

  /** Which policies select each class, and which rules' peers match it. */
  private matchPolicies() {
    const n = this.classes.length;
    const egress: number[][] = Array.from({ length: n }, () => []);
    const ingress: number[][] = Array.from({ length: n }, () => []);
    const inRules: number[][] = Array.from({ length: n }, () => []);
    const outRules: number[][] = Array.from({ length: n }, () => []);
    const byNamespace = new Map<string, PodClass[]>();
    for (const c of this.classes) if (!c.nodeTraffic) push(byNamespace, c.namespace, c);
    for (const p of this.model.policies) {
      for (const c of byNamespace.get(p.namespace) ?? []) {
        if (!p.podSelector.matches(c.labels)) continue;
        if (p.ingress) ingress[c.index].push(p.index);
        if (p.egress) egress[c.index].push(p.index);
      }
    }
    const nodeClasses = this.classes.filter((c) => c.nodeTraffic);
    const namespaces = [...this.model.namespaces.keys()];
    const nsCache = new Map<string, string[]>();
    const peerCache = new Map<string, PodClass[]>();
    const peerClasses = (policy: Policy, peer: PodPeer): PodClass[] => {
      let found = peerCache.get(peer.key);
      if (found) return found;
      let nss: string[];
      if (!peer.namespaceSelector) nss = [policy.namespace];
      else {
        const sel = peer.namespaceSelector;
        let cached = nsCache.get(sel.key);
        if (!cached) nsCache.set(sel.key, (cached = namespaces.filter((ns) => sel.matches(this.model.namespaceLabels(ns)))));
        nss = cached;
      }
      found = [];
      for (const ns of nss) for (const c of byNamespace.get(ns) ?? []) if (!peer.podSelector || peer.podSelector.matches(c.labels)) found.push(c);
      peerCache.set(peer.key, found);
      return found;
    };
    for (const r of this.model.rules) {
      if (!r.peers) continue;
      const lists = r.direction === 'ingress' ? inRules : outRules;
      const mark = (c: PodClass) => {
        const l = lists[c.index];
        if (l[l.length - 1] !== r.id) l.push(r.id);
      };
      for (const peer of r.peers) {
        if (peer.kind === 'pods') peerClasses(r.policy, peer).forEach(mark);
        else if (nodeClasses.length > 0 && peerMatches(this.model, r.policy, peer, { kind: 'pod', pod: nodeClasses[0].pods[0] })) nodeClasses.forEach(mark);
      }
    }
    return { egress, ingress, inRules, outRules };
  }

  private buildGroups(egress: number[][], ingress: number[][], inRules: number[][], outRules: number[][]): void {
    const policies = this.model.policies;
    const namedPortsMatter = this.model.rules.some((r) => r.usesNamedPorts);
    const srcByKey = new Map<string, SrcGroup>();
    const dstByKey = new Map<string, DstGroup>();
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}
