import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { clusterRole, clusterRoleBinding, role, roleBinding, serviceAccount } from '../../checks/rbac/fixtures.js';
import { escalationGraph, type Goal } from './paths.js';

function graph(text: string, maxDepth?: number) {
  const inventory = loadText(text, 'world.yaml');
  assert.deepEqual(inventory.diagnostics, []);
  return inventory.analysis(escalationGraph, maxDepth === undefined ? undefined : { maxDepth });
}

/** The steps of the shortest path from a source (`ServiceAccount/ns/name`, `User/x`, `Group/x`), as their short texts. */
function steps(text: string, from: string, goal: Goal = 'cluster-admin', maxDepth?: number): string[] | undefined {
  const g = graph(text, maxDepth);
  const [kind, a, b] = from.split('/');
  const id = kind === 'ServiceAccount' ? g.idOf(kind, b, a) : g.idOf(kind, a);
  assert.ok(id, `${from} is in the graph`);
  return g.pathFrom(id, goal)?.map((s) => s.short);
}

const ADMIN_SA = serviceAccount('tools', 'dashboard') + clusterRoleBinding('dashboard-admin', 'cluster-admin', 'ServiceAccount:tools/dashboard');
const DEPLOYMENT = (ns: string, name: string, sa: string, extra = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      serviceAccountName: ${sa}\n${extra}      containers: [{name: app, image: app}]\n---\n`;
const NAMESPACE = (name: string, level?: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}${level ? `, labels: {pod-security.kubernetes.io/enforce: ${level}}` : ''}}\n---\n`;

const HOST_ROOT = (mount: string, security = '') =>
  `      volumes: [{name: host, hostPath: {path: /}}]\n${security}      containers: [{name: app, image: app, volumeMounts: [{name: host, mountPath: /host${mount}}]}]\n`;
/** A workload whose pod spec is given whole (after serviceAccountName). */
const WORKLOAD = (ns: string, name: string, sa: string, spec: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      serviceAccountName: ${sa}\n${spec}---\n`;
const EXEC_MON = role('mon', 'r', 'create||pods/exec') + roleBinding('mon', 'b', 'Role/r', 'User:jane');

describe('escalation edges, table-driven (each with the permission that makes it)', () => {
  const cases: { name: string; world: string; from: string; goal?: Goal; expected: string[] | undefined }[] = [
    {
      name: 'create pods in a namespace → any service account there → its cluster-admin binding',
      world: ADMIN_SA + role('tools', 'deployer', 'create|apps|deployments') + roleBinding('tools', 'b', 'Role/deployer', 'User:jane'),
      from: 'User/jane',
      expected: ['create pods in namespace tools', 'run a pod as ServiceAccount tools/dashboard', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'update of a pod controller counts as creating pods; pods/* and deployments/scale do not',
      world: ADMIN_SA + role('tools', 'r', 'patch|apps|deployments/scale', 'create||pods/*') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: "pods in kube-system mount kube-system's Secrets",
      world: role('kube-system', 'r', 'create||pods') + roleBinding('kube-system', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      goal: 'kube-system-secrets',
      expected: ['create pods in namespace kube-system', "mount kube-system's Secrets into a pod"],
    },
    {
      name: 'reading Secrets yields the legacy tokens there',
      world:
        ADMIN_SA +
        'apiVersion: v1\nkind: Secret\nmetadata: {name: dash-token, namespace: tools, annotations: {kubernetes.io/service-account.name: dashboard}}\ntype: kubernetes.io/service-account-token\n---\n' +
        role('tools', 'r', 'get||secrets|dash-token') +
        roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: ['token Secret tools/dash-token of ServiceAccount tools/dashboard', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'resourceNames never match a request without a name: list of a named Secret reads nothing',
      world:
        ADMIN_SA +
        'apiVersion: v1\nkind: Secret\nmetadata: {name: dash-token, namespace: tools, annotations: {kubernetes.io/service-account.name: dashboard}}\ntype: kubernetes.io/service-account-token\n---\n' +
        role('tools', 'r', 'list,watch||secrets|dash-token') +
        roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'create pods limited to resourceNames creates nothing (a create request has no name)',
      world: ADMIN_SA + role('tools', 'r', 'create||pods|web') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'patch of a named Deployment rewrites its pod template: pods in the namespace',
      world: ADMIN_SA + role('tools', 'r', 'patch|apps|deployments|web') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: ['create pods in namespace tools', 'run a pod as ServiceAccount tools/dashboard', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'create and get Secrets: a new token Secret for any account',
      world: ADMIN_SA + role('tools', 'r', 'create,get||secrets') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: ['new token Secret for ServiceAccount tools/dashboard', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'create alone is not enough',
      world: ADMIN_SA + role('tools', 'r', 'create||secrets') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'serviceaccounts/token for the named account',
      world: ADMIN_SA + role('tools', 'r', 'create||serviceaccounts/token|dashboard') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: ['token request for ServiceAccount tools/dashboard', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'serviceaccounts/token for another named account does not reach it',
      world: ADMIN_SA + role('tools', 'r', 'create||serviceaccounts/token|other') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'impersonate groups (and a user, here only oneself): system:masters',
      world: clusterRole('proxy', 'impersonate||groups', 'impersonate||users|jane') + clusterRoleBinding('b', 'proxy', 'User:jane'),
      from: 'User/jane',
      expected: ['impersonate Group system:masters', 'member of system:masters: cluster-admin'],
    },
    {
      name: 'impersonate groups without any user to impersonate is refused by the API server',
      world: clusterRole('proxy', 'impersonate||groups') + clusterRoleBinding('b', 'proxy', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'impersonate a named user who is admin',
      world: clusterRole('proxy', 'impersonate||users|root@example.com') + clusterRoleBinding('b', 'proxy', 'User:jane') + clusterRoleBinding('root', 'cluster-admin', 'User:root@example.com'),
      from: 'User/jane',
      expected: ['impersonate User root@example.com', 'cluster-admin through ClusterRoleBinding root'],
    },
    {
      name: 'bind on clusterroles and create clusterrolebindings',
      world: clusterRole('r', 'bind|rbac.authorization.k8s.io|clusterroles', 'create|rbac.authorization.k8s.io|clusterrolebindings') + clusterRoleBinding('b', 'r', 'User:jane'),
      from: 'User/jane',
      expected: ['bind cluster-admin to itself'],
    },
    {
      name: 'bind limited to a harmless role is not a path',
      world: clusterRole('r', 'bind|rbac.authorization.k8s.io|clusterroles|view', 'create|rbac.authorization.k8s.io|clusterrolebindings') + clusterRoleBinding('b', 'r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'escalate and update the ClusterRole one is bound to',
      world: clusterRole('r', 'escalate,update|rbac.authorization.k8s.io|clusterroles') + clusterRoleBinding('b', 'r', 'User:jane'),
      from: 'User/jane',
      expected: ['rewrite its own ClusterRole'],
    },
    {
      name: 'create, approve and sign a kube-apiserver-client certificate',
      world:
        clusterRole('pki', 'create|certificates.k8s.io|certificatesigningrequests', 'update|certificates.k8s.io|certificatesigningrequests/approval', 'approve|certificates.k8s.io|signers|kubernetes.io/kube-apiserver-client') +
        clusterRoleBinding('b', 'pki', 'User:jane'),
      from: 'User/jane',
      expected: ['client certificate for system:masters'],
    },
    {
      name: 'exec into a workload uses its mounted token',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + role('tools', 'r', 'create||pods/exec') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: ['exec into Deployment tools/dash: token of ServiceAccount tools/dashboard', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'exec into a workload that does not mount its token gives nothing',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard', '      automountServiceAccountToken: false\n') + role('tools', 'r', 'create||pods/exec') + roleBinding('tools', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'exec into a workload with the host root mounted writable escapes to its node',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + WORKLOAD('mon', 'agent', 'agent', HOST_ROOT('')) + EXEC_MON,
      from: 'User/jane',
      expected: ['exec into Deployment mon/agent (hostPath / (writable, in container app)): its node', 'token of ServiceAccount tools/dashboard on the node', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'the host root mounted read-only escapes when the container may run as root',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + WORKLOAD('mon', 'agent', 'agent', HOST_ROOT(', readOnly: true')) + EXEC_MON,
      from: 'User/jane',
      expected: ['exec into Deployment mon/agent (hostPath / (read by a container that may run as root: app)): its node', 'token of ServiceAccount tools/dashboard on the node', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'the host root read-only by a non-root container (node-exporter) is not an escape: /var/lib/kubelet is 0750',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + WORKLOAD('mon', 'agent', 'agent', HOST_ROOT(', readOnly: true', '      securityContext: {runAsUser: 65534, runAsNonRoot: true}\n')) + EXEC_MON,
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'runAsUser 0 in the container overrides a non-root pod',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + WORKLOAD('mon', 'agent', 'agent', '      securityContext: {runAsNonRoot: true}\n      volumes: [{name: host, hostPath: {path: /}}]\n      containers: [{name: app, image: app, securityContext: {runAsUser: 0}, volumeMounts: [{name: host, mountPath: /host, readOnly: true}]}]\n') + EXEC_MON,
      from: 'User/jane',
      expected: ['exec into Deployment mon/agent (hostPath / (read by root: app)): its node', 'token of ServiceAccount tools/dashboard on the node', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'a container runtime socket runs containers on the host, read-only or not',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + WORKLOAD('mon', 'agent', 'agent', '      securityContext: {runAsUser: 1000}\n      volumes: [{name: sock, hostPath: {path: /run/containerd/containerd.sock}}]\n      containers: [{name: app, image: app, volumeMounts: [{name: sock, mountPath: /sock, readOnly: true}]}]\n') + EXEC_MON,
      from: 'User/jane',
      expected: ['exec into Deployment mon/agent (hostPath /run/containerd/containerd.sock): its node', 'token of ServiceAccount tools/dashboard on the node', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'nodes/proxy reaches the node, and the tokens of the pods placed on it',
      world: ADMIN_SA + DEPLOYMENT('tools', 'dash', 'dashboard') + clusterRole('r', 'get||nodes/proxy') + clusterRoleBinding('b', 'r', 'ServiceAccount:mon/agent'),
      from: 'ServiceAccount/mon/agent',
      expected: ['nodes/proxy to a node', 'token of ServiceAccount tools/dashboard on the node', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'a namespace without Pod Security enforcement lets a created pod take a node',
      world: NAMESPACE('dev') + DEPLOYMENT('tools', 'dash', 'dashboard') + ADMIN_SA + role('dev', 'r', 'create||pods') + roleBinding('dev', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: ['create pods in namespace dev', 'privileged pod on a node', 'token of ServiceAccount tools/dashboard on the node', 'cluster-admin through ClusterRoleBinding dashboard-admin'],
    },
    {
      name: 'baseline enforcement stops the privileged pod',
      world: NAMESPACE('dev', 'baseline') + DEPLOYMENT('tools', 'dash', 'dashboard') + ADMIN_SA + role('dev', 'r', 'create||pods') + roleBinding('dev', 'b', 'Role/r', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
    {
      name: 'a node takes only the tokens of pods that can be placed on it; a control-plane node holds admin credentials',
      world:
        `apiVersion: v1\nkind: Node\nmetadata: {name: cp-1, labels: {node-role.kubernetes.io/control-plane: ""}}\nspec: {taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]}\n---\n` +
        clusterRole('r', 'get||nodes/proxy|cp-1') +
        clusterRoleBinding('b', 'r', 'User:jane'),
      from: 'User/jane',
      expected: ['nodes/proxy to node cp-1', 'admin credentials of the control-plane node'],
    },
    {
      name: 'paths longer than the bound are not searched',
      world: ADMIN_SA + role('tools', 'deployer', 'create|apps|deployments') + roleBinding('tools', 'b', 'Role/deployer', 'User:jane'),
      from: 'User/jane',
      expected: undefined,
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(steps(c.world, c.from, c.goal, c.name.startsWith('paths longer') ? 2 : undefined), c.expected));
  }
});

describe('escalation paths: sources and what is reported', () => {
  it('subjects of non-stock bindings and exposed workloads are sources; identities that hold the goal already are not', () => {
    const world =
      ADMIN_SA +
      DEPLOYMENT('shop', 'web', 'default') +
      'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec: {type: LoadBalancer, selector: {app: web}, ports: [{port: 80}]}\n---\n' +
      role('tools', 'deployer', 'create||pods') +
      roleBinding('tools', 'release', 'Role/deployer', 'Group:system:serviceaccounts:shop');
    const inventory = loadText(world, 'world.yaml');
    assert.deepEqual(inventory.diagnostics, []);
    const g = inventory.analysis(escalationGraph, undefined);
    const paths = g.paths().map((p) => `${p.source.kind} ${p.source.namespace ?? ''}/${p.source.name}${p.exposure ? ' (exposed)' : ''}: ${p.steps.length}`);
    assert.deepEqual(paths.sort(), ['Group /system:serviceaccounts:shop: 3', 'Workload shop/web (exposed): 4']);
  });

  it("Kubernetes' own bindings are not sources: a kubeadm cluster's policy alone reports no path", () => {
    const world =
      clusterRoleBinding('system:controller:namespace-controller', 'system:controller:namespace-controller', 'ServiceAccount:kube-system/namespace-controller') +
      clusterRoleBinding('system:kube-controller-manager', 'system:kube-controller-manager', 'User:system:kube-controller-manager') +
      clusterRoleBinding('cluster-admin', 'cluster-admin', 'Group:system:masters');
    assert.deepEqual(graph(world).paths(), []);
  });
});
