/**
 * Privilege-escalation paths: a graph whose nodes are identities (service accounts, users, groups),
 * the pods one can run in a namespace, nodes, and workloads, and whose edges are ways to become
 * another identity, each with its proof (the binding, role and rules behind it, or the fact about the
 * cluster that makes it work). Shortest paths to two goals, cluster-admin-equivalent power and
 * reading kube-system's Secrets, come from one breadth-first search per goal over the reversed graph.
 *
 * Edges (what Kubernetes lets one do with a permission):
 * - run pods in N (create pods, or create/update any pod controller) → every service account of N
 *   (a pod names any service account of its namespace and gets its token), and every Secret of N
 *   (mounted as a volume): in kube-system, its Secrets; where N's Pod Security admission allows
 *   privileged pods, a pod with hostPath / on any node (spec.nodeName picks one) → that node;
 * - read Secrets in N → the service accounts whose legacy token Secrets are there; create Secrets and
 *   get them → any service account of N (the token controller fills a new token Secret);
 * - create serviceaccounts/token → the account; impersonate → the user, group or service account
 *   (group system:masters bypasses RBAC); exec/attach/ephemeral containers into pods → the service
 *   accounts whose tokens they mount, and the node of a privileged pod;
 * - bind on clusterroles and create clusterrolebindings → cluster-admin; escalate and update
 *   clusterroles → cluster-admin (rewrite the role one is bound to); in a namespace, the same for its
 *   roles → its pods; create, approve and sign CSRs for kube-apiserver-client → any identity;
 * - nodes/proxy → every node (the kubelet API runs commands in its pods); a node → the service
 *   accounts of pods placed on it; a control-plane node → cluster-admin (admin.conf, the CA key).
 */
import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import { isRecord } from '../../k8s/types.js';
import { namespacePolicy } from '../pss/api.js';
import { podServiceAccount } from '../security-context.js';
import { nodeFacts, podFitsNode, isRepelling, tolerates, type NodeFacts } from '../scheduling.js';
import { exposedWorkloads } from '../exposure.js';
import { isKubernetesCreatedServiceAccount, SYSTEM_SERVICE_ACCOUNTS } from './bootstrap.js';
import { POD_CREATORS, isAdminRule, rbacAnalysis, ruleMatchesPermission, type Permission, type RbacAnalysis } from './index.js';
import { ruleEvidence } from './rules.js';
import { groupMember, MASTERS, namedUser, serviceAccountNamespaceGroup, serviceAccountUser, splitServiceAccountUsername, ALL_SERVICE_ACCOUNTS, AUTHENTICATED, type UserInfo } from './users.js';
import type { BindingSubject, EffectiveRule, RbacBinding } from './world.js';

export type Goal = 'cluster-admin' | 'kube-system-secrets';
export const GOALS: readonly Goal[] = ['cluster-admin', 'kube-system-secrets'];

/** A node of the graph as output shows it. */
export interface PathNode {
  readonly kind: 'ServiceAccount' | 'User' | 'Group' | 'Node' | 'Pods' | 'Workload' | 'Goal';
  readonly name: string;
  readonly namespace?: string;
  /** For workloads: Deployment, StatefulSet... */
  readonly workloadKind?: string;
}

export interface GrantProof {
  readonly binding: { readonly kind: string; readonly namespace?: string; readonly name: string };
  readonly role: { readonly kind: string; readonly namespace?: string; readonly name: string };
  /** The binding's subject the identity matched: itself, or one of its groups. */
  readonly subject: { readonly kind: string; readonly namespace?: string; readonly name: string };
  readonly rules: readonly Record<string, unknown>[];
}

export interface Edge {
  readonly from: string;
  readonly to: string;
  /** What the step does, e.g. `create pods in namespace tools`. */
  readonly action: string;
  /** The grants that allow it (several when a step needs several permissions). */
  readonly grants: readonly GrantProof[];
  /** A fact about the cluster that makes the step work, when it is not (only) a grant. */
  readonly fact?: string;
  /** The identity already holds the goal: a one-step path is a risky grant, not an escalation. */
  readonly holds?: boolean;
  /** The step in a few words for one-line messages, e.g. `create pods in namespace tools`. */
  readonly short: string;
}

export interface PathStep {
  readonly from: PathNode;
  readonly to: PathNode;
  readonly action: string;
  readonly short: string;
  readonly grants: readonly GrantProof[];
  readonly fact?: string;
}

export interface EscalationPath {
  readonly source: PathNode;
  /** How the source is reached from outside the cluster, for workloads behind a LoadBalancer or NodePort. */
  readonly exposure?: string;
  readonly goal: Goal;
  readonly steps: readonly PathStep[];
}

export interface PathOptions {
  /** Longest path searched, in steps. */
  readonly maxDepth: number;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxDepth: 8 };

const GOAL_ID: Record<Goal, string> = { 'cluster-admin': 'goal:cluster-admin', 'kube-system-secrets': 'goal:kube-system-secrets' };
const ANY_NODE = 'node:*';
const ALL_PODS = 'pods:*';

