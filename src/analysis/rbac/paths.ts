/**
 * Privilege-escalation paths: a graph whose nodes are identities (service accounts, users, groups),
 * the pods one can run in a namespace, nodes, and workloads, and whose edges are ways to become
 * another identity, each with its proof (the binding, role and rules behind it, or the fact about the
 * cluster that makes it work). Shortest paths to two goals, cluster-admin-equivalent power and
 * reading kube-system's Secrets, come from one search per goal over the reversed graph.
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
 * - nodes/proxy → the nodes (the kubelet API runs commands in their pods); a node → the service
 *   accounts of pods placed on it; a control-plane node → cluster-admin (admin.conf, the CA key).
 *
 * Scale: fan-out ("any service account of N", "any node", "the pods placed on these nodes") goes
 * through hub nodes, so an identity with a cluster-wide permission has a handful of edges, not one
 * per account. Hubs that are only bookkeeping are transparent: the edge into one costs nothing, and a
 * path shows the move into and out of it as one step (0-1 breadth-first search keeps paths shortest
 * in shown steps). Proofs are references, turned into text only for the paths that are output.
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
import { ruleEvidence, type PolicyRule } from './rules.js';
import { groupMember, MASTERS, namedUser, serviceAccountNamespaceGroup, serviceAccountUser, splitServiceAccountUsername, ALL_SERVICE_ACCOUNTS, AUTHENTICATED, type UserInfo } from './users.js';
import type { BindingSubject, EffectiveRule, RbacBinding, RbacRole } from './world.js';

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

export interface PathStep {
  readonly from: PathNode;
  readonly to: PathNode;
  /** What the step does, e.g. `create pods (or a pod controller) in namespace tools`. */
  readonly action: string;
  /** The step in a few words for one-line messages. */
  readonly short: string;
  /** The grants that allow it (several when a step needs several permissions). */
  readonly grants: readonly GrantProof[];
  /** A fact about the cluster that makes the step work, when it is not (only) a grant. */
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
  /** Longest path searched, in shown steps. */
  readonly maxDepth: number;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxDepth: 8 };

/** The grants behind an edge, as references: turned into `GrantProof`s only when a path is output. */
interface Via {
  readonly binding: RbacBinding;
  readonly subject: BindingSubject;
  readonly rules: EffectiveRule[];
}

interface Edge {
  readonly from: string;
  readonly to: string;
  /** The step, in words; `%` stands for the node the step ends at when it goes through a hub. */
  readonly action: string;
  readonly short: string;
  readonly via?: readonly Via[];
  readonly fact?: string;
  /** The identity already holds the goal: a one-step path is a risky grant, not an escalation. */
  readonly holds?: boolean;
  /** Set by `edge()`: the edge ends at a transparent hub. */
  hub?: boolean;
}

const GOAL_ID: Record<Goal, string> = { 'cluster-admin': 'goal:cluster-admin', 'kube-system-secrets': 'goal:kube-system-secrets' };
const saId = (ns: string, name: string) => `sa:${ns}/${name}`;
const userId = (name: string) => `user:${name}`;
const groupId = (name: string) => `group:${name}`;
const podsId = (ns: string) => `pods:${ns}`;
const nodeId = (name: string) => `node:${name}`;
const workloadId = (o: InventoryObject) => `workload:${o.kind}/${o.namespace ?? ''}/${o.name}`;
/** Transparent hubs: `accounts:<ns>` (become any account of a namespace), `exec:<ns>`, `users:*`, `groups:*`, `nodes:*`, `placed:<key>`. */
const HUB = /^(accounts|exec|users|groups|nodes|placed|allpods|member):/;
/** `HUB.test(id)` without a regular expression: the graph asks it once per edge. */
const HUB_PREFIXES = ['accounts:', 'exec:', 'users:', 'groups:', 'nodes:', 'placed:', 'allpods:', 'member:'];
const isHub = (id: string) => HUB_PREFIXES.some((p) => id.startsWith(p));
const ANY_NODE = 'node:*';
const ALL_PODS = 'allpods:*';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const CERTS = 'certificates.k8s.io';

