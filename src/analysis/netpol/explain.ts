/**
 * Why traffic between two endpoints is allowed or denied: every policy that selects each side and
 * every one of their rules, matched or not. What `rampart netpol explain` prints.
 */
import { formatSelector } from '../../k8s/label-selector.js';
import type { Family } from './ip.js';
import type { Direction, NetpolModel, Peer, PodInfo, Policy, Rule, Workload } from './model.js';
import type { ConnSet, PortRangeJson, Protocol } from './ports.js';
import { evaluate, peerMatches, rulePorts, selectingPolicies, type Endpoint } from './semantics.js';

export interface RuleExplanation {
  readonly policy: string;
  readonly direction: Direction;
  /** 0-based index in the policy's ingress/egress list. */
  readonly rule: number;
  /** What the rule admits, in words. */
  readonly peers: string;
  /** Whether its peers match the other endpoint. */
  readonly matches: boolean;
  /** What its ports allow towards the destination ("all" or ranges). */
  readonly ports: 'all' | PortRangeJson[];
  /** With --port: whether this rule allows it. */
  readonly allowsPort?: boolean;
}

export interface SideExplanation {
  readonly direction: Direction;
  /** Why this side does not restrict, when it does not. */
  readonly open?: 'not-selected' | 'host-network' | 'outside-cluster';
  readonly policies: readonly string[];
  readonly rules: readonly RuleExplanation[];
  readonly allowed: 'all' | PortRangeJson[];
}

export interface Explanation {
  readonly src: string;
  readonly dst: string;
  readonly port?: { readonly protocol: Protocol; readonly port: number };
  /** With a port: whether it is allowed; without: whether anything is. */
  readonly allowed: boolean;
  readonly ports: 'all' | PortRangeJson[];
  readonly self: boolean;
  readonly egress: SideExplanation;
  readonly ingress: SideExplanation;
}

export type ExplainTarget = { readonly kind: 'workload'; readonly workload: Workload; readonly pod: PodInfo } | { readonly kind: 'ip'; readonly family: Family; readonly value: bigint; readonly text: string };

export function explain(model: NetpolModel, src: ExplainTarget, dst: ExplainTarget, port?: { protocol: Protocol; port: number }): Explanation {
  const endpoint = (t: ExplainTarget): Endpoint => (t.kind === 'workload' ? { kind: 'pod', pod: t.pod } : { kind: 'ip', family: t.family, value: t.value });
  const verdict = evaluate(model, endpoint(src), endpoint(dst));
  const dstPod = dst.kind === 'workload' ? dst.pod : undefined;
  const side = (direction: Direction, subject: ExplainTarget, other: ExplainTarget, open: string | undefined, conn: ConnSet): SideExplanation => {
    if (subject.kind !== 'workload') return { direction, open: 'outside-cluster', policies: [], rules: [], allowed: 'all' };
    const policies = selectingPolicies(model, subject.pod, direction);
    const rules: RuleExplanation[] = [];
    for (const policy of policies) {
      for (const rule of policy[direction]!) {
        const matches = !rule.peers || rule.peers.some((p) => peerMatches(model, policy, p, endpoint(other)));
        const ports = rulePorts(rule, dstPod);
        rules.push({ policy: `${policy.namespace}/${policy.name}`, direction, rule: rule.index, peers: describePeers(rule), matches, ports: ports.toJSON(), ...(port && { allowsPort: matches && ports.contains(port.protocol, port.port) }) });
      }
    }
    return { direction, ...(open && { open: open as SideExplanation['open'] }), policies: policies.map((p) => `${p.namespace}/${p.name}`), rules, allowed: conn.toJSON() };
  };
  return {
    src: targetName(src),
    dst: targetName(dst),
    ...(port && { port }),
    allowed: port ? verdict.conn.contains(port.protocol, port.port) : !verdict.conn.isEmpty(),
    ports: verdict.conn.toJSON(),
    self: verdict.self,
    egress: side('egress', src, dst, verdict.egress.open, verdict.egress.conn),
    ingress: side('ingress', dst, src, verdict.ingress.open, verdict.ingress.conn),
  };
}

export function targetName(t: ExplainTarget): string {
  return t.kind === 'workload' ? `${t.workload.kind}/${t.workload.namespace}/${t.workload.name}` : t.text;
}

/** A rule's peers in words. */
export function describePeers(rule: Rule): string {
  const dir = rule.direction === 'ingress' ? 'from' : 'to';
  if (!rule.peers) return `${dir} anywhere (no ${dir}: every pod and address)`;
  return `${dir} ${rule.peers.map((p) => describePeer(rule.policy, p)).join(' or ')}`;
}

export function describePeer(policy: Policy, p: Peer): string {
  if (p.kind === 'ip') return `ipBlock ${p.cidr}${p.except.length ? ` except ${p.except.join(', ')}` : ''}`;
  const pods = !p.podSelector || p.podSelector.empty ? 'every pod' : `pods ${formatSelector(p.podSelector)}`;
  const where = !p.namespaceSelector ? `in namespace ${policy.namespace}` : p.namespaceSelector.empty ? 'in every namespace' : `in namespaces ${formatSelector(p.namespaceSelector)}`;
  return `${pods} ${where}`;
}