const saId = (ns: string, name: string) => `sa:${ns}/${name}`;
const userId = (name: string) => `user:${name}`;
const groupId = (name: string) => `group:${name}`;
const podsId = (ns: string) => `pods:${ns}`;
const nodeId = (name: string) => `node:${name}`;
const workloadId = (o: InventoryObject) => `workload:${o.kind}/${o.namespace ?? ''}/${o.name}`;

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const CERTS = 'certificates.k8s.io';
const P = {
  secretsCreate: { verbs: ['create'], apiGroup: '', resource: 'secrets' },
  secretsGet: { verbs: ['get'], apiGroup: '', resource: 'secrets' },
  tokenCreate: { verbs: ['create'], apiGroup: '', resource: 'serviceaccounts', subresource: 'token' },
  exec: [
    { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'exec' },
    { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'attach' },
    { verbs: ['update', 'patch'], apiGroup: '', resource: 'pods', subresource: 'ephemeralcontainers' },
  ],
  impersonateUsers: { verbs: ['impersonate'], apiGroup: '', resource: 'users' },
  impersonateGroups: { verbs: ['impersonate'], apiGroup: '', resource: 'groups' },
  impersonateSAs: { verbs: ['impersonate'], apiGroup: '', resource: 'serviceaccounts' },
  bindClusterRoles: { verbs: ['bind'], apiGroup: RBAC_GROUP, resource: 'clusterroles' },
  bindRoles: { verbs: ['bind'], apiGroup: RBAC_GROUP, resource: 'roles' },
  createCRB: { verbs: ['create'], apiGroup: RBAC_GROUP, resource: 'clusterrolebindings' },
  createRB: { verbs: ['create'], apiGroup: RBAC_GROUP, resource: 'rolebindings' },
  escalateClusterRoles: { verbs: ['escalate'], apiGroup: RBAC_GROUP, resource: 'clusterroles' },
  updateClusterRoles: { verbs: ['update', 'patch'], apiGroup: RBAC_GROUP, resource: 'clusterroles' },
  escalateRoles: { verbs: ['escalate'], apiGroup: RBAC_GROUP, resource: 'roles' },
  updateRoles: { verbs: ['update', 'patch'], apiGroup: RBAC_GROUP, resource: 'roles' },
  csrCreate: { verbs: ['create'], apiGroup: CERTS, resource: 'certificatesigningrequests' },
  csrApprove: { verbs: ['update', 'patch'], apiGroup: CERTS, resource: 'certificatesigningrequests', subresource: 'approval' },
  signerApprove: { verbs: ['approve'], apiGroup: CERTS, resource: 'signers' },
  nodesProxy: { verbs: ['get', 'create'], apiGroup: '', resource: 'nodes', subresource: 'proxy' },
} satisfies Record<string, Permission | Permission[]>;

/** Which rules of an identity allow a permission, per scope ('' = cluster-wide). */
interface Held {
  readonly grants: GrantProof[];
  /** Names the rules limit it to; undefined when one rule allows every name. */
  names: Set<string> | undefined;
}

type Scoped = Map<string, Held>;

interface RuleRef {
  readonly binding: RbacBinding;
  readonly subject: BindingSubject;
  readonly rule: EffectiveRule;
}

function proof(binding: RbacBinding, subject: BindingSubject, rules: readonly EffectiveRule[]): GrantProof {
  const ref = (x: { kind: string; namespace?: string; name: string }, namespaced: boolean) => (namespaced && x.namespace !== undefined ? { kind: x.kind, namespace: x.namespace, name: x.name } : { kind: x.kind, name: x.name });
  return {
    binding: ref(binding, binding.kind === 'RoleBinding'),
    role: ref(binding.role!, binding.role!.kind === 'Role'),
    subject: ref(subject, subject.kind === 'ServiceAccount'),
    rules: rules.map((r) => ({ kind: r.origin.kind, ...(r.origin.kind === 'Role' && { namespace: r.origin.namespace }), name: r.origin.name, index: r.index, ...ruleEvidence(r.rule) })),
  };
}

/** What an identity's rules allow, probe by probe and scope by scope. */
class Capabilities {
  private readonly held = new Map<string, Scoped>();

  constructor(refs: readonly RuleRef[]) {
    for (const ref of refs) {
      const scope = ref.binding.namespace ?? '';
      const rule = ref.rule.rule;
      if (scope === '' && isAdminRule(rule)) this.add('admin', scope, ref, undefined);
      for (const [probe, perms] of Object.entries(PROBES)) {
        for (const p of perms) {
          if (ruleMatchesPermission(rule, p).length === 0) continue;
          this.add(probe, scope, ref, rule.resourceNames.length > 0 ? rule.resourceNames : undefined);
          break;
        }
      }
    }
  }

  private add(probe: string, scope: string, ref: RuleRef, names: readonly string[] | undefined): void {
    let scoped = this.held.get(probe);
    if (!scoped) this.held.set(probe, (scoped = new Map()));
    let h = scoped.get(scope);
    if (!h) scoped.set(scope, (h = { grants: [], names: new Set() }));
    const existing = h.grants.find((g) => g.binding.kind === ref.binding.kind && g.binding.name === ref.binding.name && g.binding.namespace === ref.binding.namespace);
    if (existing) (existing.rules as Record<string, unknown>[]).push(proof(ref.binding, ref.subject, [ref.rule]).rules[0]);
    else h.grants.push(proof(ref.binding, ref.subject, [ref.rule]));
    if (names === undefined) h.names = undefined;
    else if (h.names) for (const n of names) h.names.add(n);
  }