/** The permissions the graph's edges need, each a list of alternatives. */
const PROBES = {
  admin: [] as Permission[],
  secretsRead: [{ verbs: ['list', 'watch', 'get'], apiGroup: '', resource: 'secrets' }],
  secretsCreate: [{ verbs: ['create'], apiGroup: '', resource: 'secrets' }],
  secretsGet: [{ verbs: ['get'], apiGroup: '', resource: 'secrets' }],
  podCreate: POD_CREATORS,
  exec: [
    { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'exec' },
    { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'attach' },
    { verbs: ['update', 'patch'], apiGroup: '', resource: 'pods', subresource: 'ephemeralcontainers' },
  ],
  tokenCreate: [{ verbs: ['create'], apiGroup: '', resource: 'serviceaccounts', subresource: 'token' }],
  impersonateUsers: [{ verbs: ['impersonate'], apiGroup: '', resource: 'users' }],
  impersonateGroups: [{ verbs: ['impersonate'], apiGroup: '', resource: 'groups' }],
  impersonateSAs: [{ verbs: ['impersonate'], apiGroup: '', resource: 'serviceaccounts' }],
  bindClusterRoles: [{ verbs: ['bind'], apiGroup: RBAC_GROUP, resource: 'clusterroles' }],
  bindRoles: [
    { verbs: ['bind'], apiGroup: RBAC_GROUP, resource: 'roles' },
    { verbs: ['bind'], apiGroup: RBAC_GROUP, resource: 'clusterroles' },
  ],
  createCRB: [{ verbs: ['create'], apiGroup: RBAC_GROUP, resource: 'clusterrolebindings' }],
  createRB: [{ verbs: ['create'], apiGroup: RBAC_GROUP, resource: 'rolebindings' }],
  escalateClusterRoles: [{ verbs: ['escalate'], apiGroup: RBAC_GROUP, resource: 'clusterroles' }],
  updateClusterRoles: [{ verbs: ['update', 'patch'], apiGroup: RBAC_GROUP, resource: 'clusterroles' }],
  escalateRoles: [{ verbs: ['escalate'], apiGroup: RBAC_GROUP, resource: 'roles' }],
  updateRoles: [{ verbs: ['update', 'patch'], apiGroup: RBAC_GROUP, resource: 'roles' }],
  csrCreate: [{ verbs: ['create'], apiGroup: CERTS, resource: 'certificatesigningrequests' }],
  csrApprove: [{ verbs: ['update', 'patch'], apiGroup: CERTS, resource: 'certificatesigningrequests', subresource: 'approval' }],
  signerApprove: [{ verbs: ['approve'], apiGroup: CERTS, resource: 'signers' }],
  nodesProxy: [{ verbs: ['get', 'create'], apiGroup: '', resource: 'nodes', subresource: 'proxy' }],
} satisfies Record<string, readonly Permission[]>;

type Probe = keyof typeof PROBES;
const PROBE_NAMES = Object.keys(PROBES) as Probe[];
/**
 * Requests without a name (create, list, watch, deletecollection of a resource: the name is not in
 * the URL) never match a rule with resourceNames (ResourceNameMatches): such a rule gives a probe only
 * through a verb whose request names the object, or through a subresource of a named object.
 */
const UNNAMED_VERBS = new Set(['create', 'list', 'watch', 'deletecollection']);
function namedRequestAllowed(rule: PolicyRule, probe: Probe): boolean {
  return (PROBES[probe] as readonly Permission[]).some((p) => ruleMatchesPermission(rule, p).some((v) => p.subresource !== undefined || !UNNAMED_VERBS.has(v)));
}

/** Resource entries of a rule that can match some probe (ResourceMatches: `*`, the combined resource, `*\/sub`): other rules give none. */
const PROBED_RESOURCES = new Set(['*', ...Object.values(PROBES).flatMap((ps: readonly Permission[]) => ps.flatMap((p) => (p.subresource ? [`${p.resource}/${p.subresource}`, `*/${p.subresource}`] : [p.resource])))]);

/** A rule of a role that gives a probe, with the names it is limited to. */
interface RoleHit {
  readonly probe: Probe;
  readonly rule: EffectiveRule;
  readonly names?: readonly string[];
}

/** What an identity holds for a probe in a scope: the grants, and the names (undefined: every name). */
interface Held {
  readonly via: Via[];
  names: Set<string> | undefined;
}

/** An identity's permissions, probe by probe and scope by scope ('' is cluster-wide). */
class Capabilities {
  private readonly held = new Map<Probe, Map<string, Held>>();

  add(probe: Probe, scope: string, binding: RbacBinding, subject: BindingSubject, rule: EffectiveRule, names: readonly string[] | undefined): void {
    let scoped = this.held.get(probe);
    if (!scoped) this.held.set(probe, (scoped = new Map()));
    const h = scoped.get(scope);
    if (!h) {
      // undefined names: every name (most grants); a Set only for rules limited to names
      scoped.set(scope, { via: [{ binding, subject, rules: [rule] }], names: names === undefined ? undefined : new Set(names) });
      return;
    }
    const existing = h.via.find((v) => v.binding === binding);
    if (existing) existing.rules.push(rule);
    else h.via.push({ binding, subject, rules: [rule] });
    if (names === undefined) h.names = undefined;
    else if (h.names) for (const n of names) h.names.add(n);
  }

  scopes(probe: Probe): ReadonlyMap<string, Held> {
    return this.held.get(probe) ?? EMPTY;
  }

  /** Held cluster-wide or in `namespace`, for every name (or for `name`). */
  allows(probe: Probe, namespace: string, name?: string): Held | undefined {
    const scoped = this.held.get(probe);
    if (!scoped) return undefined;
    const fits = (h: Held | undefined) => h !== undefined && (h.names === undefined || (name !== undefined && h.names.has(name)));
    const everywhere = scoped.get('');
    if (fits(everywhere)) return everywhere;
    const here = scoped.get(namespace);
    return fits(here) ? here : undefined;
  }

  get empty(): boolean {
    return this.held.size === 0;
  }
}

const EMPTY: ReadonlyMap<string, Held> = new Map();

interface Workload {
  readonly view: PodSpecView;
  readonly serviceAccount: string;
  /** The service account's token is mounted in its containers. */
  readonly token: boolean;
  /** A container escape needs nothing more: privileged, the host's root or runtime socket. */
  readonly hostAccess?: string;
  readonly what: string;
}

