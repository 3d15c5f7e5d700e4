import { existsSync } from 'node:fs';
import { isIPv6 } from 'node:net';
import { delimiter, join } from 'node:path';
import { ClusterError } from './errors.js';
/** Where the in-cluster service account's token and CA are mounted (kubernetes.io/serviceaccount). */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/**
 * Resolves which cluster to read, as kubectl does: `--kubeconfig`, else KUBECONFIG (a list of
 * files, merged), else ~/.kube/config, else the pod's service account. The official client library
 * reads the kubeconfig and runs its authentication (tokens, client certificates, exec plugins,
 * OIDC); it is imported only here and only when a cluster is read.
 */
export async function connect(options) {
    const { KubeConfig } = await import('@kubernetes/client-node');
    const kc = new KubeConfig();
    const files = kubeconfigFiles(options);
    const saDir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
    if (files.length > 0) {
        for (const [i, file] of files.entries()) {
            if (!existsSync(file))
                throw new ClusterError(`cannot read kubeconfig ${file}: no such file`);
            try {
                if (i === 0)
                    kc.loadFromFile(file);
                else {
                    const more = new KubeConfig();
                    more.loadFromFile(file);
                    kc.mergeConfig(more, true);
                }
            }
            catch (e) {
                throw new ClusterError(`cannot read kubeconfig ${file}: ${firstLine(e)}`);
            }
        }
    }
    else if (options.env.KUBERNETES_SERVICE_HOST && existsSync(join(saDir, 'token'))) {
        // in a pod: the service account's token (re-read as it rotates) and the cluster CA
        const host = options.env.KUBERNETES_SERVICE_HOST;
        const port = options.env.KUBERNETES_SERVICE_PORT ?? '443';
        kc.loadFromClusterAndUser({ name: 'in-cluster', server: `https://${isIPv6(host) ? `[${host}]` : host}:${port}`, caFile: join(saDir, 'ca.crt'), skipTLSVerify: false }, { name: 'service account', authProvider: { name: 'tokenFile', config: { tokenFile: join(saDir, 'token') } } });
        kc.contexts = kc.contexts.map((c) => ({ ...c, name: 'in-cluster' }));
        kc.setCurrentContext('in-cluster');
    }
    else {
        throw new ClusterError('no cluster to read: no kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) and not running in a pod');
    }
    if (options.context !== undefined) {
        if (!kc.getContextObject(options.context)) {
            const known = kc.getContexts().map((c) => c.name);
            throw new ClusterError(`context "${options.context}" not found in the kubeconfig${known.length ? ` (contexts: ${known.join(', ')})` : ''}`);
        }
        kc.setCurrentContext(options.context);
    }
    const contextName = kc.getCurrentContext();
    if (!contextName || !kc.getContextObject(contextName))
        throw new ClusterError('the kubeconfig has no current-context: pass --context');
    const cluster = kc.getCurrentCluster();
    if (!cluster?.server)
        throw new ClusterError(`context "${contextName}" names no cluster with a server address`);
    const user = kc.getCurrentUser();
    const server = cluster.server.replace(/\/+$/, '');
    if (!/^https?:\/\//.test(server))
        throw new ClusterError(`context "${contextName}": server "${cluster.server}" is not an http(s) URL`);
    return {
        server,
        context: contextName,
        user: user?.name ?? '',
        async auth() {
            const opts = { headers: {} };
            try {
                await kc.applyToHTTPSOptions(opts);
            }
            catch (e) {
                throw new ClusterError(`${server}: cannot get credentials for user "${user?.name ?? ''}" of context "${contextName}": ${firstLine(e)}`);
            }
            const headers = {};
            for (const [k, v] of Object.entries(opts.headers ?? {}))
                if (v !== undefined)
                    headers[k] = Array.isArray(v) ? v.join(', ') : String(v);
            return {
                headers,
                tls: { ca: opts.ca, cert: opts.cert, key: opts.key, rejectUnauthorized: opts.rejectUnauthorized, servername: opts.servername, auth: opts.auth },
                proxyAgent: cluster.proxyUrl ? opts.agent : undefined,
            };
        },
    };
}
function kubeconfigFiles(options) {
    if (options.kubeconfig !== undefined)
        return [options.kubeconfig];
    const env = options.env.KUBECONFIG;
    if (env)
        return env.split(delimiter).filter(Boolean);
    const home = options.env.HOME ?? options.env.USERPROFILE;
    if (home) {
        const file = join(home, '.kube', 'config');
        if (existsSync(file))
            return [file];
    }
    return [];
}
/** True when a live cluster can be found without flags: a kubeconfig, or a pod's service account. */
export function defaultClusterAvailable(env, serviceAccountDir = SERVICE_ACCOUNT_DIR) {
    if (env.KUBECONFIG)
        return true;
    const home = env.HOME ?? env.USERPROFILE;
    if (home && existsSync(join(home, '.kube', 'config')))
        return true;
    return Boolean(env.KUBERNETES_SERVICE_HOST) && existsSync(join(serviceAccountDir, 'token'));
}
function firstLine(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
//# sourceMappingURL=kubeconfig.js.map