  /** Scopes ('' for cluster-wide) where the probe is held. */
  scopes(probe: string): Scoped {
    return this.held.get(probe) ?? new Map();
  }

  /** Whether the probe is held cluster-wide or in `namespace`, for every name (or for `name`). */
  allows(probe: string, namespace: string, name?: string): Held | undefined {
    const scoped = this.held.get(probe);
    if (!scoped) return undefined;
    for (const scope of ['', namespace]) {
      const h = scoped.get(scope);
      if (h && (h.names === undefined || (name !== undefined && h.names.has(name)))) return h;
    }
    return undefined;
  }

  get empty(): boolean {
    return this.held.size === 0;
  }
}

/** The permissions the graph's edges need, each a list of alternatives. */
const PROBES: Readonly<Record<string, readonly Permission[]>> = {
  secretsRead: [{ verbs: ['list', 'watch'], apiGroup: '', resource: 'secrets' }, P.secretsGet],
  secretsCreate: [P.secretsCreate],
  secretsGet: [P.secretsGet],
  podCreate: POD_CREATORS,
  exec: P.exec,
  tokenCreate: [P.tokenCreate],
  impersonateUsers: [P.impersonateUsers],
  impersonateGroups: [P.impersonateGroups],
  impersonateSAs: [P.impersonateSAs],
  bindClusterRoles: [P.bindClusterRoles],
  bindRoles: [P.bindRoles, P.bindClusterRoles],
  createCRB: [P.createCRB],
  createRB: [P.createRB],
  escalateClusterRoles: [P.escalateClusterRoles],
  updateClusterRoles: [P.updateClusterRoles],
  escalateRoles: [P.escalateRoles],
  updateRoles: [P.updateRoles],
  csrCreate: [P.csrCreate],
  csrApprove: [P.csrApprove],
  signerApprove: [P.signerApprove],
  nodesProxy: [P.nodesProxy],
};

interface Workload {
  readonly view: PodSpecView;
  readonly serviceAccount: string;
  /** The service account's token is mounted in its containers. */
  readonly token: boolean;
  /** A container escape needs nothing more: privileged, the host's root or runtime socket. */
  readonly hostAccess?: string;
}

export class EscalationGraph {
  readonly nodes = new Map<string, PathNode>();
  private readonly out = new Map<string, readonly Edge[]>();
  private readonly reverse = new Map<string, Edge[]>();
  private readonly saByNamespace = new Map<string, Set<string>>();
  private readonly workloads: Workload[] = [];
  private readonly nodeFactsList: NodeFacts[];
  private readonly tokenSecrets = new Map<string, Map<string, string>>();
  private readonly genericEdges = new Map<string, readonly Edge[]>();
  readonly sources: { id: string; exposure?: string }[] = [];
  private readonly searched = new Map<Goal, { dist: Map<string, number>; next: Map<string, Edge> }>();

  constructor(
    private readonly inventory: Inventory,
    private readonly rbac: RbacAnalysis,
    readonly options: PathOptions = DEFAULT_PATH_OPTIONS,
  ) {
    this.nodeFactsList = inventory.ofKind('Node').map((n) => nodeFacts(n.object));
    this.collect();
    this.build();
  }

  private node(id: string, node: PathNode): string {
    if (!this.nodes.has(id)) this.nodes.set(id, node);
    return id;
  }

  private sa(ns: string, name: string): string {
    let set = this.saByNamespace.get(ns);
    if (!set) this.saByNamespace.set(ns, (set = new Set()));
    set.add(name);
    return this.node(saId(ns, name), { kind: 'ServiceAccount', namespace: ns, name });
  }

  /** Identities, service accounts per namespace, workloads and legacy tokens, from the inventory. */
  private collect(): void {
    const world = this.rbac.world;
    for (const o of this.inventory.ofKind('ServiceAccount')) if (o.namespace) this.sa(o.namespace, o.name);
    for (const ns of this.inventory.namespaces()) this.sa(ns.name, 'default');
    for (const b of world.bindings) {
      for (const s of b.subjects) {
        if (!s.applies) continue;
        if (s.kind === 'ServiceAccount') this.sa(s.namespace!, s.name);
        else if (s.kind === 'User') {
          const sa = splitServiceAccountUsername(s.name);
          if (sa) this.sa(sa.namespace, sa.name);
          else this.node(userId(s.name), { kind: 'User', name: s.name });
        } else this.node(groupId(s.name), { kind: 'Group', name: s.name });
      }
    }
    for (const name of SYSTEM_SERVICE_ACCOUNTS) {
      const [ns, sa] = name.split('/');
      if (this.saByNamespace.has(ns) && (this.saByNamespace.get(ns)!.has(sa) || isKubernetesCreatedServiceAccount(ns, sa))) this.sa(ns, sa);
    }
    this.node(groupId(MASTERS), { kind: 'Group', name: MASTERS });
    for (const goal of GOALS) this.node(GOAL_ID[goal], { kind: 'Goal', name: goal });
    for (const view of this.inventory.podSpecs()) {
      if (view.owner.kind === 'PodTemplate') continue;
      const account = podServiceAccount(view).name;
      this.sa(view.namespace, account);
      const saObject = this.inventory.get('ServiceAccount', view.namespace, account);
      const podSetting = view.spec.automountServiceAccountToken;
      const token = podSetting === true || (podSetting !== false && saObject?.object.automountServiceAccountToken !== false);
      this.workloads.push({ view, serviceAccount: account, token, hostAccess: hostAccess(view) });
    }
    for (const s of this.inventory.ofKind('Secret')) {
      if (s.object.type !== 'kubernetes.io/service-account-token' || !s.namespace) continue;
      const account = s.object.metadata.annotations?.['kubernetes.io/service-account.name'];
      if (typeof account !== 'string') continue;
      let byName = this.tokenSecrets.get(s.namespace);
      if (!byName) this.tokenSecrets.set(s.namespace, (byName = new Map()));
      byName.set(s.name, account);
      this.sa(s.namespace, account);
    }
  }

