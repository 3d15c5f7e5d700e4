import type { Agent, RequestOptions } from 'node:https';
/** Where the in-cluster service account's token and CA are mounted (kubernetes.io/serviceaccount). */
export declare const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
export interface ConnectionOptions {
    /** `--kubeconfig`: a kubeconfig file; otherwise KUBECONFIG, ~/.kube/config, then the in-cluster service account. */
    readonly kubeconfig?: string;
    /** `--context`: a context of the kubeconfig instead of its current-context. */
    readonly context?: string;
    /** The environment (KUBECONFIG, HOME, KUBERNETES_SERVICE_HOST/PORT). */
    readonly env: NodeJS.ProcessEnv;
    /** Where the service account is mounted; tests point it elsewhere. */
    readonly serviceAccountDir?: string;
}
/** TLS material and credentials for one request; a fresh header set each time so exec and OIDC tokens refresh. */
export interface RequestAuth {
    readonly headers: Record<string, string>;
    readonly tls: Pick<RequestOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized' | 'servername' | 'auth'>;
    /** The kubeconfig's proxy agent, when the cluster has a proxy-url; otherwise undefined. */
    readonly proxyAgent?: Agent;
}
/** A cluster to read: its address, how it is named to the user, and how to authenticate. */
export interface ClusterConnection {
    /** The API server's base URL (may carry a path prefix, e.g. behind a proxy). */
    readonly server: string;
    /** The context name, or `in-cluster`. */
    readonly context: string;
    readonly user: string;
    /** Credentials and TLS options for the next request. */
    auth(): Promise<RequestAuth>;
}
/**
 * Resolves which cluster to read, as kubectl does: `--kubeconfig`, else KUBECONFIG (a list of
 * files, merged), else ~/.kube/config, else the pod's service account. The official client library
 * reads the kubeconfig and runs its authentication (tokens, client certificates, exec plugins,
 * OIDC); it is imported only here and only when a cluster is read.
 */
export declare function connect(options: ConnectionOptions): Promise<ClusterConnection>;
/** True when a live cluster can be found without flags: a kubeconfig, or a pod's service account. */
export declare function defaultClusterAvailable(env: NodeJS.ProcessEnv, serviceAccountDir?: string): boolean;
