/** The repository's test-only TLS material (test/fixtures/tls). */
export declare const TLS_DIR: string;
export declare function tlsFile(name: string): Buffer;
export interface KubeObject {
    readonly apiVersion: string;
    readonly kind: string;
    readonly metadata: {
        readonly name: string;
        readonly namespace?: string;
        readonly [k: string]: unknown;
    };
    readonly [k: string]: unknown;
}
export interface KubeApiDoubleOptions {
    /** The objects served; each must be of a kind in the double's table, in a version it serves. */
    readonly objects: readonly KubeObject[];
    /** Accepted bearer tokens; empty: none. */
    readonly tokens?: readonly string[];
    /** Accept client certificates signed by the test CA. */
    readonly clientCertificates?: boolean;
    /** `/version`. */
    readonly version?: {
        major: string;
        minor: string;
        gitVersion: string;
    };
    /** Resources (plural names) answered 403 Forbidden, wherever listed. */
    readonly forbidden?: readonly string[];
    /** Resource → how many requests carrying a continue token are answered 410 Expired. */
    readonly expireContinue?: Readonly<Record<string, number>>;
    /** Resource → how many list requests are answered 429 with this Retry-After. */
    readonly throttle?: Readonly<Record<string, {
        times: number;
        retryAfter: string;
    }>>;
    /** Resource → how many list requests are answered with this 5xx status. */
    readonly fail?: Readonly<Record<string, {
        times: number;
        status: number;
    }>>;
    /** Resource → milliseconds each list response waits before it is sent. */
    readonly delayMs?: Readonly<Record<string, number>>;
    /** The largest page the server sends, whatever the client's limit. */
    readonly maxPage?: number;
}
export interface RequestRecord {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, string>>;
    readonly accept: string;
    readonly status: number;
    readonly auth: 'token' | 'certificate' | 'none';
}
export interface KubeApiDouble {
    readonly url: string;
    readonly port: number;
    readonly requests: RequestRecord[];
    close(): Promise<void>;
}
export declare function startKubeApiDouble(options: KubeApiDoubleOptions, port?: number): Promise<KubeApiDouble>;
export interface KubeconfigSpec {
    readonly server: string;
    /** `token`: a bearer token; `certificate`: the test client certificate. */
    readonly auth: {
        token: string;
    } | 'certificate';
    /** The CA file the kubeconfig trusts: the test CA by default. */
    readonly ca?: string;
    readonly context?: string;
    /** Write certificates as file paths relative to the kubeconfig instead of inline data. */
    readonly filePaths?: boolean;
}
/** Writes a real kubeconfig file (as `kubectl config view --raw` prints one) and returns its path. */
export declare function writeKubeconfig(dir: string, spec: KubeconfigSpec, name?: string): string;