  private edges(from: string, list: readonly Edge[]): void {
    this.out.set(from, list);
    for (const e of list) {
      let back = this.reverse.get(e.to);
      if (!back) this.reverse.set(e.to, (back = []));
      back.push(e);
    }
  }

  private build(): void {
    const world = this.rbac.world;
    // identities
    for (const [id, node] of [...this.nodes]) {
      if (node.kind === 'ServiceAccount') {
        const user = serviceAccountUser(node.namespace!, node.name);
        const direct = world.allBindingsFor({ name: user.name, groups: [] }).length > 0;
        if (direct) this.edges(id, this.identityEdges(id, user));
        else this.edges(id, this.retarget(this.genericServiceAccountEdges(node.namespace!), id));
      } else if (node.kind === 'User') this.edges(id, this.identityEdges(id, namedUser(node.name)));
      else if (node.kind === 'Group') this.edges(id, node.name === MASTERS ? [{ from: id, to: GOAL_ID['cluster-admin'], action: 'bypass authorization as a member of system:masters', short: 'member of system:masters: cluster-admin', grants: [], fact: 'the API server allows every request of system:masters before RBAC is asked', holds: true }] : this.identityEdges(id, groupMember(node.name)));
    }
    // pods of a namespace
    const namespaces = [...this.saByNamespace.keys()].sort();
    const nodeTargets = this.nodeFactsList.length > 0 ? this.nodeFactsList.map((n) => this.node(nodeId(n.name), { kind: 'Node', name: n.name })) : [this.node(ANY_NODE, { kind: 'Node', name: '*' })];
    this.node(ALL_PODS, { kind: 'Pods', name: '*' });
    this.edges(
      ALL_PODS,
      namespaces.map((ns) => ({ from: ALL_PODS, to: this.node(podsId(ns), { kind: 'Pods', namespace: ns, name: ns }), action: `run pods in namespace ${ns}`, short: `in namespace ${ns}`, grants: [] })),
    );
    for (const ns of namespaces) {
      const id = this.node(podsId(ns), { kind: 'Pods', namespace: ns, name: ns });
      const list: Edge[] = [...this.saByNamespace.get(ns)!].sort().map((sa) => ({
        from: id,
        to: saId(ns, sa),
        action: `run a pod as ServiceAccount ${ns}/${sa}`,
        short: `run a pod as ServiceAccount ${ns}/${sa}`,
        grants: [],
        fact: `a pod may name any service account of its namespace (serviceAccountName: ${sa}) and gets its token`,
      }));
      if (ns === 'kube-system') list.push({ from: id, to: GOAL_ID['kube-system-secrets'], action: 'mount any Secret of kube-system into a pod', short: "mount kube-system's Secrets into a pod", grants: [], fact: 'a pod may mount any Secret of its namespace as a volume' });
      const policy = namespacePolicy(this.inventory.get('Namespace', undefined, ns)?.object);
      if (policy.enforce.level === 'privileged') {
        for (const n of nodeTargets) {
          list.push({
            from: id,
            to: n,
            action: `run a privileged pod with the host's root filesystem on ${n === ANY_NODE ? 'any node' : `node ${n.slice(5)}`}`,
            short: `privileged pod on ${n === ANY_NODE ? 'a node' : `node ${n.slice(5)}`}`,
            grants: [],
            fact: `namespace ${ns} does not enforce the baseline Pod Security level${this.inventory.get('Namespace', undefined, ns) ? '' : ' (no Namespace object with pod-security labels in the input)'}; spec.nodeName places a pod on any node`,
          });
        }
      }
      this.edges(id, list);
    }
    // nodes: the tokens of the pods placed there; control-plane nodes hold admin credentials
    for (const n of nodeTargets) {
      const facts = this.nodeFactsList.find((f) => nodeId(f.name) === n);
      const list: Edge[] = [];
      for (const w of this.workloads) {
        if (!w.token || (facts && !placeable(w.view, facts))) continue;
        list.push({ from: n, to: saId(w.view.namespace, w.serviceAccount), action: `read the token of ${w.view.owner.kind} ${w.view.namespace}/${w.view.owner.name}'s pods (ServiceAccount ${w.view.namespace}/${w.serviceAccount})`, short: `token of ServiceAccount ${w.view.namespace}/${w.serviceAccount} on the node`, grants: [], fact: `root on a node reads the service account tokens of the pods it runs${facts ? '' : ' (no Node objects in the input: any node)'}` });
      }
      if (facts && ('node-role.kubernetes.io/control-plane' in facts.labels || 'node-role.kubernetes.io/master' in facts.labels)) {
        list.push({ from: n, to: GOAL_ID['cluster-admin'], action: 'read /etc/kubernetes/admin.conf and the cluster CA key on the control-plane node', short: 'admin credentials of the control-plane node', grants: [], fact: `node ${facts.name} is labelled node-role.kubernetes.io/control-plane` });
      }
      this.edges(n, dedupe(list));
    }
    // workloads: their pods run as their service account; escape to the node from host access
    const exposure = this.inventory.analysis(exposedWorkloads, undefined);
    for (const w of this.workloads) {
      const o = w.view.owner;
      const id = this.node(workloadId(o), { kind: 'Workload', workloadKind: o.kind, namespace: w.view.namespace, name: o.name });
      const list: Edge[] = [];
      if (w.token) list.push({ from: id, to: saId(w.view.namespace, w.serviceAccount), action: `use the mounted token of ServiceAccount ${w.view.namespace}/${w.serviceAccount}`, short: `token of ServiceAccount ${w.view.namespace}/${w.serviceAccount}`, grants: [], fact: `${o.kind} ${w.view.namespace}/${o.name} runs as it with its token mounted` });
      if (w.hostAccess) {
        const targets = this.nodeFactsList.length > 0 ? this.nodeFactsList.filter((f) => placeable(w.view, f)).map((f) => nodeId(f.name)) : [ANY_NODE];
        for (const t of targets) list.push({ from: id, to: t, action: `escape to ${t === ANY_NODE ? 'its node' : `node ${t.slice(5)}`}`, short: `escape to ${t === ANY_NODE ? 'its node' : `node ${t.slice(5)}`}`, grants: [], fact: `${o.kind} ${w.view.namespace}/${o.name} runs with ${w.hostAccess}` });
      }
      this.edges(id, list);
      const exposures = exposure.get(w.view);
      if (exposures?.length) this.sources.push({ id, exposure: exposures.map((e) => e.how).join(', ') });
    }
    // sources: every subject of a binding that is not Kubernetes' stock policy
    const seen = new Set<string>();
    for (const g of world.grants()) {
      for (const s of g.reportable) {
        const id = s.kind === 'ServiceAccount' ? saId(s.namespace!, s.name) : s.kind === 'User' ? (splitServiceAccountUsername(s.name) ? saId(splitServiceAccountUsername(s.name)!.namespace, splitServiceAccountUsername(s.name)!.name) : userId(s.name)) : groupId(s.name);
        if (!seen.has(id)) {
          seen.add(id);
          this.sources.push({ id });
        }
      }
    }
  }

