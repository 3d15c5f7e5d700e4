import type { ClusterConnection } from './kubeconfig.js';
export interface ClientOptions {
    /** Per request, as kubectl's --request-timeout. */
    readonly timeoutMs: number;
    /** Attempts for a request answered 429 or 5xx, or timing out (the first one included). */
    readonly maxAttempts: number;
    /** First back-off after a 5xx or a timeout; doubled each time, with jitter. */
    readonly backoffMs: number;
    /** The longest Retry-After honoured; a longer one is cut to this. */
    readonly maxRetryAfterMs: number;
    /** Connections kept open to the server. */
    readonly maxSockets: number;
    /** Waits between attempts; tests may count them. */
    readonly sleep?: (ms: number) => Promise<void>;
}
export declare const DEFAULT_CLIENT_OPTIONS: ClientOptions;
/** What the client did, for progress and tests. */
export interface ClientStats {
    requests: number;
    retries: number;
    bytes: number;
}
/**
 * GETs JSON from the API server: credentials from the kubeconfig, keep-alive connections, a timeout
 * per request, and retries with back-off on 429 (honouring Retry-After, as client-go does) and on 5xx
 * and timeouts. Connection failures, untrusted certificates and rejected credentials are fatal and
 * become one clear ClusterError naming the server; other statuses are HttpStatusError for the caller.
 */
export declare class KubeClient {
    readonly connection: ClusterConnection;
    readonly stats: ClientStats;
    private agent;
    private readonly options;
    constructor(connection: ClusterConnection, options?: Partial<ClientOptions>);
    /** GET a path below the server URL (`/api/v1/pods?limit=500`) and parse its JSON. */
    getJson<T = unknown>(path: string, accept?: string): Promise<T>;
    /** Closes kept-alive connections. */
    close(): void;
    private backoff;
    private once;
}
/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export declare function retryAfterMs(value: string | string[] | undefined, now?: number): number | undefined;
export declare function formatMs(ms: number): string;