export class EscalationGraph {
  readonly nodes = new Map<string, PathNode>();
  private edges = 0;
  private readonly reverse = new Map<string, Edge[]>();
  /** namespace → account name → node id. */
  private readonly saByNamespace = new Map<string, Map<string, string>>();
  private readonly workloads: Workload[] = [];
  private readonly nodeFactsList: NodeFacts[];
  private readonly tokenSecrets = new Map<string, Map<string, string>>();
  private readonly genericEdges = new Map<string, boolean>();
  private readonly roleHits = new Map<RbacRole, readonly RoleHit[]>();
  /** Service accounts some binding names (as a ServiceAccount, or as the User it is): the others have only what their groups have. */
  private readonly boundAccounts = new Set<string>();
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
    let byName = this.saByNamespace.get(ns);
    if (!byName) this.saByNamespace.set(ns, (byName = new Map()));
    let id = byName.get(name);
    if (id === undefined) byName.set(name, (id = this.node(saId(ns, name), { kind: 'ServiceAccount', namespace: ns, name })));
    return id;
  }

  /** Identities, service accounts per namespace, workloads and legacy tokens, from the inventory. */
  private collect(): void {
    const world = this.rbac.world;
    for (const o of this.inventory.ofKind('ServiceAccount')) if (o.namespace) this.sa(o.namespace, o.name);
    for (const ns of this.inventory.namespaces()) this.sa(ns.name, 'default');
    for (const b of world.bindings) {
      for (const s of b.applying) {
        if (s.kind === 'ServiceAccount') this.boundAccounts.add(this.sa(s.namespace!, s.name));
        else if (s.kind === 'User') {
          const sa = splitServiceAccountUsername(s.name);
          if (sa) this.boundAccounts.add(this.sa(sa.namespace, sa.name));
          else this.node(userId(s.name), { kind: 'User', name: s.name });
        } else this.node(groupId(s.name), { kind: 'Group', name: s.name });
      }
    }
    for (const name of SYSTEM_SERVICE_ACCOUNTS) {
      const [ns, sa] = name.split('/');
      if (this.saByNamespace.get(ns)?.has(sa) || (this.saByNamespace.has(ns) && isKubernetesCreatedServiceAccount(ns, sa))) this.sa(ns, sa);
    }
    this.node(groupId(MASTERS), { kind: 'Group', name: MASTERS });
    for (const goal of GOALS) this.node(GOAL_ID[goal], { kind: 'Goal', name: goal });
    const accounts = new Map<string, InventoryObject | null>();
    for (const view of this.inventory.podSpecs()) {
      if (view.owner.kind === 'PodTemplate') continue;
      const account = podServiceAccount(view).name;
      this.sa(view.namespace, account);
      const saKey = `${view.namespace}/${account}`;
      let saObject = accounts.get(saKey);
      if (saObject === undefined) accounts.set(saKey, (saObject = this.inventory.get('ServiceAccount', view.namespace, account) ?? null));
      const podSetting = view.spec.automountServiceAccountToken;
      const token = podSetting === true || (podSetting !== false && saObject?.object.automountServiceAccountToken !== false);
      this.workloads.push({ view, serviceAccount: account, token, hostAccess: hostAccess(view), what: `${view.owner.kind} ${view.namespace}/${view.owner.name}` });
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

  /** Adds an edge; callers add each (from, to, action) once. */
  private edge(e: Edge): void {
    e.hub = isHub(e.to);
    this.edges++;
    let back = this.reverse.get(e.to);
    if (!back) this.reverse.set(e.to, (back = []));
    back.push(e);
  }

  private build(): void {
    const world = this.rbac.world;
    const namespaces = [...this.saByNamespace.keys()].sort();
    // identities
    for (const [id, node] of [...this.nodes]) {
      if (node.kind === 'ServiceAccount') {
        if (this.boundAccounts.has(id)) for (const e of this.identityEdges(id, serviceAccountUser(node.namespace!, node.name))) this.edge(e);
        else if (this.genericServiceAccountEdges(node.namespace!)) this.edge({ from: id, to: `member:${node.namespace}`, action: '%', short: '%' });
      } else if (node.kind === 'User') for (const e of this.identityEdges(id, namedUser(node.name))) this.edge(e);
      else if (node.kind === 'Group') {
        if (node.name === MASTERS) this.edge({ from: id, to: GOAL_ID['cluster-admin'], action: 'bypass authorization as a member of system:masters', short: 'member of system:masters: cluster-admin', fact: 'the API server allows every request of system:masters before RBAC is asked', holds: true });
        else for (const e of this.identityEdges(id, groupMember(node.name))) this.edge(e);
      }
    }
    // hubs of every namespace: its pods, its accounts, exec into its pods
    this.node(ALL_PODS, { kind: 'Pods', name: '*' });
    const nodeTargets = this.nodeFactsList.length > 0 ? this.nodeFactsList.map((n) => this.node(nodeId(n.name), { kind: 'Node', name: n.name })) : [this.node(ANY_NODE, { kind: 'Node', name: '*' })];
    for (const n of nodeTargets) this.edge({ from: 'nodes:*', to: n, action: '%', short: '%' });
    for (const ns of namespaces) {
      const pods = this.node(podsId(ns), { kind: 'Pods', namespace: ns, name: ns });
      this.edge({ from: ALL_PODS, to: pods, action: `create pods (or a pod controller) in any namespace, here ${ns}`, short: `create pods in namespace ${ns}` });
      // through the namespace's hub of accounts: one edge per namespace, not one per account
      this.edge({ from: pods, to: `accounts:${ns}`, action: 'run a pod as %', short: 'run a pod as %', fact: 'a pod may name any service account of its namespace (spec.serviceAccountName) and gets its token' });
      // accounts:<ns> → each of its accounts is implicit (see `search`): 30,000 accounts need no edge objects
      this.edge({ from: 'accounts:*', to: `accounts:${ns}`, action: '%', short: '%' });
      this.edge({ from: 'exec:*', to: `exec:${ns}`, action: '%', short: '%' });
      if (ns === 'kube-system') this.edge({ from: pods, to: GOAL_ID['kube-system-secrets'], action: 'mount any Secret of kube-system into a pod', short: "mount kube-system's Secrets into a pod", fact: 'a pod may mount any Secret of its namespace as a volume' });
      const nsObject = this.inventory.get('Namespace', undefined, ns);
      if (namespacePolicy(nsObject?.object).enforce.level === 'privileged') {
        this.edge({
          from: pods,
          to: 'nodes:*',
          action: "run a privileged pod with the host's root filesystem on %",
          short: 'privileged pod on %',
          fact: `namespace ${ns} does not enforce the baseline Pod Security level${nsObject ? '' : ' (no Namespace object with pod-security labels in the input)'}; spec.nodeName places a pod on any node`,
        });
      }
    }
    // workloads: exec into their pods; their pods run as their account; escape to the node from host access
    const placements = new Map<string, Set<string>>();
    for (const w of this.workloads) {
      const ns = w.view.namespace;
      const o = w.view.owner;
      const wid = this.node(workloadId(o), { kind: 'Workload', workloadKind: o.kind, namespace: ns, name: o.name });
      const targets = this.nodesOf(w);
      if (w.token) {
        this.edge({ from: wid, to: saId(ns, w.serviceAccount), action: `use the mounted token of ServiceAccount ${ns}/${w.serviceAccount}`, short: `token of ServiceAccount ${ns}/${w.serviceAccount}`, fact: `${w.what} runs as it with its token mounted` });
        this.edge({ from: `exec:${ns}`, to: saId(ns, w.serviceAccount), action: `exec into the pods of ${w.what} and use the token of ServiceAccount ${ns}/${w.serviceAccount}`, short: `exec into ${w.what}: token of ServiceAccount ${ns}/${w.serviceAccount}` });
        // one hub per placement: the nodes a pod may run on lead to the tokens of the pods placed there
        const key = `placed:${targets.join(',')}`;
        let seen = placements.get(key);
        if (!seen) {
          placements.set(key, (seen = new Set()));
          for (const n of targets) this.edge({ from: n, to: key, action: '%', short: '%' });
        }
        if (!seen.has(`${ns}/${w.serviceAccount}`)) {
          seen.add(`${ns}/${w.serviceAccount}`);
          this.edge({ from: key, to: saId(ns, w.serviceAccount), action: `read the token of ${w.what}'s pods (ServiceAccount ${ns}/${w.serviceAccount})`, short: `token of ServiceAccount ${ns}/${w.serviceAccount} on the node`, fact: `root on a node reads the service account tokens of the pods it runs${this.nodeFactsList.length ? '' : ' (no Node objects in the input: any node)'}` });
        }
      }
      if (w.hostAccess) {
        for (const t of targets) {
          const where = t === ANY_NODE ? 'its node' : `node ${t.slice(5)}`;
          this.edge({ from: wid, to: t, action: `escape to ${where}`, short: `escape to ${where}`, fact: `${w.what} runs with ${w.hostAccess}` });
          this.edge({ from: `exec:${ns}`, to: t, action: `exec into the pods of ${w.what}, which run with ${w.hostAccess}, and escape to ${where}`, short: `exec into ${w.what} (${w.hostAccess}): ${where}` });
        }
      }
    }
    // control-plane nodes hold admin credentials
    for (const f of this.nodeFactsList) {
      if ('node-role.kubernetes.io/control-plane' in f.labels || 'node-role.kubernetes.io/master' in f.labels) {
        this.edge({ from: nodeId(f.name), to: GOAL_ID['cluster-admin'], action: 'read /etc/kubernetes/admin.conf and the cluster CA key on the control-plane node', short: 'admin credentials of the control-plane node', fact: `node ${f.name} is labelled node-role.kubernetes.io/control-plane` });
      }
    }
    // hubs of users and groups, for impersonation: users:* → every user, groups:* → every group, implicit (see `search`)
    // sources: the subjects that get something beyond Kubernetes' stock policy, and exposed workloads
    const exposure = this.inventory.analysis(exposedWorkloads, undefined);
    for (const w of this.workloads) {
      const exposures = exposure.get(w.view);
      if (exposures?.length) this.sources.push({ id: workloadId(w.view.owner), exposure: exposures.map((e) => e.how).join(', ') });
    }
    const seen = new Set<string>();
    for (const b of world.bindings) {
      for (const s of world.reportableSubjects(b)) {
        const sa = s.kind === 'User' ? splitServiceAccountUsername(s.name) : undefined;
        const id = s.kind === 'ServiceAccount' ? saId(s.namespace!, s.name) : sa ? saId(sa.namespace, sa.name) : s.kind === 'User' ? userId(s.name) : groupId(s.name);
        if (!seen.has(id)) {
          seen.add(id);
          this.sources.push({ id });
        }
      }
    }
  }

  private readonly placementCache = new Map<string, string[]>();

  /** The nodes a workload's pods can be placed on (`node:*` without Node objects), once per distinct placement. */
  private nodesOf(w: Workload): string[] {
    if (this.nodeFactsList.length === 0) return [ANY_NODE];
    const spec = w.view.spec;
    const key = JSON.stringify([spec.nodeName, spec.nodeSelector, spec.affinity?.nodeAffinity, spec.tolerations]);
    let nodes = this.placementCache.get(key);
    if (!nodes) this.placementCache.set(key, (nodes = this.nodeFactsList.filter((f) => placeable(w.view, f)).map((f) => nodeId(f.name))));
    return nodes;
  }

  /**
   * A service account with no binding of its own has what its groups have: computed once per
   * namespace, on hub `member:<ns>`. False when the groups give nothing.
   */
  private genericServiceAccountEdges(ns: string): boolean {
    let has = this.genericEdges.get(ns);
    if (has === undefined) {
      const member: UserInfo = { groups: [ALL_SERVICE_ACCOUNTS, serviceAccountNamespaceGroup(ns), AUTHENTICATED] };
      const edges = this.identityEdges(`member:${ns}`, member);
      for (const e of edges) this.edge(e);
      this.genericEdges.set(ns, (has = edges.length > 0));
    }
    return has;
  }

  /** The rules of a role that give each probe: computed once per role. */
  private hitsOf(role: RbacRole): readonly RoleHit[] {
    let hits = this.roleHits.get(role);
    if (!hits) {
      const found: RoleHit[] = [];
      for (const rule of role.rules) {
        if (!rule.rule.resources.some((r) => PROBED_RESOURCES.has(r))) continue;
        const names = rule.rule.resourceNames.length > 0 ? rule.rule.resourceNames : undefined;
        for (const probe of this.probesOf(rule.rule)) if (!names || namedRequestAllowed(rule.rule, probe)) found.push({ probe, rule, names });
      }
      this.roleHits.set(role, (hits = found));
    }
    return hits;
  }

  /** The probes a rule gives, by its content: thousands of namespaces' roles repeat the same rules. */
  private readonly probesByContent = new Map<string, readonly Probe[]>();
  private probesOf(rule: PolicyRule): readonly Probe[] {
    const key = `${rule.verbs.join('\0')}\n${rule.apiGroups.join('\0')}\n${rule.resources.join('\0')}`;
    let probes = this.probesByContent.get(key);
    if (!probes) {
      const found: Probe[] = isAdminRule(rule) ? ['admin'] : [];
      for (const probe of PROBE_NAMES) if ((PROBES[probe] as readonly Permission[]).some((p) => ruleMatchesPermission(rule, p).length > 0)) found.push(probe);
      this.probesByContent.set(key, (probes = found));
    }
    return probes;
  }

  /** The edges an identity's permissions give it. */
  private identityEdges(from: string, user: UserInfo): Edge[] {
    const caps = new Capabilities();
    for (const { binding, subject } of this.rbac.world.allBindingsFor(user)) {
      if (!binding.role) continue;
      const scope = binding.namespace ?? '';
      for (const hit of this.hitsOf(binding.role)) if (hit.probe !== 'admin' || scope === '') caps.add(hit.probe, scope, binding, subject, hit.rule, hit.names);
    }
    if (caps.empty) return [];
    const out: Edge[] = [];
    // a repeated edge (same ends and action) is harmless to the search: no key strings to dedupe on
    const add = (to: string, action: string, short: string, via: readonly Via[], extra?: Partial<Edge>) => {
      out.push(extra ? { from, to, action, short, via, ...extra } : { from, to, action, short, via });
    };
    const scopeText = (scope: string) => (scope === '' ? 'cluster-wide' : `in namespace ${scope}`);
    const namespacesOf = (scope: string) => (scope === '' ? [...this.saByNamespace.keys()] : [scope]);
    const bindingNames = (via: readonly Via[]) => via.map((v) => `${v.binding.kind} ${v.binding.namespace ? `${v.binding.namespace}/` : ''}${v.binding.name}`).join(', ');

    const admin = caps.scopes('admin').get('');
    if (admin) add(GOAL_ID['cluster-admin'], 'hold every verb on every resource cluster-wide', `cluster-admin through ${bindingNames(admin.via)}`, admin.via, { holds: true });
    const ksRead = caps.allows('secretsRead', 'kube-system');
    if (ksRead) add(GOAL_ID['kube-system-secrets'], `read the Secrets of kube-system${ksRead === caps.scopes('secretsRead').get('') ? ' (cluster-wide)' : ''}`, `read kube-system's Secrets through ${bindingNames(ksRead.via)}`, ksRead.via, { holds: true });
    for (const [scope, held] of caps.scopes('podCreate')) {
      if (held.names !== undefined && held.names.size === 0) continue;
      if (scope === '') add(ALL_PODS, '%', '%', held.via);
      else add(podsId(scope), `create pods (or a pod controller) in namespace ${scope}`, `create pods in namespace ${scope}`, held.via);
    }
    // becoming an account: token requests and impersonation (all of a namespace through its hub, or by name)
    for (const [probe, verb, shortVerb] of [
      ['tokenCreate', 'create a token for', 'token request for'],
      ['impersonateSAs', 'impersonate', 'impersonate'],
    ] as const) {
      for (const [scope, held] of caps.scopes(probe)) {
        if (held.names === undefined) add(scope === '' ? 'accounts:*' : `accounts:${scope}`, `${verb} %`, `${shortVerb} %`, held.via);
        else for (const ns of namespacesOf(scope)) for (const sa of held.names) if (this.saByNamespace.get(ns)?.has(sa)) add(saId(ns, sa), `${verb} ServiceAccount ${ns}/${sa}`, `${shortVerb} ServiceAccount ${ns}/${sa}`, held.via);
      }
    }
    const impUsers = caps.scopes('impersonateUsers').get('');
    if (impUsers) {
      if (impUsers.names === undefined) add('users:*', 'impersonate %', 'impersonate %', impUsers.via);
      else for (const name of impUsers.names) if (this.nodes.has(userId(name))) add(userId(name), `impersonate User ${name}`, `impersonate User ${name}`, impUsers.via);
    }
    // impersonating groups needs a user to impersonate too (the impersonation filter refuses groups
    // alone); any user will do, oneself included: the groups replace the user's own
    const impGroups = caps.scopes('impersonateGroups').get('');
    const asSomeone = impUsers ?? [...caps.scopes('impersonateSAs').values()][0];
    if (impGroups && asSomeone) {
      const via = [...impGroups.via, ...asSomeone.via];
      if (impGroups.names === undefined) add(groupId(MASTERS), `impersonate Group ${MASTERS}`, `impersonate Group ${MASTERS}`, via);
      if (impGroups.names === undefined) add('groups:*', 'impersonate %', 'impersonate %', via);
      else for (const name of impGroups.names) if (this.nodes.has(groupId(name))) add(groupId(name), `impersonate Group ${name}`, `impersonate Group ${name}`, via);
    }
    // RBAC: bind or escalate
    const bind = caps.scopes('bindClusterRoles').get('');
    const crb = caps.scopes('createCRB').get('');
    if (bind && crb && (bind.names === undefined || [...bind.names].some((n) => this.isAdminRole(n)))) {
      add(GOAL_ID['cluster-admin'], 'bind cluster-admin to itself with a new ClusterRoleBinding', 'bind cluster-admin to itself', [...bind.via, ...crb.via], { fact: 'bind on clusterroles lifts the rule that one can only grant what one holds' });
    }
    const escalate = caps.scopes('escalateClusterRoles').get('');
    const update = caps.scopes('updateClusterRoles').get('');
    if (escalate && update && escalate.names === undefined && update.names === undefined && escalate.via.some((v) => v.binding.kind === 'ClusterRoleBinding')) {
      add(GOAL_ID['cluster-admin'], 'rewrite a ClusterRole it is bound to cluster-wide with every permission', 'rewrite its own ClusterRole', [...escalate.via, ...update.via], { fact: 'escalate on clusterroles lifts the rule that one can only write what one holds' });
    }
    for (const [scope, rb] of caps.scopes('createRB')) {
      if (rb.names !== undefined) continue;
      for (const ns of scope === '' ? [] : [scope]) {
        const b = caps.allows('bindRoles', ns);
        if (b && b.names === undefined) add(podsId(ns), `bind admin in namespace ${ns} to itself, then create pods there`, `bind admin to itself in namespace ${ns}`, [...b.via, ...rb.via]);
      }
    }
    for (const [scope, esc] of caps.scopes('escalateRoles')) {
      const up = scope === '' ? undefined : caps.allows('updateRoles', scope);
      if (up && esc.names === undefined && up.names === undefined && esc.via.some((v) => v.binding.kind === 'RoleBinding' && v.binding.role?.kind === 'Role')) {
        add(podsId(scope), `rewrite a Role it is bound to in namespace ${scope}, then create pods there`, `rewrite its own Role in namespace ${scope}`, [...esc.via, ...up.via]);
      }
    }
    // certificates: create a CSR for system:masters, approve it, the signer issues it
    const csr = caps.scopes('csrCreate').get('');
    const approve = caps.scopes('csrApprove').get('');
    const signer = caps.scopes('signerApprove').get('');
    if (csr && approve && signer && (signer.names === undefined || signer.names.has('kubernetes.io/kube-apiserver-client') || signer.names.has('kubernetes.io/*'))) {
      add(GOAL_ID['cluster-admin'], 'request, approve and receive a client certificate for group system:masters', 'client certificate for system:masters', [...csr.via, ...approve.via, ...signer.via], { fact: 'the kube-apiserver-client signer issues approved certificates for any user and groups' });
    }
    // into running pods (all of a namespace through its hub; named pods directly), and nodes through the kubelet
    for (const [scope, held] of caps.scopes('exec')) {
      if (held.names === undefined) {
        add(scope === '' ? 'exec:*' : `exec:${scope}`, '%', '%', held.via);
        continue;
      }
      for (const w of this.workloads) {
        if (scope !== '' && w.view.namespace !== scope) continue;
        const o = w.view.owner;
        if (!(o.kind === 'Pod' && held.names.has(o.name)) && !(o.kind === 'StatefulSet' && [...held.names].some((n) => n.startsWith(`${o.name}-`)))) continue;
        if (w.token) add(saId(w.view.namespace, w.serviceAccount), `exec into the pods of ${w.what} and use the token of ServiceAccount ${w.view.namespace}/${w.serviceAccount}`, `exec into ${w.what}: token of ServiceAccount ${w.view.namespace}/${w.serviceAccount}`, held.via);
        for (const t of w.hostAccess ? this.nodesOf(w) : []) add(t, `exec into the pods of ${w.what}, which run with ${w.hostAccess}, and escape to ${t === ANY_NODE ? 'their node' : `node ${t.slice(5)}`}`, `exec into ${w.what}: ${t === ANY_NODE ? 'its node' : `node ${t.slice(5)}`}`, held.via);
      }
    }
    const proxy = caps.scopes('nodesProxy').get('');
    if (proxy) {
      if (proxy.names === undefined) add('nodes:*', 'run commands in any pod of % through the kubelet API (nodes/proxy)', 'nodes/proxy to %', proxy.via);
      else for (const f of this.nodeFactsList) if (proxy.names.has(f.name)) add(nodeId(f.name), `run commands in any pod of node ${f.name} through the kubelet API (nodes/proxy)`, `nodes/proxy to node ${f.name}`, proxy.via);
    }
    // Secrets: the legacy tokens one can read; a new token Secret one can create and read
    for (const [scope, held] of caps.scopes('secretsRead')) {
      for (const [ns, secrets] of scope === '' ? this.tokenSecrets : this.tokenSecrets.has(scope) ? [[scope, this.tokenSecrets.get(scope)!] as const] : []) {
        for (const [secret, account] of secrets) {
          if (held.names !== undefined && !held.names.has(secret)) continue;
          add(saId(ns, account), `read the legacy token Secret ${ns}/${secret} of ServiceAccount ${ns}/${account}`, `token Secret ${ns}/${secret} of ServiceAccount ${ns}/${account}`, held.via);
        }
      }
    }
    for (const [scope, created] of caps.scopes('secretsCreate')) {
      if (created.names !== undefined) continue;
      const get = caps.scopes('secretsGet').get(scope);
      if (get && get.names === undefined) {
        add(scope === '' ? 'accounts:*' : `accounts:${scope}`, 'create a token Secret for % and read it', 'new token Secret for %', [...created.via, ...get.via], { fact: 'the token controller fills a Secret of type kubernetes.io/service-account-token annotated with the account' });
      }
    }
    return out;
  }

  private isAdminRole(name: string): boolean {
    return this.rbac.world.role('ClusterRole', undefined, name)?.rules.some((r) => isAdminRule(r.rule)) ?? false;
  }

  /**
   * From the goal over reversed edges, 0-1 breadth-first: an edge into a transparent hub costs 0, any
   * other 1. Every node's distance to the goal, in shown steps, and its next edge.
   */
  private search(goal: Goal): { dist: Map<string, number>; next: Map<string, Edge> } {
    let found = this.searched.get(goal);
    if (found) return found;
    const dist = new Map<string, number>([[GOAL_ID[goal], 0]]);
    const next = new Map<string, Edge>();
    // a deque as two stacks of the current and the next distance
    let current = [GOAL_ID[goal]];
    let d = 0;
    const done = new Set<string>();
    let following: string[] = [];
    const relax = (e: Edge) => {
      const w = e.hub ? 0 : 1;
      const nd = d + w;
      const old = dist.get(e.from);
      if ((old !== undefined && old <= nd) || nd > this.options.maxDepth) return;
      dist.set(e.from, nd);
      next.set(e.from, e);
      if (w === 0) current.push(e.from);
      else following.push(e.from);
    };
    while (current.length > 0 && d <= this.options.maxDepth) {
      following = [];
      for (let i = 0; i < current.length; i++) {
        const to = current[i];
        if (done.has(to)) continue;
        done.add(to);
        const implicit = this.implicitInto(to);
        if (implicit) relax(implicit);
        for (const e of this.reverse.get(to) ?? []) relax(e);
      }
      current = following;
      d++;
    }
    found = { dist, next };
    this.searched.set(goal, found);
    return found;
  }

  /**
   * The edge into a node from the hub that fans out to every node of its kind, made when the search
   * needs it: `accounts:<ns>` → each ServiceAccount of the namespace, `users:*` → each User,
   * `groups:*` → each Group (their edge counts stay proportional to grants, not to accounts).
   */
  private implicitInto(to: string): Edge | undefined {
    const node = this.nodes.get(to);
    if (!node) return undefined;
    const from = node.kind === 'ServiceAccount' ? `accounts:${node.namespace}` : node.kind === 'User' ? 'users:*' : node.kind === 'Group' ? 'groups:*' : undefined;
    return from === undefined ? undefined : { from, to, action: '%', short: '%', hub: false };
  }

  /** Steps from a node to a goal on a shortest path, or undefined when it cannot reach it within the depth bound. */
  pathFrom(id: string, goal: Goal): PathStep[] | undefined {
    const { dist, next } = this.search(goal);
    if (!dist.has(id)) return undefined;
    const steps: PathStep[] = [];
    let at = id;
    while (at !== GOAL_ID[goal]) {
      let e = next.get(at)!;
      const via = [...(e.via ?? [])];
      let action = e.action;
      let short = e.short;
      let fact = e.fact;
      // a step into a transparent hub and the step out of it are shown as one
      while (e.hub) {
        const out = next.get(e.to)!;
        // `%` is the node the move ends at; through another hub it is still to come
        const fill = (text: string) => (text !== '%' ? text : isHub(out.to) ? '%' : this.nodeText(out.to));
        action = action === '%' ? fill(out.action) : action.replace('%', fill(out.action));
        short = short === '%' ? fill(out.short) : short.replace('%', fill(out.short));
        fact = [fact, out.fact].filter(Boolean).join('; ') || undefined;
        via.push(...(out.via ?? []));
        e = out;
      }
      steps.push({ from: this.nodes.get(at)!, to: this.nodes.get(e.to)!, action, short, grants: mergeVias(via).map(proof), ...(fact !== undefined && { fact }) });
      at = e.to;
    }
    return steps;
  }

  private nodeText(id: string): string {
    const n = this.nodes.get(id);
    return n ? describeNode(n) : id;
  }

  /** The distance, in shown steps, from a node to a goal (undefined: unreachable within the bound). */
  distance(id: string, goal: Goal): number | undefined {
    return this.search(goal).dist.get(id);
  }

  /** Whether the node's shortest path is a one-step statement of what it already holds. */
  private holdsGoal(id: string, goal: Goal): boolean {
    return this.distance(id, goal) === 1 && this.search(goal).next.get(id)?.holds === true;
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
    for (const goal of GOALS) {
      const steps = this.pathFrom(id, goal);
      if (steps && steps.length > 0) return [{ source: this.nodes.get(id)!, ...(exposure !== undefined && { exposure }), goal, steps }];
    }
    return [];
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
    return this.edges;
  }
}

/** One proof per binding and matched subject, with the rules of every permission the step needs (create and get on one rule: shown once). */
function mergeVias(vias: readonly Via[]): Via[] {
  const out: Via[] = [];
  for (const v of vias) {
    const same = out.find((o) => o.binding === v.binding && o.subject === v.subject);
    if (same) same.rules.push(...v.rules.filter((r) => !same.rules.includes(r)));
    else out.push({ binding: v.binding, subject: v.subject, rules: [...v.rules] });
  }
  return out;
}

function proof(v: Via): GrantProof {
  const ref = (x: { kind: string; namespace?: string; name: string }, namespaced: boolean) => (namespaced && x.namespace !== undefined ? { kind: x.kind, namespace: x.namespace, name: x.name } : { kind: x.kind, name: x.name });
  return {
    binding: ref(v.binding, v.binding.kind === 'RoleBinding'),
    role: ref(v.binding.role!, v.binding.role!.kind === 'Role'),
    subject: ref(v.subject, v.subject.kind === 'ServiceAccount'),
    rules: [...new Set(v.rules)].map((r) => ({ kind: r.origin.kind, ...(r.origin.kind === 'Role' && { namespace: r.origin.namespace }), name: r.origin.name, index: r.index, ...ruleEvidence(r.rule) })),
  };
}

const RUNTIME_SOCKETS = new Set(['/var/run/docker.sock', '/run/containerd/containerd.sock', '/var/run/containerd/containerd.sock', '/var/run/crio/crio.sock', '/run/crio/crio.sock']);

/**
 * Privileged containers, or host paths that are the node: what a container escape needs. A runtime
 * socket runs containers on the host. The host's root is the node when the mount is writable or the
 * container may run as root (root reads the kubelet's credentials and every pod's token under
 * /var/lib/kubelet, mode 0750); a non-root container with a read-only mount reads neither.
 */
function hostAccess(view: PodSpecView): string | undefined {
  for (const c of view.containers) if (isRecord(c.container.securityContext) && c.container.securityContext.privileged === true) return `a privileged container (${c.name})`;
  const hostPaths = new Map<string, string>();
  for (const v of view.spec.volumes ?? []) {
    const path = isRecord(v.hostPath) && typeof v.hostPath.path === 'string' ? v.hostPath.path.replace(/\/+$/, '') || '/' : undefined;
    if (path !== undefined && (path === '/' || RUNTIME_SOCKETS.has(path))) hostPaths.set(v.name, path);
  }
  if (hostPaths.size === 0) return undefined;
  const pod = isRecord(view.spec.securityContext) ? view.spec.securityContext : {};
  for (const c of view.containers) {
    const sc = isRecord(c.container.securityContext) ? c.container.securityContext : {};
    const user = sc.runAsUser ?? pod.runAsUser;
    const mayBeRoot = user === 0 || (typeof user !== 'number' && (sc.runAsNonRoot ?? pod.runAsNonRoot) !== true);
    for (const m of c.container.volumeMounts ?? []) {
      const path = hostPaths.get(m.name);
      if (path === undefined) continue;
      if (path !== '/') return `hostPath ${path}`;
      if (m.readOnly !== true) return `hostPath / (writable, in container ${c.name})`;
      if (mayBeRoot) return `hostPath / (read by ${user === 0 ? 'root' : 'a container that may run as root'}: ${c.name})`;
    }
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

/** A node in words: `ServiceAccount shop/default`, `pods in namespace tools`, `node worker-1`. */
export function describeNode(n: PathNode): string {
  switch (n.kind) {
    case 'Workload':
      return `${n.workloadKind} ${n.namespace}/${n.name}`;
    case 'ServiceAccount':
      return `ServiceAccount ${n.namespace}/${n.name}`;
    case 'Pods':
      return n.name === '*' ? 'pods in any namespace' : `pods in namespace ${n.name}`;
    case 'Node':
      return n.name === '*' ? 'a node' : `node ${n.name}`;
    case 'Goal':
      return n.name;
    default:
      return `${n.kind} ${n.name}`;
  }
}

/** A path in one sentence: `Deployment shop/frontend (exposed: ...) reaches cluster-admin in 4 steps: ... → ...`. */
export function describePath(path: EscalationPath): string {
  const start = `${describeNode(path.source)}${path.exposure ? ` (exposed: ${path.exposure})` : ''}`;
  const steps = path.steps.map((s) => s.short).join(' → ');
  const goal = path.goal === 'cluster-admin' ? 'cluster-admin' : "kube-system's Secrets";
  return `${start} reaches ${goal} in ${path.steps.length} step${path.steps.length === 1 ? '' : 's'}: ${steps}`;
}