  private retarget(edges: readonly Edge[], from: string): Edge[] {
    return edges.map((e) => ({ ...e, from }));
  }

  /** Edges of a service account with no binding of its own: those of its groups, computed once per namespace. */
  private genericServiceAccountEdges(ns: string): readonly Edge[] {
    let list = this.genericEdges.get(ns);
    if (!list) {
      const member: UserInfo = { groups: [ALL_SERVICE_ACCOUNTS, serviceAccountNamespaceGroup(ns), AUTHENTICATED] };
      list = this.identityEdges('', member);
      this.genericEdges.set(ns, list);
    }
    return list;
  }

  /** The edges an identity's permissions give it. */
  private identityEdges(from: string, user: UserInfo): Edge[] {
    const world = this.rbac.world;
    const refs: RuleRef[] = [];
    for (const { binding, subject } of world.allBindingsFor(user)) for (const rule of binding.role?.rules ?? []) refs.push({ binding, subject, rule });
    const caps = new Capabilities(refs);
    if (caps.empty) return [];
    const out: Edge[] = [];
    const add = (to: string, action: string, short: string, grants: readonly GrantProof[], extra: Partial<Edge> = {}) => out.push({ from, to, action, short, grants, ...extra });
    const scopeText = (scope: string) => (scope === '' ? 'cluster-wide' : `in namespace ${scope}`);
    const admin = caps.scopes('admin').get('');
    if (admin) add(GOAL_ID['cluster-admin'], 'hold every verb on every resource cluster-wide', `cluster-admin through ${admin.grants.map((g) => `${g.binding.kind} ${g.binding.name}`).join(', ')}`, admin.grants, { holds: true });
    // Secrets of kube-system
    const ksRead = caps.allows('secretsRead', 'kube-system');
    if (ksRead) add(GOAL_ID['kube-system-secrets'], `read the Secrets of kube-system ${ksRead === caps.scopes('secretsRead').get('') ? '(cluster-wide)' : ''}`.trim(), `read kube-system's Secrets through ${ksRead.grants.map((g) => `${g.binding.kind} ${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name}`).join(', ')}`, ksRead.grants, { holds: true });
    // pods
    for (const [scope, held] of caps.scopes('podCreate')) {
      if (held.names !== undefined && held.names.size === 0) continue;
      add(scope === '' ? ALL_PODS : podsId(scope), `create pods (or a pod controller) ${scopeText(scope)}`, `create pods ${scope === '' ? 'in any namespace' : `in namespace ${scope}`}`, held.grants);
    }
    // tokens, impersonation
    for (const [scope, held] of caps.scopes('tokenCreate')) {
      for (const ns of scope === '' ? [...this.saByNamespace.keys()] : [scope]) {
        for (const sa of this.saByNamespace.get(ns) ?? []) if (held.names === undefined || held.names.has(sa)) add(saId(ns, sa), `create a token for ServiceAccount ${ns}/${sa}`, `token request for ServiceAccount ${ns}/${sa}`, held.grants);
      }
    }
    for (const [scope, held] of caps.scopes('impersonateSAs')) {
      for (const ns of scope === '' ? [...this.saByNamespace.keys()] : [scope]) {
        for (const sa of this.saByNamespace.get(ns) ?? []) if (held.names === undefined || held.names.has(sa)) add(saId(ns, sa), `impersonate ServiceAccount ${ns}/${sa}`, `impersonate ServiceAccount ${ns}/${sa}`, held.grants);
      }
    }
    const impUsers = caps.scopes('impersonateUsers').get('');
    if (impUsers) for (const [id, node] of this.nodes) if (node.kind === 'User' && (impUsers.names === undefined || impUsers.names.has(node.name))) add(id, `impersonate User ${node.name}`, `impersonate User ${node.name}`, impUsers.grants);
    const impGroups = caps.scopes('impersonateGroups').get('');
    if (impGroups) {
      for (const [id, node] of this.nodes) if (node.kind === 'Group' && (impGroups.names === undefined || impGroups.names.has(node.name))) add(id, `impersonate Group ${node.name}`, `impersonate Group ${node.name}`, impGroups.grants);
    }
    // RBAC: bind or escalate
    const bind = caps.scopes('bindClusterRoles').get('');
    const crb = caps.scopes('createCRB').get('');
    if (bind && crb && (bind.names === undefined || [...bind.names].some((n) => this.isAdminRole(n)))) {
      add(GOAL_ID['cluster-admin'], 'bind cluster-admin to itself with a new ClusterRoleBinding', 'bind cluster-admin to itself', [...bind.grants, ...crb.grants], { fact: 'bind on clusterroles lifts the rule that one can only grant what one holds' });
    }
    const escalate = caps.scopes('escalateClusterRoles').get('');
    const update = caps.scopes('updateClusterRoles').get('');
    if (escalate && update && escalate.names === undefined && update.names === undefined && escalate.grants.some((g) => g.binding.kind === 'ClusterRoleBinding')) {
      add(GOAL_ID['cluster-admin'], 'rewrite a ClusterRole it is bound to cluster-wide with every permission', 'rewrite its own ClusterRole', [...escalate.grants, ...update.grants], { fact: 'escalate on clusterroles lifts the rule that one can only write what one holds' });
    }
    for (const [scope, rb] of caps.scopes('createRB')) {
      if (scope === '' || rb.names !== undefined) continue;
      const b = caps.allows('bindRoles', scope);
      if (b && b.names === undefined) add(podsId(scope), `bind admin in namespace ${scope} to itself, then create pods there`, `bind admin to itself in namespace ${scope}`, [...b.grants, ...rb.grants]);
    }
    for (const [scope, esc] of caps.scopes('escalateRoles')) {
      const up = caps.allows('updateRoles', scope);
      if (scope !== '' && up && esc.names === undefined && up.names === undefined && esc.grants.some((g) => g.binding.kind === 'RoleBinding' && g.role.kind === 'Role')) {
        add(podsId(scope), `rewrite a Role it is bound to in namespace ${scope}, then create pods there`, `rewrite its own Role in namespace ${scope}`, [...esc.grants, ...up.grants]);
      }
    }
    // certificates: create a CSR for system:masters, approve it, the signer issues it
    const csr = caps.scopes('csrCreate').get('');
    const approve = caps.scopes('csrApprove').get('');
    const signer = caps.scopes('signerApprove').get('');
    if (csr && approve && signer && (signer.names === undefined || signer.names.has('kubernetes.io/kube-apiserver-client') || signer.names.has('kubernetes.io/*'))) {
      add(GOAL_ID['cluster-admin'], 'request, approve and receive a client certificate for group system:masters', 'client certificate for system:masters', [...csr.grants, ...approve.grants, ...signer.grants], { fact: 'the kube-apiserver-client signer issues approved certificates for any user and groups' });
    }
    // into running pods, and nodes through the kubelet
    for (const [scope, held] of caps.scopes('exec')) {
      for (const w of this.workloads) {
        if (scope !== '' && w.view.namespace !== scope) continue;
        if (held.names !== undefined && !(w.view.owner.kind === 'Pod' && held.names.has(w.view.owner.name)) && !(w.view.owner.kind === 'StatefulSet' && [...held.names].some((n) => n.startsWith(`${w.view.owner.name}-`)))) continue;
        const what = `${w.view.owner.kind} ${w.view.namespace}/${w.view.owner.name}`;
        if (w.token) add(saId(w.view.namespace, w.serviceAccount), `exec into the pods of ${what} and use the token of ServiceAccount ${w.view.namespace}/${w.serviceAccount}`, `exec into ${what}: token of ServiceAccount ${w.view.namespace}/${w.serviceAccount}`, held.grants);
        if (w.hostAccess) {
          const targets = this.nodeFactsList.length > 0 ? this.nodeFactsList.filter((f) => placeable(w.view, f)).map((f) => nodeId(f.name)) : [ANY_NODE];
          for (const t of targets) add(t, `exec into the pods of ${what}, which run with ${w.hostAccess}, and escape to ${t === ANY_NODE ? 'their node' : `node ${t.slice(5)}`}`, `exec into ${what} (${w.hostAccess}): ${t === ANY_NODE ? 'its node' : `node ${t.slice(5)}`}`, held.grants);
        }
      }
    }
    const proxy = caps.scopes('nodesProxy').get('');
    if (proxy) {
      const targets = this.nodeFactsList.length > 0 ? this.nodeFactsList.filter((f) => proxy.names === undefined || proxy.names.has(f.name)).map((f) => nodeId(f.name)) : proxy.names === undefined ? [ANY_NODE] : [];
      for (const t of targets) add(t, `run commands in any pod of ${t === ANY_NODE ? 'any node' : `node ${t.slice(5)}`} through the kubelet API (nodes/proxy)`, `nodes/proxy to ${t === ANY_NODE ? 'any node' : `node ${t.slice(5)}`}`, proxy.grants);
    }
    // Secrets: legacy tokens; create-and-get a new token Secret
    for (const [scope, held] of caps.scopes('secretsRead')) {
      for (const [ns, byName] of this.tokenSecrets) {
        if (scope !== '' && scope !== ns) continue;
        for (const [secret, account] of byName) {
          if (held.names !== undefined && !held.names.has(secret)) continue;
          add(saId(ns, account), `read the legacy token Secret ${ns}/${secret} of ServiceAccount ${ns}/${account}`, `token Secret ${ns}/${secret} of ServiceAccount ${ns}/${account}`, held.grants);
        }
      }
    }
    for (const [scope, created] of caps.scopes('secretsCreate')) {
      if (created.names !== undefined) continue;
      for (const ns of scope === '' ? [...this.saByNamespace.keys()] : [scope]) {
        const get = caps.allows('secretsGet', ns);
        if (!get) continue;
        for (const sa of this.saByNamespace.get(ns) ?? []) add(saId(ns, sa), `create a token Secret for ServiceAccount ${ns}/${sa} and read it`, `new token Secret for ServiceAccount ${ns}/${sa}`, [...created.grants, ...get.grants], { fact: 'the token controller fills a Secret of type kubernetes.io/service-account-token annotated with the account' });
      }
    }
    return dedupe(out);
  }

