import { Inventory } from './inventory.js';
import type { ClusterRead } from './live/read.js';
/**
 * Where a cluster's objects come from. Every command that reads a cluster builds its inventory
 * through `loadSources`, so a new source (a snapshot, a live cluster, a node bundle) is added here
 * once and every command gets it.
 */
export interface SourceSpec {
    /** Files and directories (recursive); `-` is stdin. */
    readonly paths: readonly string[];
    /** Reads stdin when a path is `-`. */
    readonly readStdin: () => Buffer;
    /** Snapshot files written by `rampart snapshot` (gzip or plain JSON). */
    readonly snapshots?: readonly string[];
    /** A live cluster to read through the Kubernetes API. */
    readonly cluster?: LiveSpec;
}
/** How to read a live cluster; see src/inventory/live/. */
export interface LiveSpec {
    /** A kubeconfig file; otherwise KUBECONFIG, ~/.kube/config, then the in-cluster service account. */
    readonly kubeconfig?: string;
    readonly context?: string;
    /** KUBECONFIG, HOME, KUBERNETES_SERVICE_HOST/PORT. */
    readonly env: NodeJS.ProcessEnv;
    /** List namespaced kinds in this namespace only. */
    readonly namespace?: string;
    /** Read Secret values; they stay in the process and never reach snapshots or reports. */
    readonly includeSecretData?: boolean;
    /** Per-request timeout in milliseconds. */
    readonly requestTimeoutMs?: number;
    readonly onProgress?: (p: {
        kindsDone: number;
        kindsTotal: number;
        objects: number;
        bytes: number;
    }) => void;
    /** Where the in-cluster service account is mounted (tests). */
    readonly serviceAccountDir?: string;
}
/** The sources' objects as one inventory; unreadable or malformed input becomes diagnostics. */
export declare function loadSources(spec: SourceSpec): Promise<Inventory>;
/**
 * Reads a live cluster (what `loadSources` does for `cluster`, and what `rampart snapshot` writes).
 * The client library is imported only here, when a cluster is read.
 */
export declare function readLiveCluster(c: LiveSpec): Promise<ClusterRead>;
/** True when the spec names at least one source. */
export declare function hasSources(spec: SourceSpec): boolean;
