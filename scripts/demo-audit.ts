/**
 * Writes demo/audit/audit.log: one day (2024-05-14, UTC) of the demo cluster's API traffic as the
 * API server's log backend writes it (one audit.k8s.io/v1 Event a line, RequestReceived omitted by
 * the audit policy, Metadata level for reads and Request level for writes), with the attack of the
 * demo's story in the afternoon. Deterministic: `node dist/scripts/demo-audit.js` rewrites the
 * same bytes, and test/demo-audit.test.ts checks that the committed log is this script's output.
 *
 * The story (times UTC):
 *   13:58  a scanner on the internet (203.0.113.45) probes the API server anonymously; most is
 *          refused, but listing pods works (public-status-view binds `view` to system:unauthenticated)
 *   14:05  the frontend pod's token (system:serviceaccount:shop:default), stolen through an SSRF,
 *          is used from 198.51.100.23: the attacker lists its permissions, is refused across the
 *          cluster, enumerates the shop namespace, lists and reads its Secrets
 *   14:10  exec into an api pod with /bin/sh
 *   14:14  through the admin dashboard (skip-login, cluster-admin) the attacker lists every Secret
 *          in the cluster and binds cluster-admin to the stolen service account
 *   14:18  with that, a privileged pod mounting the host's root filesystem lands in kube-system on
 *          the sensitive node, and the attacker execs into it
 *   14:22  events deleted to cover the tracks
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng } from '../bench/generate.js';
import { auditEvent, type EventSpec } from '../src/audit/testing.js';
import type { AuditEvent } from '../src/audit/event.js';

const DAY = Date.parse('2024-05-14T00:00:00Z');
const H = 3_600_000;
const M = 60_000;

const users = {
  kcm: { username: 'system:kube-controller-manager', groups: ['system:authenticated'] },
  scheduler: { username: 'system:kube-scheduler', groups: ['system:authenticated'] },
  node1: { username: 'system:node:worker-1', groups: ['system:nodes', 'system:authenticated'] },
  node2: { username: 'system:node:worker-sensitive-1', groups: ['system:nodes', 'system:authenticated'] },
  prometheus: sa('monitoring', 'prometheus'),
  shopApi: sa('shop', 'shop-api'),
  ciDeployer: sa('tools', 'ci-deployer'),
  logAgent: sa('kube-system', 'log-agent'),
  rsController: sa('kube-system', 'replicaset-controller'),
  jobController: sa('kube-system', 'job-controller'),
  cronController: sa('kube-system', 'cronjob-controller'),
  dashboard: sa('tools', 'admin-dashboard'),
  shopDefault: sa('shop', 'default'),
  alice: { username: 'alice@acme-shop.example', groups: ['acme:developers', 'system:authenticated'] },
  jane: { username: 'jane@acme-shop.example', groups: ['acme:oncall', 'system:authenticated'] },
  anonymous: { username: 'system:anonymous', groups: ['system:unauthenticated'] },
};

function sa(namespace: string, name: string) {
  return { username: `system:serviceaccount:${namespace}:${name}`, uid: `${namespace}-${name}-uid`, groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'] };
}

const UA = {
  kcm: 'kube-controller-manager/v1.30.2 (linux/amd64) kubernetes/3968350/leader-election',
  scheduler: 'kube-scheduler/v1.30.2 (linux/amd64) kubernetes/3968350/leader-election',
  kubelet: 'kubelet/v1.30.2 (linux/amd64) kubernetes/3968350',
  prometheus: 'Prometheus/2.51.2',
  app: 'shop-api/1.14.2 (go-client)',
  kubectl: 'kubectl/v1.30.2 (linux/amd64) kubernetes/3968350',
  attacker: 'kubectl/v1.29.3 (linux/amd64) kubernetes/6813625',
  dashboard: 'dashboard/v2.0.0',
  health: 'kube-probe/1.30',
  scanner: 'Mozilla/5.0 zgrab/0.x',
  helm: 'Helm/3.14.4',
  fluent: 'fluent-bit/3.0',
};

function main(out: string): number {
  const r = prng(20240514);
  const uuid = (): string => {
    const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(r() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
  };
  const events: { t: number; seq: number; e: AuditEvent }[] = [];
  let seq = 0;
  const at = (when: number, spec: EventSpec, stages: ('ResponseStarted' | 'ResponseComplete')[] = ['ResponseComplete']): void => {
    const auditID = uuid();
    const t = Math.floor(when) + Math.floor(r() * 1000);
    const micros = String(Math.floor(r() * 1000)).padStart(3, '0');
    const time = new Date(t).toISOString().replace('Z', `${micros}Z`);
    for (const stage of stages) events.push({ t, seq: seq++, e: auditEvent({ ...spec, auditID, stage, time }) });
  };
  const every = (startMs: number, stepMs: number, endMs: number, f: (t: number) => void) => {
    for (let t = startMs; t < endMs; t += stepMs) f(t + Math.floor(r() * 2000));
  };
  const lease = (user: typeof users.kcm, ns: string, name: string, ip: string, ua: string) => (t: number) => {
    at(t, { user, verb: 'update', resource: 'leases', group: 'coordination.k8s.io', namespace: ns, name, ip, userAgent: ua });
  };

  // --- a day of benign traffic ---
  every(DAY, 5 * M, DAY + 24 * H, lease(users.kcm, 'kube-system', 'kube-controller-manager', '10.0.0.10', UA.kcm));
  every(DAY + 20_000, 5 * M, DAY + 24 * H, lease(users.scheduler, 'kube-system', 'kube-scheduler', '10.0.0.10', UA.scheduler));
  every(DAY + 40_000, 5 * M, DAY + 24 * H, lease(users.node1, 'kube-node-lease', 'worker-1', '10.0.1.17', UA.kubelet));
  every(DAY + 50_000, 5 * M, DAY + 24 * H, lease(users.node2, 'kube-node-lease', 'worker-sensitive-1', '10.0.2.41', UA.kubelet));
  every(DAY + 5 * M, 30 * M, DAY + 24 * H, (t) => {
    for (const [node, ip] of [
      [users.node1, '10.0.1.17'],
      [users.node2, '10.0.2.41'],
    ] as const) {
      at(t, { user: node, verb: 'patch', resource: 'nodes/status', name: node.username.slice('system:node:'.length), ip, userAgent: UA.kubelet, code: 200 });
    }
  });
  // Prometheus scrapes: lists every 5 minutes from its pod
  every(DAY + 30_000, 10 * M, DAY + 24 * H, (t) => {
    for (const resource of ['pods', 'services', 'endpoints']) at(t + r() * 500, { user: users.prometheus, verb: 'list', resource, ip: '10.244.1.23', userAgent: UA.prometheus, uri: `/api/v1/${resource}?limit=500&resourceVersion=0` });
    at(t + 800, { user: users.prometheus, verb: 'get', resource: 'nodes/metrics', name: 'worker-1', ip: '10.244.1.23', userAgent: UA.prometheus, uri: '/api/v1/nodes/worker-1/proxy/metrics/cadvisor' });
  });
  // the shop api reads its config and its own Secret from inside its pods
  every(DAY + 3 * M, 15 * M, DAY + 24 * H, (t) => {
    at(t, { user: users.shopApi, verb: 'get', resource: 'configmaps', namespace: 'shop', name: 'api-config', ip: '10.244.1.31', userAgent: UA.app });
    at(t + 100, { user: users.shopApi, verb: 'get', resource: 'secrets', namespace: 'shop', name: 'postgres-url', ip: '10.244.1.31', userAgent: UA.app });
  });
  // the log agent on each node
  every(DAY + 7 * M, 30 * M, DAY + 24 * H, (t) => {
    at(t, { user: users.logAgent, verb: 'list', resource: 'pods', ip: '10.244.1.5', userAgent: UA.fluent, uri: '/api/v1/pods?fieldSelector=spec.nodeName%3Dworker-1' });
    at(t + 300, { user: users.logAgent, verb: 'list', resource: 'pods', ip: '10.244.2.5', userAgent: UA.fluent, uri: '/api/v1/pods?fieldSelector=spec.nodeName%3Dworker-sensitive-1' });
  });
  // the load balancer's health check
  every(DAY + 11_000, 10 * M, DAY + 24 * H, (t) => at(t, { user: users.anonymous, verb: 'get', resource: '', uri: '/healthz', ip: '10.0.0.1', userAgent: UA.health }));
  // the worker CronJob every hour: the controllers create its Job and Pod
  every(DAY + 30 * M, H, DAY + 24 * H, (t) => {
    const job = `worker-${Math.floor(t / H)}`;
    at(t, { user: users.cronController, verb: 'create', resource: 'jobs', group: 'batch', namespace: 'shop', name: job, ip: '10.0.0.10', userAgent: UA.kcm, code: 201 });
    at(t + 900, { user: users.jobController, verb: 'create', resource: 'pods', namespace: 'shop', name: `${job}-x${Math.floor(r() * 1000)}`, ip: '10.0.0.10', userAgent: UA.kcm, code: 201 });
    at(t + 2000, { user: users.node1, verb: 'create', resource: 'serviceaccounts/token', namespace: 'shop', name: 'default', ip: '10.0.1.17', userAgent: UA.kubelet, code: 201 });
  });
  // people at work: alice develops, jane is on call for the database
  every(DAY + 8.5 * H, 7 * M, DAY + 17.5 * H, (t) => {
    at(t, { user: users.alice, verb: 'list', resource: 'pods', namespace: 'shop', ip: '192.168.10.23', userAgent: UA.kubectl });
    if (r() < 0.5) at(t + 2000, { user: users.alice, verb: 'get', resource: 'pods/log', namespace: 'shop', name: 'api-7d9f8b6c5-x2x4z', ip: '192.168.10.23', userAgent: UA.kubectl });
    if (r() < 0.3) at(t + 4000, { user: users.alice, verb: 'get', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'frontend', ip: '192.168.10.23', userAgent: UA.kubectl });
  });
  at(DAY + 9 * H + 12 * M, { user: users.jane, verb: 'get', resource: 'pods', namespace: 'shop-data', name: 'postgres-0', ip: '192.168.10.31', userAgent: UA.kubectl });
  at(DAY + 9 * H + 13 * M, { user: users.jane, verb: 'create', resource: 'pods/exec', namespace: 'shop-data', name: 'postgres-0', ip: '192.168.10.31', userAgent: UA.kubectl, code: 101, uri: '/api/v1/namespaces/shop-data/pods/postgres-0/exec?command=psql&command=-c&command=select+1&container=postgres&stdout=true' }, ['ResponseStarted', 'ResponseComplete']);
  // the afternoon release: the CI pipeline rolls out a new frontend image from inside the cluster
  const release = DAY + 11 * H + 4 * M;
  at(release, {
    user: users.ciDeployer,
    verb: 'patch',
    resource: 'deployments',
    group: 'apps',
    namespace: 'shop',
    name: 'frontend',
    ip: '10.244.1.40',
    userAgent: UA.kubectl,
    requestObject: { spec: { template: { spec: { containers: [{ name: 'frontend', image: 'registry.acme-shop.example/shop/frontend:2.8.1' }] } } } },
  });
  for (let i = 0; i < 3; i++) at(release + 3000 + i * 400, { user: users.rsController, verb: 'create', resource: 'pods', namespace: 'shop', name: `frontend-6b7c9d-${i}`, ip: '10.0.0.10', userAgent: UA.kcm, code: 201 });

  // --- the attack ---
  const scanner = '203.0.113.45';
  const probe = DAY + 13 * H + 58 * M;
  const probes: [string, number][] = [
    ['/api/v1/namespaces/kube-system/secrets', 403],
    ['/api/v1/secrets', 403],
    ['/api/v1/nodes', 403],
    ['/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', 403],
    ['/api/v1/pods', 200],
    ['/api/v1/namespaces/kube-system/configmaps', 200],
    ['/apis', 403],
    ['/api/v1/namespaces/default/serviceaccounts', 200],
    ['/api/v1/namespaces/kube-system/secrets/bootstrap-token-abcdef', 403],
  ];
  probes.forEach(([uri, code], i) => {
    const parts = uri.split('/');
    const named = uri.endsWith('bootstrap-token-abcdef');
    const resource = uri === '/apis' ? '' : parts[parts.length - (named ? 2 : 1)];
    const ns = parts.indexOf('namespaces') !== -1 ? parts[parts.indexOf('namespaces') + 1] : undefined;
    at(probe + i * 4000, { user: users.anonymous, verb: resource && !named ? 'list' : 'get', resource, name: named ? 'bootstrap-token-abcdef' : undefined, group: uri.startsWith('/apis/rbac') ? 'rbac.authorization.k8s.io' : '', namespace: ns, uri, code, ip: scanner, userAgent: UA.scanner, annotations: code === 200 ? { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed by ClusterRoleBinding "public-status-view" of ClusterRole "view" to Group "system:unauthenticated"' } : undefined });
  });

  const attacker = '198.51.100.23';
  const stolen = (t: number, spec: EventSpec, stages?: ('ResponseStarted' | 'ResponseComplete')[]) => at(t, { user: users.shopDefault, ip: attacker, userAgent: UA.attacker, ...spec }, stages);
  let t = DAY + 14 * H + 5 * M;
  for (const ns of ['shop', 'default', 'kube-system', 'tools', 'shop-data', 'monitoring', 'payments']) {
    stolen((t += 5000), { verb: 'create', resource: 'selfsubjectrulesreviews', group: 'authorization.k8s.io', code: 201, requestObject: { kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', spec: { namespace: ns } } });
  }
  t += 20_000;
  const refused: [string, string | undefined, string][] = [
    ['secrets', 'kube-system', ''],
    ['secrets', 'default', ''],
    ['secrets', 'tools', ''],
    ['secrets', 'shop-data', ''],
    ['nodes', undefined, ''],
    ['clusterrolebindings', undefined, 'rbac.authorization.k8s.io'],
    ['clusterroles', undefined, 'rbac.authorization.k8s.io'],
    ['namespaces', undefined, ''],
    ['pods', 'kube-system', ''],
    ['serviceaccounts', 'kube-system', ''],
    ['deployments', 'tools', 'apps'],
    ['pods', 'payments', ''],
  ];
  for (const [resource, namespace, group] of refused) stolen((t += 6000), { verb: 'list', resource, namespace, group, code: 403 });
  t += 30_000;
  const shopKinds: [string, string][] = [
    ['pods', ''], ['services', ''], ['configmaps', ''], ['secrets', ''], ['serviceaccounts', ''], ['endpoints', ''], ['persistentvolumeclaims', ''], ['events', ''],
    ['deployments', 'apps'], ['replicasets', 'apps'], ['statefulsets', 'apps'], ['daemonsets', 'apps'], ['jobs', 'batch'], ['cronjobs', 'batch'],
    ['ingresses', 'networking.k8s.io'], ['networkpolicies', 'networking.k8s.io'], ['roles', 'rbac.authorization.k8s.io'], ['rolebindings', 'rbac.authorization.k8s.io'],
  ];
  for (const [resource, group] of shopKinds) stolen((t += 2500), { verb: 'list', resource, group, namespace: 'shop', code: resource === 'roles' || resource === 'rolebindings' ? 403 : 200 });
  t = DAY + 14 * H + 8 * M;
  for (const name of ['aws-credentials', 'postgres-url', 'shop-api-token']) stolen((t += 9000), { verb: 'get', resource: 'secrets', namespace: 'shop', name });
  t = DAY + 14 * H + 10 * M;
  stolen(t, { verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api-7d9f8b6c5-x2x4z', code: 101, uri: '/api/v1/namespaces/shop/pods/api-7d9f8b6c5-x2x4z/exec?command=%2Fbin%2Fsh&container=api&stdin=true&stdout=true&tty=true' }, ['ResponseStarted', 'ResponseComplete']);

  // through the dashboard (skip-login, bound to cluster-admin): every Secret, then cluster-admin for the stolen account
  const viaDashboard = { user: users.dashboard, ip: '10.244.2.31', userAgent: UA.dashboard };
  t = DAY + 14 * H + 14 * M;
  at(t, { ...viaDashboard, verb: 'list', resource: 'secrets', uri: '/api/v1/secrets?limit=1000' });
  at((t += 40_000), {
    ...viaDashboard,
    verb: 'create',
    resource: 'clusterrolebindings',
    group: 'rbac.authorization.k8s.io',
    name: 'system:node-proxier-ext',
    code: 201,
    requestObject: {
      kind: 'ClusterRoleBinding',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: { name: 'system:node-proxier-ext' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'shop' }],
    },
  });
  // a privileged pod on the sensitive node, the host's root filesystem mounted, in kube-system
  t = DAY + 14 * H + 18 * M;
  stolen(t, {
    verb: 'create',
    resource: 'pods',
    namespace: 'kube-system',
    name: 'node-debugger',
    code: 201,
    requestObject: {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'node-debugger', namespace: 'kube-system' },
      spec: {
        nodeName: 'worker-sensitive-1',
        hostPID: true,
        hostNetwork: true,
        tolerations: [{ operator: 'Exists' }],
        containers: [{ name: 'shell', image: 'docker.io/library/alpine:3.19', command: ['sleep', 'infinity'], securityContext: { privileged: true }, volumeMounts: [{ name: 'host', mountPath: '/host' }] }],
        volumes: [{ name: 'host', hostPath: { path: '/' } }],
      },
    },
  });
  stolen(t + 45_000, { verb: 'create', resource: 'pods/exec', namespace: 'kube-system', name: 'node-debugger', code: 101, uri: '/api/v1/namespaces/kube-system/pods/node-debugger/exec?command=chroot&command=%2Fhost&command=%2Fbin%2Fbash&container=shell&stdin=true&stdout=true&tty=true' }, ['ResponseStarted', 'ResponseComplete']);
  t = DAY + 14 * H + 22 * M;
  stolen(t, { verb: 'deletecollection', resource: 'events', namespace: 'shop', uri: '/api/v1/namespaces/shop/events' });
  stolen(t + 3000, { verb: 'deletecollection', resource: 'events', namespace: 'kube-system', uri: '/api/v1/namespaces/kube-system/events' });

  events.sort((a, b) => a.t - b.t || a.seq - b.seq);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, events.map((x) => JSON.stringify(x.e)).join('\n') + '\n');
  return events.length;
}

/** The path of the demo's audit log in the repository. */
export function demoAuditPath(): string {
  return fileURLToPath(new URL('../../demo/audit/audit.log', import.meta.url));
}

export { main as writeDemoAudit };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2] ?? demoAuditPath();
  const n = main(out);
  process.stderr.write(`wrote ${n} events to ${out}\n`);
}