  private isAdminRole(name: string): boolean {
    return this.rbac.world.role('ClusterRole', undefined, name)?.rules.some((r) => isAdminRule(r.rule)) ?? false;
  }

  /** Breadth-first from the goal over reversed edges: every node's distance to it and its next edge. */
  private search(goal: Goal): { dist: Map<string, number>; next: Map<string, Edge> } {
    let found = this.searched.get(goal);
    if (found) return found;
    const dist = new Map<string, number>([[GOAL_ID[goal], 0]]);
    const next = new Map<string, Edge>();
    let frontier = [GOAL_ID[goal]];
    for (let d = 1; d <= this.options.maxDepth && frontier.length > 0; d++) {
      const following: string[] = [];
      for (const to of frontier) {
        for (const e of this.reverse.get(to) ?? []) {
          if (dist.has(e.from)) continue;
          dist.set(e.from, d);
          next.set(e.from, e);
          following.push(e.from);
        }
      }
      frontier = following;
    }
    found = { dist, next };
    this.searched.set(goal, found);
    return found;
  }

  /** Steps from a node to a goal on a shortest path, or undefined when it cannot reach it within the depth bound. */
  pathFrom(id: string, goal: Goal): PathStep[] | undefined {
    const { dist, next } = this.search(goal);
    if (!dist.has(id)) return undefined;
    const steps: PathStep[] = [];
    let at = id;
    while (at !== GOAL_ID[goal]) {
      const e = next.get(at)!;
      steps.push({ from: this.nodes.get(e.from)!, to: this.nodes.get(e.to)!, action: e.action, short: e.short, grants: e.grants, ...(e.fact !== undefined && { fact: e.fact }) });
      at = e.to;
    }
    return steps;
  }

