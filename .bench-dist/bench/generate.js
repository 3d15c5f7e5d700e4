/**
 * Deterministic generator of synthetic clusters for the benchmarks. The same seed and size give the
 * same objects, byte for byte, in both output formats.
 *
 *   node dist/bench/generate.js --objects 10000 [--seed 42] [--out DIR] [--indent 4]
 *
 * A cluster is a sequence of tenants (namespaces). Each tenant holds a few apps (ServiceAccount,
 * workload of any pod-bearing kind, Service, ConfigMap, Secret) plus its Role, RoleBinding and
 * NetworkPolicy; ClusterRoles and ClusterRoleBindings appear every few tenants. Each object is "bad"
 * with probability BAD_RATIO: it then carries one to three of the mistakes Rampart reports
 * (privileged containers, hostPath, :latest, wildcard RBAC, leaked keys, NodePorts...). "Good" objects
 * are hardened: restricted pod security, digest-pinned images, narrow RBAC, default-deny policies.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsyaml from 'js-yaml';
/** Share of objects generated with at least one mistake. */
export const BAD_RATIO = 0.3;
/** mulberry32: tiny, fast and good enough to pick shapes; never use for anything secret. */
export function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const POD_KINDS = ['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'ReplicationController', 'Pod', 'PodTemplate'];
const APP_WORDS = ['cart', 'checkout', 'search', 'catalog', 'users', 'billing', 'ledger', 'notify', 'auth', 'gateway', 'reports', 'inventory', 'pricing', 'media', 'reviews', 'orders'];
const TEAMS = ['alpha', 'bravo', 'delta', 'echo', 'falcon', 'kilo', 'lima', 'nova', 'orbit', 'polar'];
const ISSUE_WEIGHTS_POD = ['privileged', 'hostPath', 'hostNamespaces', 'root', 'latest', 'capabilities', 'escalation', 'envPassword', 'noResources', 'noSecurityContext'];
class Generator {
    rand;
    limit;
    objects = [];
    bad = 0;
    serial = 0;
    constructor(rand, limit) {
        this.rand = rand;
        this.limit = limit;
    }
    get full() {
        return this.objects.length >= this.limit;
    }
    pick(list) {
        return list[Math.floor(this.rand() * list.length)];
    }
    int(lo, hi) {
        return lo + Math.floor(this.rand() * (hi - lo + 1));
    }
    hex(n) {
        let s = '';
        while (s.length < n)
            s += Math.floor(this.rand() * 0x100000000).toString(16).padStart(8, '0');
        return s.slice(0, n);
    }
    isBad() {
        return this.rand() < BAD_RATIO;
    }
    /** API-server metadata, as `kubectl get -o json` shows it. */
    meta(name, namespace, labels, extra = {}) {
        this.serial++;
        const created = new Date(Date.UTC(2024, 0, 1) + this.serial * 37_000).toISOString().replace('.000Z', 'Z');
        const h = this.hex(32);
        return {
            name,
            ...(namespace !== undefined ? { namespace } : {}),
            labels,
            ...extra,
            creationTimestamp: created,
            resourceVersion: String(1_000_000 + this.serial * 7),
            uid: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`,
        };
    }
    push(o, bad) {
        if (this.full)
            return;
        this.objects.push(o);
        if (bad)
            this.bad++;
    }
    tenant(index) {
        const team = TEAMS[index % TEAMS.length];
        const ns = `${team}-${index}`;
        const nsBad = this.isBad();
        const psa = nsBad
            ? this.rand() < 0.5
                ? {}
                : { 'pod-security.kubernetes.io/enforce': 'privileged' }
            : {
                'pod-security.kubernetes.io/enforce': 'restricted',
                'pod-security.kubernetes.io/enforce-version': 'latest',
                'pod-security.kubernetes.io/warn': 'restricted',
                'pod-security.kubernetes.io/audit': 'restricted',
            };
        this.push({ apiVersion: 'v1', kind: 'Namespace', metadata: this.meta(ns, undefined, { 'kubernetes.io/metadata.name': ns, team, ...psa }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } }, nsBad);
        const apps = this.int(3, 6);
        for (let a = 0; a < apps && !this.full; a++)
            this.app(ns, team, `${this.pick(APP_WORDS)}-${a}`);
        this.rbac(ns);
        this.networkPolicy(ns);
        if (index % 4 === 3)
            this.clusterRbac(ns, index);
    }
    app(ns, team, app) {
        const labels = { app, 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': team, 'app.kubernetes.io/version': `1.${this.int(0, 30)}.${this.int(0, 9)}` };
        const saBad = this.isBad();
        this.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: this.meta(app, ns, { app }), ...(saBad ? {} : { automountServiceAccountToken: false }) }, saBad);
        const kind = this.pick(POD_KINDS);
        const bad = this.isBad();
        const issues = new Set();
        if (bad)
            for (let i = this.int(1, 3); i > 0; i--)
                issues.add(this.pick(ISSUE_WEIGHTS_POD));
        this.push(this.workload(kind, ns, app, labels, issues), bad);
        if (kind !== 'Job' && kind !== 'CronJob' && kind !== 'PodTemplate')
            this.service(ns, app, labels);
        this.configMap(ns, app);
        this.secret(ns, app);
    }
    podSpec(app, issues, restartPolicy) {
        const digest = this.hex(64);
        const image = issues.has('latest')
            ? this.rand() < 0.5
                ? `registry.example.com/${app}:latest`
                : `docker.io/library/${app.split('-')[0]}`
            : `registry.example.com/${app}:1.${this.int(0, 30)}.${this.int(0, 9)}@sha256:${digest}`;
        const noSc = issues.has('noSecurityContext');
        const caps = issues.has('capabilities') ? { add: [this.pick(['SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE'])], drop: ['ALL'] } : { drop: ['ALL'] };
        const containerSc = {
            allowPrivilegeEscalation: issues.has('escalation') || issues.has('privileged'),
            capabilities: caps,
            privileged: issues.has('privileged'),
            readOnlyRootFilesystem: true,
            ...(issues.has('root') ? { runAsUser: 0, runAsNonRoot: false } : {}),
        };
        const env = [
            { name: 'APP_NAME', value: app },
            { name: 'LOG_LEVEL', value: this.pick(['info', 'debug', 'warn']) },
            { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } },
            issues.has('envPassword')
                ? { name: 'DB_PASSWORD', value: `Pw-${this.hex(12)}` }
                : { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: `${app}-credentials` } } },
        ];
        const volumes = [
            { name: 'config', configMap: { defaultMode: 420, name: `${app}-config` } },
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
        ];
        const mounts = [
            { mountPath: '/etc/app', name: 'config', readOnly: true },
            { mountPath: '/tmp', name: 'tmp' },
        ];
        if (issues.has('hostPath')) {
            const path = this.pick(['/var/run/docker.sock', '/var/log', '/', '/etc', '/var/lib/kubelet']);
            volumes.push({ name: 'host', hostPath: { path, type: '' } });
            mounts.push({ mountPath: '/host', name: 'host' });
        }
        const container = {
            name: app,
            image,
            imagePullPolicy: 'IfNotPresent',
            args: ['--port=8080', `--config=/etc/app/${app}.yaml`],
            env,
            ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
            livenessProbe: { httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' }, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3, successThreshold: 1 },
            readinessProbe: { httpGet: { path: '/readyz', port: 'http', scheme: 'HTTP' }, periodSeconds: 5, timeoutSeconds: 1, failureThreshold: 3, successThreshold: 1 },
            ...(issues.has('noResources') ? {} : { resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } } }),
            ...(noSc ? {} : { securityContext: containerSc }),
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
            volumeMounts: mounts,
        };
        const hostNs = issues.has('hostNamespaces') ? { [this.pick(['hostNetwork', 'hostPID', 'hostIPC'])]: true } : {};
        return {
            ...hostNs,
            automountServiceAccountToken: false,
            containers: [container],
            dnsPolicy: 'ClusterFirst',
            restartPolicy: restartPolicy ?? 'Always',
            schedulerName: 'default-scheduler',
            ...(noSc ? {} : { securityContext: { fsGroup: 10001, runAsGroup: 10001, runAsNonRoot: !issues.has('root'), runAsUser: issues.has('root') ? 0 : 10001, seccompProfile: { type: 'RuntimeDefault' } } }),
            serviceAccountName: app,
            terminationGracePeriodSeconds: 30,
            volumes,
        };
    }
    workload(kind, ns, app, labels, issues) {
        const template = (restartPolicy) => ({ metadata: { labels }, spec: this.podSpec(app, issues, restartPolicy) });
        const selector = { matchLabels: { app } };
        const meta = this.meta(app, ns, labels, { annotations: { 'deployment.kubernetes.io/revision': String(this.int(1, 40)) } });
        switch (kind) {
            case 'Deployment':
                return {
                    apiVersion: 'apps/v1',
                    kind,
                    metadata: meta,
                    spec: { progressDeadlineSeconds: 600, replicas: this.int(1, 5), revisionHistoryLimit: 10, selector, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' }, template: template() },
                    status: { availableReplicas: 2, observedGeneration: 3, readyReplicas: 2, replicas: 2, updatedReplicas: 2 },
                };
            case 'StatefulSet':
                return { apiVersion: 'apps/v1', kind, metadata: meta, spec: { podManagementPolicy: 'OrderedReady', replicas: this.int(1, 3), selector, serviceName: app, template: template(), updateStrategy: { type: 'RollingUpdate' } }, status: { replicas: 1 } };
            case 'DaemonSet':
                return { apiVersion: 'apps/v1', kind, metadata: meta, spec: { selector, template: template(), updateStrategy: { rollingUpdate: { maxUnavailable: 1 }, type: 'RollingUpdate' } }, status: { desiredNumberScheduled: 2 } };
            case 'ReplicaSet':
                return { apiVersion: 'apps/v1', kind, metadata: meta, spec: { replicas: this.int(1, 3), selector, template: template() }, status: { replicas: 1 } };
            case 'ReplicationController':
                return { apiVersion: 'v1', kind, metadata: meta, spec: { replicas: this.int(1, 3), selector: { app }, template: template() }, status: { replicas: 1 } };
            case 'Job':
                return { apiVersion: 'batch/v1', kind, metadata: meta, spec: { backoffLimit: 3, completions: 1, parallelism: 1, template: template('Never'), ttlSecondsAfterFinished: 3600 }, status: { succeeded: 1 } };
            case 'CronJob':
                return {
                    apiVersion: 'batch/v1',
                    kind,
                    metadata: meta,
                    spec: { concurrencyPolicy: 'Forbid', jobTemplate: { spec: { backoffLimit: 2, template: template('OnFailure') } }, schedule: `*/${this.int(5, 59)} * * * *`, successfulJobsHistoryLimit: 3, suspend: false },
                };
            case 'Pod':
                return { apiVersion: 'v1', kind, metadata: meta, spec: this.podSpec(app, issues), status: { phase: 'Running', qosClass: 'Burstable' } };
            case 'PodTemplate':
                return { apiVersion: 'v1', kind, metadata: meta, template: template() };
        }
    }
    service(ns, app, labels) {
        const bad = this.isBad();
        const type = bad ? this.pick(['NodePort', 'LoadBalancer']) : 'ClusterIP';
        this.push({
            apiVersion: 'v1',
            kind: 'Service',
            metadata: this.meta(app, ns, labels),
            spec: {
                clusterIP: `10.96.${this.int(0, 255)}.${this.int(1, 254)}`,
                ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', ...(type !== 'ClusterIP' ? { nodePort: this.int(30000, 32767) } : {}) }],
                selector: { app },
                sessionAffinity: 'None',
                type,
            },
        }, bad);
    }
    configMap(ns, app) {
        const bad = this.isBad();
        const data = {
            [`${app}.yaml`]: `server:\n  port: 8080\n  readTimeout: 30s\nfeatures:\n  - ${this.pick(APP_WORDS)}\n  - ${this.pick(APP_WORDS)}\n`,
            LOG_FORMAT: 'json',
        };
        if (bad) {
            if (this.rand() < 0.5)
                data.DATABASE_URL = `postgres://${app}:${this.hex(16)}@db.${ns}.svc:5432/${app}`;
            else
                data.AWS_ACCESS_KEY_ID = `AKIA${this.hex(16).toUpperCase()}`;
        }
        this.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: this.meta(`${app}-config`, ns, { app }), data }, bad);
    }
    secret(ns, app) {
        const b64 = (s) => Buffer.from(s).toString('base64');
        const bad = this.isBad();
        const data = { password: b64(this.hex(24)), username: b64(app) };
        // a cloud key committed next to the app's own credentials
        if (bad)
            data.AWS_ACCESS_KEY_ID = b64(`AKIA${this.hex(16).toUpperCase()}`);
        this.push({ apiVersion: 'v1', kind: 'Secret', metadata: this.meta(`${app}-credentials`, ns, { app }), type: 'Opaque', data }, bad);
    }
    rbac(ns) {
        const bad = this.isBad();
        const rules = bad
            ? [this.pick([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }, { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }])]
            : [{ apiGroups: [''], resourceNames: ['app-config'], resources: ['configmaps'], verbs: ['get'] }];
        this.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: this.meta('app-role', ns, {}), rules }, bad);
        const bindBad = this.isBad();
        this.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: this.meta('app-role', ns, {}),
            roleRef: bindBad ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' } : { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'app-role' },
            subjects: [bindBad ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: `system:serviceaccounts:${ns}` } : { kind: 'ServiceAccount', name: 'default', namespace: ns }],
        }, bindBad);
    }
    networkPolicy(ns) {
        const bad = this.isBad();
        this.push({
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: this.meta(bad ? 'allow-all' : 'default-deny', ns, {}),
            spec: bad ? { ingress: [{}], podSelector: {}, policyTypes: ['Ingress'] } : { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
        }, bad);
    }
    clusterRbac(ns, index) {
        const bad = this.isBad();
        const name = `tenant-${index}-operator`;
        const rules = bad
            ? [
                { apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch'] },
                { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['escalate', 'bind'] },
                { apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] },
            ]
            : [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch'] }];
        this.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: this.meta(name, undefined, {}), rules }, bad);
        this.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRoleBinding',
            metadata: this.meta(name, undefined, {}),
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: bad ? 'cluster-admin' : name },
            subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: ns }],
        }, bad);
    }
}
/** A cluster of exactly `objects` objects. */
export function generateCluster(objects, seed = 42) {
    const g = new Generator(prng(seed), objects);
    for (let t = 0; !g.full; t++)
        g.tenant(t);
    return { objects: g.objects, bad: g.bad };
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort())
            out[k] = sortKeys(value[k]);
        return out;
    }
    return value;
}
/** Writes in chunks so that a 100k-object file never becomes one string. */
class ChunkWriter {
    fd;
    buf = [];
    size = 0;
    bytes = 0;
    constructor(path) {
        this.fd = openSync(path, 'w');
    }
    write(s) {
        this.buf.push(s);
        this.size += s.length;
        if (this.size > 1 << 22)
            this.flush();
    }
    flush() {
        const b = Buffer.from(this.buf.join(''), 'utf8');
        writeSync(this.fd, b);
        this.bytes += b.length;
        this.buf = [];
        this.size = 0;
    }
    close() {
        this.flush();
        closeSync(this.fd);
        return this.bytes;
    }
}
/**
 * `kubectl get ... -o json` output: one `kind: List`, keys sorted (kubectl prints unstructured
 * objects, whose maps Go's encoder sorts) and indented by 4 spaces (kubectl's JSON printer).
 */
