/**
 * A TEST DOUBLE of the Kubernetes API server: enough of the list API for Rampart's live source to be
 * tested against real HTTPS, real TLS and a real kubeconfig. It is not a Kubernetes API server and
 * does not try to be one. See README.md beside this file for what it covers.
 */
import { createServer } from 'node:https';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repository's test-only TLS material (test/fixtures/tls). */
export const TLS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'tls');
export function tlsFile(name) {
    return readFileSync(join(TLS_DIR, name));
}
/**
 * The resources the double serves, as a v1.30 API server names them. Written independently of the
 * client's list of kinds, so that a wrong plural or scope there shows up as a test failure.
 * policy/v1beta1 keeps podsecuritypolicies beside policy/v1 (the preferred version, without it),
 * as servers before 1.25 did: discovery must look past the preferred version.
 */
const RESOURCES = [
    ...[
        ['namespaces', 'Namespace', false],
        ['nodes', 'Node', false],
        ['pods', 'Pod', true],
        ['replicationcontrollers', 'ReplicationController', true],
        ['podtemplates', 'PodTemplate', true],
        ['services', 'Service', true],
        ['serviceaccounts', 'ServiceAccount', true],
        ['configmaps', 'ConfigMap', true],
        ['secrets', 'Secret', true],
        ['limitranges', 'LimitRange', true],
        ['resourcequotas', 'ResourceQuota', true],
        ['events', 'Event', true],
    ].map(([resource, kind, namespaced]) => ({ group: '', version: 'v1', resource, kind, namespaced })),
    ...[
        ['apps', 'v1', 'deployments', 'Deployment', true],
        ['apps', 'v1', 'replicasets', 'ReplicaSet', true],
        ['apps', 'v1', 'statefulsets', 'StatefulSet', true],
        ['apps', 'v1', 'daemonsets', 'DaemonSet', true],
        ['batch', 'v1', 'jobs', 'Job', true],
        ['batch', 'v1', 'cronjobs', 'CronJob', true],
        ['rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true],
        ['rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true],
        ['rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false],
        ['rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false],
        ['networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy', true],
        ['networking.k8s.io', 'v1', 'ingresses', 'Ingress', true],
        ['networking.k8s.io', 'v1', 'ingressclasses', 'IngressClass', false],
        ['admissionregistration.k8s.io', 'v1', 'validatingwebhookconfigurations', 'ValidatingWebhookConfiguration', false],
        ['admissionregistration.k8s.io', 'v1', 'mutatingwebhookconfigurations', 'MutatingWebhookConfiguration', false],
        ['admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicies', 'ValidatingAdmissionPolicy', false],
        ['admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicybindings', 'ValidatingAdmissionPolicyBinding', false],
        ['policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true],
        ['policy', 'v1beta1', 'podsecuritypolicies', 'PodSecurityPolicy', false],
        ['node.k8s.io', 'v1', 'runtimeclasses', 'RuntimeClass', false],
    ].map(([group, version, resource, kind, namespaced]) => ({ group, version, resource, kind, namespaced })),
];
const PREFERRED = { policy: 'v1' };
export async function startKubeApiDouble(options, port = 0) {
    const requests = [];
    const counters = new Map();
    const bump = (key) => {
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        return n;
    };
    // objects by resource, sorted as etcd returns them (by namespace, then name); resourceVersions assigned once
    const byResource = new Map();
    let resourceVersion = 1000;
    for (const o of options.objects) {
        const def = RESOURCES.find((r) => r.kind === o.kind && apiVersionOf(r) === o.apiVersion);
        if (!def)
            throw new Error(`test double: no served resource for ${o.apiVersion} ${o.kind}`);
        let list = byResource.get(def);
        if (!list)
            byResource.set(def, (list = []));
        list.push({ ...o, metadata: { ...o.metadata, resourceVersion: String(++resourceVersion), uid: o.metadata.uid ?? `uid-${resourceVersion}` } });
    }
    for (const list of byResource.values())
        list.sort((a, b) => cmp(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || cmp(a.metadata.name, b.metadata.name));
    const listRv = String(++resourceVersion);
    const server = createServer({ key: tlsFile('server.key'), cert: tlsFile('server.crt'), ca: tlsFile('ca.crt'), requestCert: options.clientCertificates === true, rejectUnauthorized: false }, (req, res) => {
        handle(req, res).catch((e) => {
            if (!res.headersSent)
                send(res, 500, status(500, 'InternalError', String(e)));
        });
    });
    async function handle(req, res) {
        const url = new URL(req.url ?? '/', 'https://double');
        const query = Object.fromEntries(url.searchParams);
        const accept = String(req.headers.accept ?? '');
        const auth = authOf(req);
        const reply = (code, body, headers = {}) => {
            requests.push({ method: req.method ?? '', path: url.pathname, query, accept, status: code, auth });
            send(res, code, body, headers);
        };
        if (req.method !== 'GET')
            return reply(405, status(405, 'MethodNotAllowed', 'the test double serves GET only'));
        if (auth === 'none')
            return reply(401, status(401, 'Unauthorized', 'Unauthorized'));
        const path = url.pathname.replace(/\/+$/, '');
        if (path === '/version')
            return reply(200, { ...(options.version ?? { major: '1', minor: '30', gitVersion: 'v1.30.2' }), platform: 'linux/amd64' });
        if (path === '/api')
            return reply(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] });
        if (path === '/apis')
            return reply(200, { kind: 'APIGroupList', apiVersion: 'v1', groups: groups() });
        const gv = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(path);
        if (gv) {
            const [group, version] = gv[1] ? ['', gv[1]] : [gv[2], gv[3]];
            const resources = RESOURCES.filter((r) => r.group === group && r.version === version);
            if (resources.length === 0)
                return reply(404, status(404, 'NotFound', 'the server could not find the requested resource'));
            return reply(200, {
                kind: 'APIResourceList',
                apiVersion: 'v1',
                groupVersion: group ? `${group}/${version}` : version,
                resources: resources.flatMap((r) => [
                    { name: r.resource, singularName: '', namespaced: r.namespaced, kind: r.kind, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] },
                    ...(r.kind === 'Pod' ? [{ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] }] : []),
                ]),
            });
        }
        const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/(.+)$/.exec(path);
        if (!m)
            return reply(404, status(404, 'NotFound', 'the server could not find the requested resource'));
        const [group, version] = m[1] ? ['', m[1]] : [m[2], m[3]];
        const segments = m[4].split('/').map(decodeURIComponent);
        // namespaces/NS/RESOURCE[/NAME] is inside a namespace; namespaces/NAME is a get of a Namespace
        const [namespace, resource, name] = segments[0] === 'namespaces' && segments.length >= 3 ? [segments[1], segments[2], segments[3]] : [undefined, segments[0], segments[1]];
        if (segments.length > (namespace !== undefined ? 4 : 2))
            return reply(404, status(404, 'NotFound', 'the server could not find the requested resource'));
        const def = RESOURCES.find((r) => r.group === group && r.version === version && r.resource === resource);
        if (!def)
            return reply(404, status(404, 'NotFound', 'the server could not find the requested resource'));
        if (namespace !== undefined && !def.namespaced)
            return reply(404, status(404, 'NotFound', 'the server could not find the requested resource'));
        if (options.forbidden?.includes(def.resource)) {
            const scope = namespace !== undefined ? ` in the namespace "${namespace}"` : ' at the cluster scope';
            const verb = name !== undefined ? 'get' : 'list';
            return reply(403, status(403, 'Forbidden', `${def.resource}${def.group ? '.' + def.group : ''} is forbidden: User "rampart-test-user" cannot ${verb} resource "${def.resource}" in API group "${def.group}"${scope}`));
        }
        const all = (byResource.get(def) ?? []).filter((o) => namespace === undefined || o.metadata.namespace === namespace);
        if (name !== undefined) {
            const found = all.find((o) => o.metadata.name === name);
            return found ? reply(200, found) : reply(404, status(404, 'NotFound', `${def.resource} "${name}" not found`));
        }
        // a list: failures first, in the order a real server would hit them
        const delay = options.delayMs?.[def.resource];
        if (delay)
            await new Promise((resolve) => setTimeout(resolve, delay));
        const throttle = options.throttle?.[def.resource];
        if (throttle && bump(`429:${def.resource}`) <= throttle.times)
            return reply(429, status(429, 'TooManyRequests', 'Too many requests, please try again later.'), { 'Retry-After': throttle.retryAfter });
        const fail = options.fail?.[def.resource];
        if (fail && bump(`5xx:${def.resource}`) <= fail.times)
            return reply(fail.status, status(fail.status, 'InternalError', 'etcdserver: request timed out'));
        let start = 0;
        if (query.continue) {
            const expire = options.expireContinue?.[def.resource] ?? 0;
            if (expire > 0 && bump(`410:${def.resource}`) <= expire) {
                return reply(410, status(410, 'Expired', 'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.'));
            }
            try {
                const token = JSON.parse(Buffer.from(query.continue, 'base64url').toString('utf8'));
                if (token.rv !== listRv || !Number.isInteger(token.start))
                    throw new Error('bad token');
                start = token.start;
            }
            catch {
                return reply(400, status(400, 'BadRequest', 'invalid continue token'));
            }
        }
        const asked = query.limit ? Number(query.limit) : 0;
        const limit = Math.min(asked > 0 ? asked : Infinity, options.maxPage ?? Infinity);
        const page = all.slice(start, start + limit);
        const more = start + page.length < all.length;
        const metadataOnly = /as=PartialObjectMetadataList/.test(accept);
        const metadata = { resourceVersion: listRv };
        if (more) {
            metadata.continue = Buffer.from(JSON.stringify({ rv: listRv, start: start + page.length })).toString('base64url');
            metadata.remainingItemCount = all.length - start - page.length;
        }
        if (metadataOnly) {
            return reply(200, { kind: 'PartialObjectMetadataList', apiVersion: 'meta.k8s.io/v1', metadata, items: page.map((o) => ({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata })) });
        }
        // list items carry no apiVersion and kind, as the real API server's typed lists
        return reply(200, { kind: `${def.kind}List`, apiVersion: apiVersionOf(def), metadata, items: page.map(({ apiVersion: _a, kind: _k, ...rest }) => rest) });
    }
    function authOf(req) {
        const header = req.headers.authorization;
        if (header?.startsWith('Bearer ') && (options.tokens ?? []).includes(header.slice('Bearer '.length)))
            return 'token';
        const socket = req.socket;
        if (options.clientCertificates && socket.authorized)
            return 'certificate';
        return 'none';
    }
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    return {
        url: `https://127.0.0.1:${actualPort}`,
        port: actualPort,
        requests,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function groups() {
    const names = [...new Set(RESOURCES.filter((r) => r.group !== '').map((r) => r.group))];
    return names.map((name) => {
        const versions = [...new Set(RESOURCES.filter((r) => r.group === name).map((r) => r.version))];
        const preferred = PREFERRED[name] ?? versions[0];
        return { name, versions: versions.map((version) => ({ groupVersion: `${name}/${version}`, version })), preferredVersion: { groupVersion: `${name}/${preferred}`, version: preferred } };
    });
}
function apiVersionOf(r) {
    return r.group ? `${r.group}/${r.version}` : r.version;
}
function status(code, reason, message) {
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}
function send(res, code, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Writes a real kubeconfig file (as `kubectl config view --raw` prints one) and returns its path. */
export function writeKubeconfig(dir, spec, name = 'kubeconfig') {
    const context = spec.context ?? 'double';
    const ca = spec.ca ?? 'ca.crt';
    const data = (file) => tlsFile(file).toString('base64');
    if (spec.filePaths) {
        for (const f of [ca, 'client.crt', 'client.key'])
            writeFileSync(join(dir, f), tlsFile(f));
    }
    const cluster = spec.filePaths ? `certificate-authority: ${ca}` : `certificate-authority-data: ${data(ca)}`;
    const user = spec.auth === 'certificate'
        ? spec.filePaths
            ? 'client-certificate: client.crt\n    client-key: client.key'
            : `client-certificate-data: ${data('client.crt')}\n    client-key-data: ${data('client.key')}`
        : `token: ${spec.auth.token}`;
    const text = `apiVersion: v1
kind: Config
clusters:
- name: double
  cluster:
    server: ${spec.server}
    ${cluster}
users:
- name: tester
  user:
    ${user}
contexts:
- name: ${context}
  context:
    cluster: double
    user: tester
current-context: ${context}
`;
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
}
//# sourceMappingURL=server.js.map