  /** The distance, in steps, from a node to a goal (undefined: unreachable). */
  distance(id: string, goal: Goal): number | undefined {
    return this.search(goal).dist.get(id);
  }

  /** Whether a one-step path only says what the identity already holds. */
  private holdsGoal(id: string, goal: Goal): boolean {
    return this.search(goal).next.get(id)?.holds === true && this.distance(id, goal) === 1;
  }

  /**
   * The escalation paths: for every source (a subject of a non-stock binding, or an exposed
   * workload), the shortest path to cluster-admin, else to kube-system's Secrets. Identities that
   * already hold the goal are left to the risky-grant checks.
   */
  paths(): EscalationPath[] {
    const out: EscalationPath[] = [];
    for (const { id, exposure } of this.sources) {
      if (this.holdsGoal(id, 'cluster-admin')) continue;
      for (const goal of GOALS) {
        if (goal === 'kube-system-secrets' && this.distance(id, 'cluster-admin') !== undefined) break;
        if (this.holdsGoal(id, goal)) break;
        const steps = this.pathFrom(id, goal);
        if (steps && steps.length > 0) {
          out.push({ source: this.nodes.get(id)!, ...(exposure !== undefined && { exposure }), goal, steps });
          break;
        }
      }
    }
    return out;
  }

  /** The path from one node to cluster-admin, else to kube-system's Secrets, even when it holds the goal already. */
  pathsFrom(id: string, exposure?: string): EscalationPath[] {
    const out: EscalationPath[] = [];
    for (const goal of GOALS) {
      const steps = this.pathFrom(id, goal);
      if (steps && steps.length > 0) out.push({ source: this.nodes.get(id)!, ...(exposure !== undefined && { exposure }), goal, steps });
      // cluster-admin reads kube-system's Secrets too: one path says it
      if (out.length > 0) break;
    }
    return out;
  }

