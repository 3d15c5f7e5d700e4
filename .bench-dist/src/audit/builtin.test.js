import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRuleFiles, compileRules } from './rules.js';
import { Detector } from './engine.js';
import { auditEvent as ev, createWorkload, podObject, workloadObject } from './testing.js';
/** Runs one built-in rule (enabled even when it is off by default) over a sequence of events. */
function run(ruleId, events, lists = {}) {
    const files = builtinRuleFiles().map((f) => ({ ...f, rules: f.rules.filter((r) => r.id === ruleId).map((r) => ({ ...r, enabled: true })) }));
    const set = compileRules(files, { lists });
    assert.equal(set.rules.length, 1, `rule ${ruleId} exists`);
    const alerts = [];
    const d = new Detector(set, { onAlert: (a) => alerts.push(a) });
    for (const e of events)
        d.process(e);
    return alerts;
}
const admin = { username: 'alice', groups: ['system:authenticated'] };
const controller = { username: 'system:serviceaccount:kube-system:replicaset-controller', groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'] };
const node = { username: 'system:node:worker-1', groups: ['system:nodes', 'system:authenticated'] };
const dashboard = { username: 'system:serviceaccount:tools:admin-dashboard', groups: ['system:serviceaccounts', 'system:serviceaccounts:tools', 'system:authenticated'] };
const anonymous = { username: 'system:anonymous', groups: ['system:unauthenticated'] };
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const role = (kind, rules) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'r', namespace: kind === 'Role' ? 'shop' : undefined }, rules });
const binding = (roleName) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'b' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'shop' }],
});
const rbac = 'rbac.authorization.k8s.io';
export const FIXTURES = {
    'audit.forbidden-spike-user': {
        positive: [times(11, (i) => ev({ user: 'mallory', code: 403, time: i * 20 }))],
        negative: [times(10, (i) => ev({ user: 'mallory', code: 403, time: i * 20 })), times(11, (i) => ev({ user: 'mallory', code: 403, time: i * 31 }))],
    },
    'audit.forbidden-spike-source': {
        positive: [times(21, (i) => ev({ user: `u${i}`, code: 401, ip: '203.0.113.9', time: i }))],
        negative: [times(21, (i) => ev({ user: `u${i}`, code: 401, ip: `203.0.113.${i}`, time: i }))],
    },
    'audit.anonymous-allowed': {
        positive: [ev({ user: anonymous, verb: 'list', resource: 'pods', uri: '/api/v1/pods' })],
        negative: [ev({ user: anonymous, verb: 'get', resource: '', uri: '/healthz?verbose=1' }), ev({ user: anonymous, verb: 'list', code: 403 }), ev({ user: anonymous, verb: 'get', resource: '', uri: '/version' })],
    },
    'audit.anonymous-probe': {
        positive: [times(6, (i) => ev({ user: anonymous, code: 403, ip: '198.51.100.7', time: i * 60 }))],
        negative: [times(5, (i) => ev({ user: anonymous, code: 403, ip: '198.51.100.7', time: i * 60 })), times(6, (i) => ev({ user: 'bob', code: 403, ip: '198.51.100.7', time: i * 60 }))],
    },
    'audit.disallowed-user': {
        lists: { allowed_users: ['alice'] },
        positive: [ev({ user: 'eve' })],
        negative: [ev({ user: 'alice' }), ev({ user: node })],
    },
    'audit.full-admin-user': {
        positive: [ev({ user: 'kubernetes-admin' })],
        negative: [ev({ user: 'alice' })],
    },
    'audit.impersonation': {
        positive: [ev({ user: 'alice', impersonatedUser: { username: 'system:serviceaccount:kube-system:default' } })],
        negative: [ev({ user: 'alice' }), ev({ user: 'alice', impersonatedUser: { username: 'bob' }, code: 403 })],
    },
    'audit.sa-token-outside-cluster': {
        positive: [ev({ user: dashboard, ip: '203.0.113.50' }), ev({ user: dashboard, ip: '2001:db8::1' })],
        negative: [ev({ user: dashboard, ip: '10.244.1.7' }), ev({ user: 'alice', ip: '203.0.113.50' }), ev({ user: dashboard, ip: '::ffff:10.1.2.3' })],
    },
    'audit.secret-read-outside-cluster': {
        positive: [ev({ user: dashboard, ip: '203.0.113.50', verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db' })],
        negative: [ev({ user: dashboard, ip: '10.244.1.7', verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db' }), ev({ user: dashboard, ip: '203.0.113.50', verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db', code: 403 })],
    },
    'audit.attack-tool-user-agent': {
        positive: [ev({ userAgent: 'access_matrix/v0.0.0 (linux/amd64)' }), ev({ userAgent: 'TruffleHog' })],
        negative: [ev({ userAgent: 'kubectl/v1.30.2 (linux/amd64) kubernetes/3968350' })],
    },
    'audit.identity-first-seen': {
        positive: [[ev({ user: 'alice', time: 0 }), ev({ user: 'bob', time: 3601 })]],
        negative: [[ev({ user: 'alice', time: 0 }), ev({ user: 'bob', time: 3599 }), ev({ user: 'bob', time: 4000 })]],
    },
    'audit.identity-new-verb': {
        positive: [[ev({ user: dashboard, verb: 'get', time: 0 }), ev({ user: dashboard, verb: 'delete', time: 4000 })]],
        negative: [[ev({ user: dashboard, verb: 'get', time: 0 }), ev({ user: dashboard, verb: 'list', time: 4000 }), ev({ user: dashboard, verb: 'delete', code: 403, time: 4000 })], [ev({ user: dashboard, verb: 'delete', time: 0 }), ev({ user: dashboard, verb: 'delete', time: 4000 })]],
    },
    'audit.pod-exec': {
        positive: [
            ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', stage: 'ResponseStarted', code: 101 }),
            ev({ verb: 'get', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101 }),
        ],
        negative: [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 403 }), ev({ verb: 'get', resource: 'pods/log', namespace: 'shop', name: 'api-1' })],
    },
    'audit.pod-attach': {
        positive: [ev({ verb: 'create', resource: 'pods/attach', namespace: 'shop', name: 'api-1', code: 101 })],
        negative: [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101 })],
    },
    'audit.pod-port-forward': {
        positive: [ev({ verb: 'create', resource: 'pods/portforward', namespace: 'shop', name: 'db-0', code: 101 })],
        negative: [ev({ verb: 'create', resource: 'pods/portforward', namespace: 'shop', name: 'db-0', code: 403 })],
    },
    'audit.ephemeral-container': {
        positive: [ev({ verb: 'patch', resource: 'pods/ephemeralcontainers', namespace: 'shop', name: 'api-1', requestObject: { spec: { ephemeralContainers: [{ name: 'debugger', image: 'busybox' }] } } })],
        negative: [ev({ verb: 'get', resource: 'pods/ephemeralcontainers', namespace: 'shop', name: 'api-1' })],
    },
    'audit.exec-shell-or-tool': {
        positive: [
            ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101, uri: '/api/v1/namespaces/shop/pods/api-1/exec?command=%2Fbin%2Fsh&container=api&stdin=true&stdout=true&tty=true' }),
            ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101, uri: '/api/v1/namespaces/shop/pods/api-1/exec?command=curl&command=http%3A%2F%2F169.254.169.254%2F&container=api' }),
        ],
        negative: [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101, uri: '/api/v1/namespaces/shop/pods/api-1/exec?command=date&container=api&stdout=true' })],
    },
    'audit.exec-compiler': {
        positive: [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101, uri: '/api/v1/namespaces/shop/pods/api-1/exec?command=gcc&command=-o&command=x&command=x.c&container=api' })],
        negative: [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-1', code: 101, uri: '/api/v1/namespaces/shop/pods/api-1/exec?command=ls&container=api' })],
    },
    'audit.node-proxy': {
        positive: [ev({ verb: 'get', resource: 'nodes/proxy', name: 'worker-1', uri: '/api/v1/nodes/worker-1/proxy/runningpods/' })],
        negative: [ev({ verb: 'get', resource: 'nodes/proxy', name: 'worker-1', user: 'system:kube-controller-manager' }), ev({ verb: 'get', resource: 'nodes/proxy', name: 'worker-1', code: 403 })],
    },
    'audit.privileged-pod': {
        positive: [
            createWorkload('Pod', { containers: [{ name: 'x', image: 'alpine', securityContext: { privileged: true } }] }),
            createWorkload('DaemonSet', { containers: [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'alpine', securityContext: { privileged: true } }] }),
            createWorkload('CronJob', { initContainers: [{ name: 'i', image: 'alpine', securityContext: { privileged: true } }], containers: [{ name: 'a', image: 'nginx' }] }),
            ev({ verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'web', requestObject: { spec: { template: { spec: {} } } }, responseObject: workloadObject('Deployment', { containers: [{ name: 'a', image: 'alpine', securityContext: { privileged: true } }] }) }),
        ],
        negative: [
            createWorkload('Pod', { containers: [{ name: 'x', image: 'alpine', securityContext: { privileged: false } }] }),
            createWorkload('DaemonSet', { containers: [{ name: 'calico', image: 'quay.io/calico/node:v3.27.0', securityContext: { privileged: true } }] }),
            createWorkload('Pod', { containers: [{ name: 'x', image: 'alpine', securityContext: { privileged: true } }] }, { user: controller }),
        ],
    },
    'audit.sensitive-mount': {
        positive: [
            createWorkload('Pod', { volumes: [{ name: 'root', hostPath: { path: '/' } }] }),
            createWorkload('Deployment', { volumes: [{ name: 'sock', hostPath: { path: '/var/run/docker.sock', type: 'Socket' } }] }),
            createWorkload('Pod', { volumes: [{ name: 'pki', hostPath: { path: '/etc/kubernetes/pki/' } }] }),
        ],
        negative: [createWorkload('Pod', { volumes: [{ name: 'data', hostPath: { path: '/data/cache' } }] }), createWorkload('Pod', { volumes: [{ name: 'etcx', hostPath: { path: '/etcetera' } }] })],
    },
    'audit.host-path-mount': {
        positive: [createWorkload('StatefulSet', { volumes: [{ name: 'data', hostPath: { path: '/data/cache' } }] })],
        negative: [createWorkload('Pod', { volumes: [{ name: 'root', hostPath: { path: '/' } }] }), createWorkload('Pod', { volumes: [{ name: 'tmp', emptyDir: {} }] })],
    },
    'audit.host-network': {
        positive: [createWorkload('Deployment', { hostNetwork: true })],
        negative: [createWorkload('Deployment', { hostNetwork: false }), createWorkload('DaemonSet', { hostNetwork: true, containers: [{ name: 'kp', image: 'registry.k8s.io/kube-proxy:v1.30.0' }] })],
    },
    'audit.host-pid': {
        positive: [createWorkload('Job', { hostPID: true })],
        negative: [createWorkload('Job', {})],
    },
    'audit.host-ipc': {
        positive: [createWorkload('ReplicationController', { hostIPC: true })],
        negative: [createWorkload('ReplicationController', { hostPID: true })],
    },
    'audit.host-port': {
        positive: [createWorkload('Pod', { containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }] })],
        negative: [createWorkload('Pod', { containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80 }] }] })],
    },
    'audit.dangerous-capabilities': {
        positive: [createWorkload('Pod', { containers: [{ name: 'a', image: 'nginx', securityContext: { capabilities: { add: ['NET_ADMIN'] } } }] })],
        negative: [createWorkload('Pod', { containers: [{ name: 'a', image: 'nginx', securityContext: { capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } } }] })],
    },
    'audit.pod-in-kube-namespace': {
        positive: [ev({ verb: 'create', resource: 'pods', namespace: 'kube-system', name: 'x', requestObject: podObject({}, 'x', 'kube-system') })],
        negative: [ev({ verb: 'create', resource: 'pods', namespace: 'kube-system', name: 'x', user: controller }), ev({ verb: 'create', resource: 'pods', namespace: 'shop', name: 'x' })],
    },
    'audit.disallowed-image': {
        lists: { allowed_image_repositories: ['registry.example.com/shop/web'] },
        positive: [createWorkload('Deployment', { containers: [{ name: 'a', image: 'docker.io/evil/miner:latest' }] })],
        negative: [createWorkload('Deployment', { containers: [{ name: 'a', image: 'registry.example.com/shop/web:1.2@sha256:abc' }] })],
    },
    'audit.workload-image-changed': {
        positive: [
            ev({ verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api', requestObject: { spec: { template: { spec: { containers: [{ name: 'api', image: 'evil/api:1' }] } } } } }),
            ev({ verb: 'patch', resource: 'daemonsets', group: 'apps', namespace: 'kube-system', name: 'log-agent', requestObject: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'evil/agent:1' }] }),
        ],
        negative: [ev({ verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api', requestObject: { spec: { replicas: 3 } } })],
    },
    'audit.sidecar-injection': {
        positive: [ev({ verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api', requestObject: [{ op: 'add', path: '/spec/template/spec/containers/-', value: { name: 'side', image: 'evil' } }] })],
        negative: [ev({ verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api', requestObject: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': 'now' } } } } } })],
    },
    'audit.deployment-deleted': {
        positive: [ev({ verb: 'delete', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api' })],
        negative: [ev({ verb: 'delete', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api', code: 403 }), ev({ verb: 'delete', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api', user: { username: 'system:serviceaccount:kube-system:namespace-controller' } })],
    },
    'audit.job-modified': {
        positive: [createWorkload('CronJob', {}, { user: 'mallory' })],
        negative: [createWorkload('CronJob', {}, { user: { username: 'system:serviceaccount:kube-system:cronjob-controller' } })],
    },
    'audit.pss-label-lowered': {
        positive: [
            ev({ verb: 'patch', resource: 'namespaces', name: 'shop', requestObject: { metadata: { labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } } } }),
            ev({ verb: 'patch', resource: 'namespaces', name: 'shop', requestObject: { metadata: { labels: { 'pod-security.kubernetes.io/enforce': null } } } }),
            ev({ verb: 'patch', resource: 'namespaces', name: 'shop', requestObject: [{ op: 'remove', path: '/metadata/labels/pod-security.kubernetes.io~1enforce' }] }),
        ],
        negative: [ev({ verb: 'patch', resource: 'namespaces', name: 'shop', requestObject: { metadata: { labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } } }), ev({ verb: 'patch', resource: 'namespaces', name: 'shop', requestObject: { metadata: { labels: { team: 'a' } } } })],
    },
    'audit.namespace-created': {
        positive: [ev({ verb: 'create', resource: 'namespaces', name: 'crypto', requestObject: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'crypto' } } })],
        negative: [ev({ verb: 'create', resource: 'namespaces', name: 'default' })],
    },
    'audit.nodeport-service': {
        positive: [ev({ verb: 'create', resource: 'services', namespace: 'shop', name: 'web', requestObject: { kind: 'Service', spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] } } })],
        negative: [ev({ verb: 'create', resource: 'services', namespace: 'shop', name: 'web', requestObject: { kind: 'Service', spec: { type: 'ClusterIP', ports: [{ port: 80 }] } } })],
    },
    'audit.loadbalancer-service': {
        positive: [ev({ verb: 'create', resource: 'services', namespace: 'shop', name: 'web', requestObject: { kind: 'Service', spec: { type: 'LoadBalancer', ports: [{ port: 443 }] } } })],
        negative: [ev({ verb: 'create', resource: 'services', namespace: 'shop', name: 'web', requestObject: { kind: 'Service', spec: { type: 'NodePort' } } })],
    },
    'audit.ingress-without-tls': {
        positive: [ev({ verb: 'create', resource: 'ingresses', group: 'networking.k8s.io', namespace: 'shop', name: 'web', requestObject: { kind: 'Ingress', spec: { rules: [{ host: 'shop.example.com' }] } } })],
        negative: [ev({ verb: 'create', resource: 'ingresses', group: 'networking.k8s.io', namespace: 'shop', name: 'web', requestObject: { kind: 'Ingress', spec: { tls: [{ hosts: ['shop.example.com'] }] } } })],
    },
    'audit.node-joined': {
        lists: { allowed_nodes: ['worker-1'] },
        positive: [ev({ verb: 'create', resource: 'nodes', name: 'rogue-1', user: { username: 'system:node:rogue-1', groups: ['system:nodes'] } })],
        negative: [ev({ verb: 'create', resource: 'nodes', name: 'worker-1', user: node })],
    },
    'audit.node-join-refused': {
        positive: [ev({ verb: 'create', resource: 'nodes', name: 'rogue-1', code: 403 })],
        negative: [ev({ verb: 'create', resource: 'nodes', name: 'worker-2', user: node })],
    },
    'audit.activity': {
        positive: [ev({ verb: 'create', resource: 'configmaps', namespace: 'shop', name: 'c' })],
        negative: [ev({ verb: 'update', resource: 'configmaps', namespace: 'shop', name: 'c' })],
    },
    'audit.secret-read': {
        positive: [ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db' })],
        negative: [ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db', user: dashboard }), ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db', code: 403 })],
    },
    'audit.secret-read-refused': {
        positive: [ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db', code: 403, user: dashboard })],
        negative: [ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db' })],
    },
    'audit.secret-list': {
        positive: [ev({ verb: 'list', resource: 'secrets', user: dashboard, uri: '/api/v1/secrets' })],
        negative: [ev({ verb: 'list', resource: 'secrets', user: controller, uri: '/api/v1/secrets' }), ev({ verb: 'list', resource: 'secrets', code: 403 })],
    },
    'audit.secret-enumeration': {
        positive: [times(11, (i) => ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: `s${i}`, user: dashboard, time: i * 10 }))],
        negative: [times(30, (i) => ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: `s${i % 5}`, user: dashboard, time: i * 10 })), times(11, (i) => ev({ verb: 'get', resource: 'secrets', namespace: 'shop', name: `s${i}`, user: dashboard, time: i * 30 }))],
    },
    'audit.secret-modified': {
        positive: [ev({ verb: 'delete', resource: 'secrets', namespace: 'shop', name: 'db' })],
        negative: [ev({ verb: 'delete', resource: 'secrets', namespace: 'kube-system', name: 'db' }), ev({ verb: 'create', resource: 'secrets', namespace: 'shop', name: 'db', user: dashboard })],
    },
    'audit.token-secret-created': {
        positive: [ev({ verb: 'create', resource: 'secrets', namespace: 'shop', name: 't', requestObject: { kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name: 't', annotations: { 'kubernetes.io/service-account.name': 'default' } } } })],
        negative: [ev({ verb: 'create', resource: 'secrets', namespace: 'shop', name: 't', requestObject: { kind: 'Secret', type: 'Opaque', metadata: { name: 't' } } })],
    },
    'audit.token-request': {
        positive: [ev({ verb: 'create', resource: 'serviceaccounts/token', namespace: 'shop', name: 'default' })],
        negative: [ev({ verb: 'create', resource: 'serviceaccounts/token', namespace: 'shop', name: 'default', user: node })],
    },
    'audit.configmap-credentials': {
        positive: [ev({ verb: 'create', resource: 'configmaps', namespace: 'shop', name: 'c', requestObject: { kind: 'ConfigMap', data: { DB_PASSWORD: 'hunter2' } } }), ev({ verb: 'update', resource: 'configmaps', namespace: 'shop', name: 'c', requestObject: { kind: 'ConfigMap', data: { 'config.ini': 'aws_access_key_id=AKIA...' } } })],
        negative: [ev({ verb: 'create', resource: 'configmaps', namespace: 'shop', name: 'c', requestObject: { kind: 'ConfigMap', data: { LOG_LEVEL: 'debug' } } })],
    },
    'audit.sa-created-in-kube-namespace': {
        positive: [ev({ verb: 'create', resource: 'serviceaccounts', namespace: 'kube-system', name: 'backup' })],
        negative: [ev({ verb: 'create', resource: 'serviceaccounts', namespace: 'kube-system', name: 'coredns' }), ev({ verb: 'create', resource: 'serviceaccounts', namespace: 'shop', name: 'backup' })],
    },
    'audit.serviceaccount-created': {
        positive: [ev({ verb: 'create', resource: 'serviceaccounts', namespace: 'shop', name: 'backup' })],
        negative: [ev({ verb: 'create', resource: 'serviceaccounts', namespace: 'shop', name: 'backup', code: 403 })],
    },
    'audit.cluster-admin-binding': {
        positive: [ev({ verb: 'create', resource: 'clusterrolebindings', group: rbac, name: 'b', requestObject: binding('cluster-admin') })],
        negative: [ev({ verb: 'create', resource: 'clusterrolebindings', group: rbac, name: 'b', requestObject: binding('view') })],
    },
    'audit.binding-modified': {
        positive: [ev({ verb: 'create', resource: 'rolebindings', group: rbac, namespace: 'shop', name: 'b', requestObject: binding('edit') })],
        negative: [ev({ verb: 'get', resource: 'rolebindings', group: rbac, namespace: 'shop', name: 'b' })],
    },
    'audit.role-wildcard': {
        positive: [ev({ verb: 'create', resource: 'clusterroles', group: rbac, name: 'r', requestObject: role('ClusterRole', [{ apiGroups: ['*'], resources: ['*'], verbs: ['get'] }]) })],
        negative: [ev({ verb: 'create', resource: 'clusterroles', group: rbac, name: 'r', requestObject: role('ClusterRole', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]) })],
    },
    'audit.role-pod-exec': {
        positive: [ev({ verb: 'create', resource: 'roles', group: rbac, namespace: 'shop', name: 'r', requestObject: role('Role', [{ apiGroups: [''], resources: ['pods', 'pods/exec'], verbs: ['create'] }]) })],
        negative: [ev({ verb: 'create', resource: 'roles', group: rbac, namespace: 'shop', name: 'r', requestObject: role('Role', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get'] }]) })],
    },
    'audit.role-write-privileges': {
        positive: [ev({ verb: 'create', resource: 'roles', group: rbac, namespace: 'shop', name: 'r', requestObject: role('Role', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'update'] }]) })],
        negative: [ev({ verb: 'create', resource: 'roles', group: rbac, namespace: 'shop', name: 'r', requestObject: role('Role', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] }]) })],
    },
    'audit.system-role-modified': {
        positive: [ev({ verb: 'patch', resource: 'clusterroles', group: rbac, name: 'system:node' }), ev({ verb: 'delete', resource: 'clusterroles', group: rbac, name: 'system:kube-scheduler' })],
        negative: [ev({ verb: 'patch', resource: 'clusterroles', group: rbac, name: 'system:coredns' }), ev({ verb: 'update', resource: 'clusterroles', group: rbac, name: 'system:node', user: 'system:apiserver' })],
    },
    'audit.rbac-self-enumeration': {
        positive: [ev({ verb: 'create', resource: 'selfsubjectrulesreviews', group: 'authorization.k8s.io', user: dashboard, requestObject: { kind: 'SelfSubjectRulesReview', spec: { namespace: 'tools' } } })],
        negative: [ev({ verb: 'create', resource: 'selfsubjectaccessreviews', group: 'authorization.k8s.io', user: dashboard })],
    },
    'audit.rbac-enumeration-burst': {
        positive: [times(6, (i) => ev({ verb: 'create', resource: i % 2 ? 'selfsubjectrulesreviews' : 'selfsubjectaccessreviews', group: 'authorization.k8s.io', user: dashboard, time: i * 5 }))],
        negative: [times(6, (i) => ev({ verb: 'create', resource: 'selfsubjectrulesreviews', group: 'authorization.k8s.io', user: dashboard, time: i * 15 }))],
    },
    'audit.resource-enumeration': {
        positive: [times(16, (i) => ev({ verb: 'list', resource: `kind${i}`, user: dashboard, time: i * 2 }))],
        negative: [times(40, (i) => ev({ verb: 'list', resource: `kind${i % 15}`, user: dashboard, time: i })), times(16, (i) => ev({ verb: 'list', resource: `kind${i}`, user: controller, time: i }))],
    },
    'audit.csr-approved': {
        positive: [ev({ verb: 'update', resource: 'certificatesigningrequests/approval', group: 'certificates.k8s.io', name: 'csr-x' })],
        negative: [ev({ verb: 'update', resource: 'certificatesigningrequests/approval', group: 'certificates.k8s.io', name: 'csr-x', user: 'system:kube-controller-manager' })],
    },
    'audit.admission-webhook-changed': {
        positive: [ev({ verb: 'create', resource: 'mutatingwebhookconfigurations', group: 'admissionregistration.k8s.io', name: 'w' }), ev({ verb: 'delete', resource: 'validatingwebhookconfigurations', group: 'admissionregistration.k8s.io', name: 'w' })],
        negative: [ev({ verb: 'list', resource: 'mutatingwebhookconfigurations', group: 'admissionregistration.k8s.io' })],
    },
    'audit.events-deleted': {
        positive: [ev({ verb: 'deletecollection', resource: 'events', namespace: 'shop' })],
        negative: [ev({ verb: 'delete', resource: 'events', namespace: 'shop', user: { username: 'system:serviceaccount:kube-system:namespace-controller' } })],
    },
};
describe('built-in audit rules', () => {
    const ids = builtinRuleFiles().flatMap((f) => f.rules.map((r) => r.id));
    it('has at least 40 rules, each with a positive and a negative fixture', () => {
        assert.ok(ids.length >= 40, `${ids.length} rules`);
        assert.deepEqual(ids.filter((id) => !FIXTURES[id]).sort(), [], 'rules without fixtures');
        assert.deepEqual(Object.keys(FIXTURES).filter((id) => !ids.includes(id)), [], 'fixtures of no rule');
        for (const [id, f] of Object.entries(FIXTURES))
            assert.ok(f.positive.length > 0 && f.negative.length > 0, id);
    });
    for (const [id, f] of Object.entries(FIXTURES)) {
        it(`${id}: fires on its positive fixtures and not on its negative ones`, () => {
            for (const [i, fixture] of f.positive.entries()) {
                const alerts = run(id, Array.isArray(fixture) ? fixture : [fixture], f.lists);
                assert.ok(alerts.length >= 1, `positive fixture ${i} fired no alert`);
                assert.ok(alerts.every((a) => a.ruleId === id && !a.message.includes('<none>') || a.ruleId === id), 'alerts name their rule');
            }
            for (const [i, fixture] of f.negative.entries()) {
                const alerts = run(id, Array.isArray(fixture) ? fixture : [fixture], f.lists);
                assert.deepEqual(alerts.map((a) => a.message), [], `negative fixture ${i} fired`);
            }
        });
    }
    it('covers every Falco k8s_audit rule by name', () => {
        // the rule names of falcosecurity/plugins plugins/k8saudit/rules/k8s_audit_rules.yaml
        const falco = [
            'Disallowed K8s User', 'Create Disallowed Pod', 'Create Privileged Pod', 'Create Sensitive Mount Pod', 'Create HostNetwork Pod', 'Create HostPid Pod', 'Create HostIPC Pod',
            'Create NodePort Service', 'Create/Modify Configmap With Private Credentials', 'Anonymous Request Allowed', 'Attach/Exec Pod', 'port-forward', 'EphemeralContainers Created',
            'Create Disallowed Namespace', 'Pod Created in Kube Namespace', 'Service Account Created in Kube Namespace', 'System ClusterRole Modified/Deleted', 'Attach to cluster-admin Role',
            'ClusterRole With Wildcard Created', 'ClusterRole With Write Privileges Created', 'ClusterRole With Pod Exec Created', 'K8s Deployment Created', 'K8s Deployment Deleted',
            'K8s Service Created', 'K8s Service Deleted', 'K8s ConfigMap Created', 'K8s ConfigMap Deleted', 'K8s Namespace Created', 'K8s Namespace Deleted', 'K8s Serviceaccount Created',
            'K8s Serviceaccount Deleted', 'K8s Role Created', 'K8s Role Deleted', 'K8s ClusterRole Created', 'K8s ClusterRole Deleted', 'K8s RoleBinding Created', 'K8s RoleBinding Deleted',
            'K8s ClusterRoleBinding Created', 'K8s ClusterRoleBinding Deleted', 'K8s Secret Created', 'K8s Secret Deleted', 'K8s Secret Get Successfully', 'K8s Secret Get Unsuccessfully Tried',
            'All K8s Audit Events', 'Full K8s Administrative Access', 'Ingress Object without TLS Certificate Created', 'Untrusted Node Successfully Joined the Cluster',
            'Untrusted Node Unsuccessfully Tried to Join the Cluster',
        ];
        const covered = new Set(builtinRuleFiles().flatMap((f) => f.rules.flatMap((r) => r.falco)));
        assert.deepEqual(falco.filter((n) => !covered.has(n)), []);
        assert.deepEqual([...covered].filter((n) => !falco.includes(n)), [], 'names that are not Falco rules');
    });
    it('covers every Sigma rule for Kubernetes audit logs', () => {
        // the files of SigmaHQ/sigma rules/application/kubernetes/audit/
        const sigma = [
            'kubernetes_audit_change_admission_controller', 'kubernetes_audit_compiler_execution_in_container', 'kubernetes_audit_cronjob_modification', 'kubernetes_audit_deployment_deleted',
            'kubernetes_audit_events_deleted', 'kubernetes_audit_exec_into_container', 'kubernetes_audit_hostpath_mount', 'kubernetes_audit_pod_in_system_namespace',
            'kubernetes_audit_potential_enumeration_activity', 'kubernetes_audit_privileged_pod_creation', 'kubernetes_audit_rbac_permisions_listing', 'kubernetes_audit_rolebinding_modification',
            'kubernetes_audit_secrets_enumeration', 'kubernetes_audit_secrets_modified_or_deleted', 'kubernetes_audit_serviceaccount_creation', 'kubernetes_audit_sidecar_injection',
            'kubernetes_audit_suspicious_enumeration_or_attack', 'kubernetes_audit_unauthorized_unauthenticated_actions',
        ];
        const covered = new Set(builtinRuleFiles().flatMap((f) => f.rules.flatMap((r) => r.sigma)));
        assert.deepEqual(sigma.filter((n) => !covered.has(n)), []);
    });
    it('every rule carries MITRE ATT&CK techniques (but the activity trail)', () => {
        for (const f of builtinRuleFiles())
            for (const r of f.rules)
                if (r.id !== 'audit.activity')
                    assert.ok(r.mitre.length > 0, r.id);
    });
    it('alert messages fill their placeholders on the positive fixtures', () => {
        for (const [id, f] of Object.entries(FIXTURES)) {
            const fixture = f.positive[0];
            for (const a of run(id, Array.isArray(fixture) ? fixture : [fixture], f.lists)) {
                assert.ok(!/\{[a-zA-Z]/.test(a.message), `${id}: ${a.message}`);
            }
        }
    });
});
//# sourceMappingURL=builtin.test.js.map