export function writeJsonList(objects, path, indent = 4) {
    const w = new ChunkWriter(path);
    const pad = ' '.repeat(indent);
    w.write(`{\n${pad}"apiVersion": "v1",\n${pad}"items": [\n`);
    objects.forEach((o, i) => {
        const text = JSON.stringify(sortKeys(o), null, indent).replace(/\n/g, `\n${pad}${pad}`);
        w.write(`${pad}${pad}${text}${i < objects.length - 1 ? ',' : ''}\n`);
    });
    w.write(`${pad}],\n${pad}"kind": "List",\n${pad}"metadata": {\n${pad}${pad}"resourceVersion": ""\n${pad}}\n}\n`);
    return w.close();
}
/** A multi-document YAML stream, as a repository of manifests concatenated with `---`. */
export function writeYamlStream(objects, path) {
    const w = new ChunkWriter(path);
    for (const o of objects)
        w.write(`---\n${jsyaml.dump(o, { lineWidth: -1, noRefs: true })}`);
    return w.close();
}
/**
 * `kubectl get ... -o yaml` output: one `kind: List` document, keys sorted, items as a block
 * sequence at column 0 (what kubectl's YAML printer writes).
 */
export function writeYamlList(objects, path) {
    const w = new ChunkWriter(path);
    w.write('apiVersion: v1\nitems:\n');
    for (const o of objects) {
        const text = jsyaml.dump(o, { lineWidth: -1, noRefs: true, sortKeys: true });
        w.write(`- ${text.slice(0, -1).replace(/\n/g, '\n  ')}\n`);
    }
    w.write('kind: List\nmetadata:\n  resourceVersion: ""\n');
    return w.close();
}
export function writeCluster(dir, objects, seed = 42, indent = 4) {
    mkdirSync(dir, { recursive: true });
    const cluster = generateCluster(objects, seed);
    const json = join(dir, `cluster-${objects}.json`);
    const yaml = join(dir, `cluster-${objects}.yaml`);
    const yamlList = join(dir, `cluster-${objects}-list.yaml`);
    return {
        objects: cluster.objects.length,
        bad: cluster.bad,
        json: { path: json, bytes: writeJsonList(cluster.objects, json, indent) },
        yaml: { path: yaml, bytes: writeYamlStream(cluster.objects, yaml) },
        yamlList: { path: yamlList, bytes: writeYamlList(cluster.objects, yamlList) },
    };
}
function main(argv) {
    const arg = (name, fallback) => {
        const i = argv.indexOf(name);
        return i !== -1 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
    };
    const objects = Number(arg('--objects', '10000'));
    const seed = Number(arg('--seed', '42'));
    const out = arg('--out', '.');
    const indent = Number(arg('--indent', '4'));
    if (!Number.isInteger(objects) || objects <= 0 || !Number.isInteger(seed) || !Number.isInteger(indent) || indent < 0) {
        process.stderr.write('usage: generate.js --objects N [--seed S] [--out DIR] [--indent N]\n');
        process.exitCode = 2;
        return;
    }
    const written = writeCluster(out, objects, seed, indent);
    process.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
    main(process.argv.slice(2));
//# sourceMappingURL=generate.js.map