  /** How a source is exposed outside the cluster, when it is an exposed workload. */
  exposureOf(id: string): string | undefined {
    return this.sources.find((s) => s.id === id)?.exposure;
  }

  /** Node id for a subject as the CLI names it. */
  idOf(kind: string, name: string, namespace?: string): string | undefined {
    const id = kind === 'ServiceAccount' ? saId(namespace ?? '', name) : kind === 'User' ? userId(name) : kind === 'Group' ? groupId(name) : undefined;
    return id !== undefined && this.nodes.has(id) ? id : undefined;
  }

  /** A workload's node id, when it is in the graph. */
  workloadIdOf(o: InventoryObject): string | undefined {
    const id = workloadId(o);
    return this.nodes.has(id) ? id : undefined;
  }

  edgeCount(): number {
    let n = 0;
    for (const list of this.out.values()) n += list.length;
    return n;
  }
}

function dedupe(edges: Edge[]): Edge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const k = `${e.to}\0${e.action}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Privileged containers, or host paths that are the node: what a container escape needs. */
function hostAccess(view: PodSpecView): string | undefined {
  for (const c of view.containers) if (isRecord(c.container.securityContext) && c.container.securityContext.privileged === true) return `a privileged container (${c.name})`;
  for (const v of view.spec.volumes ?? []) {
    const path = isRecord(v.hostPath) && typeof v.hostPath.path === 'string' ? v.hostPath.path.replace(/\/+$/, '') || '/' : undefined;
    if (path === '/' || path === '/var/run/docker.sock' || path === '/run/containerd/containerd.sock' || path === '/var/run/containerd/containerd.sock') return `hostPath ${path}`;
  }
  return undefined;
}

/** Whether a pod template can land on a node: nodeName, selectors and affinity, and its taints. */
function placeable(view: PodSpecView, node: NodeFacts): boolean {
  return podFitsNode(view.spec, node) && node.taints.filter(isRepelling).every((taint) => (view.spec.tolerations ?? []).some((t) => tolerates(t, taint)));
}

/** The memoized graph: `inventory.analysis(escalationGraph, undefined)` (or with other options). */
export function escalationGraph(inventory: Inventory, options: PathOptions | undefined): EscalationGraph {
  return new EscalationGraph(inventory, inventory.analysis(rbacAnalysis, undefined), options ?? DEFAULT_PATH_OPTIONS);
}

const nodeText = (n: PathNode): string =>
  n.kind === 'Workload'
    ? `${n.workloadKind} ${n.namespace}/${n.name}`
    : n.kind === 'ServiceAccount'
      ? `ServiceAccount ${n.namespace}/${n.name}`
      : n.kind === 'Pods'
        ? n.name === '*' ? 'pods in any namespace' : `pods in namespace ${n.name}`
        : n.kind === 'Node'
          ? n.name === '*' ? 'a node' : `node ${n.name}`
          : n.kind === 'Goal'
            ? n.name
            : `${n.kind} ${n.name}`;

export { nodeText as describeNode };

/** A path in one sentence: `ServiceAccount shop/default can create pods in tools → ... → cluster-admin (3 steps)`. */
export function describePath(path: EscalationPath): string {
  const start = `${nodeText(path.source)}${path.exposure ? ` (exposed: ${path.exposure})` : ''}`;
  const steps = path.steps.map((s) => s.short).join(' → ');
  const goal = path.goal === 'cluster-admin' ? 'cluster-admin' : "kube-system's Secrets";
  return `${start} reaches ${goal} in ${path.steps.length} step${path.steps.length === 1 ? '' : 's'}: ${steps}`;
}
