/**
 * What an inventory read from a cluster (live, or a snapshot of one) could not see. A kind the
 * server refused (403) or failed to list is a gap: the scan still runs, and the report names the
 * checks that read that kind and so could not run fully.
 */
export interface CoverageGap {
    readonly apiVersion: string;
    readonly kind: string;
    /** The plural resource, e.g. `secrets`. */
    readonly resource: string;
    /** Set when the read was limited to one namespace (`-n`). */
    readonly namespace?: string;
    /** `forbidden`: 403; `failed`: a server error, timeout or expired list that retries did not cure. */
    readonly reason: 'forbidden' | 'failed';
    /** The server's own words (the Status message), or the transport error. */
    readonly message: string;
}
/** The cluster an inventory was read from. */
export interface ClusterInfo {
    /** The API server URL as the kubeconfig names it. */
    readonly server: string;
    readonly context: string;
    /** `/version` of the API server, when it answered. */
    readonly version?: ServerVersion;
    /** When the objects were read (ISO 8601). */
    readonly readAt: string;
    /** The namespace the read was limited to (`-n`). */
    readonly namespace?: string;
    /** True when Secret values were read (`--include-secret-data`); otherwise Secrets carry metadata only. */
    readonly secretData: boolean;
    readonly gaps: readonly CoverageGap[];
}
/** The API server's `/version` (k8s.io/apimachinery/pkg/version.Info). */
export interface ServerVersion {
    readonly major: string;
    readonly minor: string;
    readonly gitVersion: string;
    readonly platform?: string;
}
