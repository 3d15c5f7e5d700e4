import type { KubernetesObject } from '../../k8s/types.js';
import type { CoverageGap, ServerVersion } from '../coverage.js';
import { type ClientOptions } from './client.js';
import { type WantedKind } from './kinds.js';
import type { ClusterConnection } from './kubeconfig.js';
/** Everything one read of a cluster saw: what a snapshot holds. */
export interface ClusterRead {
    readonly server: string;
    readonly context: string;
    readonly version?: ServerVersion;
    readonly readAt: string;
    readonly namespace?: string;
    /** True when Secret values were read; a snapshot never holds them. */
    readonly secretData: boolean;
    /** Each kind that was listed (or refused), in a fixed order. */
    readonly resources: readonly ResourceRead[];
    /** The objects, with apiVersion and kind, in the order of `resources`. */
    readonly items: readonly KubernetesObject[];
}
export interface ResourceRead {
    readonly apiVersion: string;
    readonly kind: string;
    readonly resource: string;
    readonly namespaced: boolean;
    readonly status: 'read' | 'forbidden' | 'failed';
    readonly objects: number;
    readonly message?: string;
}
export interface ReadProgress {
    readonly kindsDone: number;
    readonly kindsTotal: number;
    readonly objects: number;
    readonly bytes: number;
}
export interface ReadOptions {
    /** List namespaced kinds in this namespace only (`-n`); cluster-scoped kinds are still listed. */
    readonly namespace?: string;
    /** Read Secret values (`--include-secret-data`); otherwise only their metadata is asked for. */
    readonly includeSecretData?: boolean;
    /** Objects per page (`limit`), as kubectl's --chunk-size. */
    readonly pageSize?: number;
    /** Kinds listed at the same time. */
    readonly concurrency?: number;
    /** Times a list whose continue token expired (410) is started again. */
    readonly maxRestarts?: number;
    readonly client?: Partial<ClientOptions>;
    readonly kinds?: readonly WantedKind[];
    readonly onProgress?: (p: ReadProgress) => void;
    /** The time stamp to record; the clock by default. */
    readonly now?: () => Date;
}
/**
 * Reads a cluster: its version, the API resources it offers, then every wanted kind across all
 * namespaces (or one), page by page (`limit`/`continue`), a few kinds at a time. A 403 on a kind is
 * a coverage gap, not the end of the read; so is a kind that still fails after the client's
 * retries. A list whose continue token expired (410 Gone) is started again from the beginning, as
 * client-go's pager does when it cannot continue consistently.
 */
export declare function readCluster(connection: ClusterConnection, options?: ReadOptions): Promise<ClusterRead>;
/**
 * An item as `kubectl get -o json` prints it: with apiVersion and kind (list items omit them), and
 * without managedFields (hidden by kubectl since 1.21). A Secret keeps only its metadata and type
 * unless its values were asked for, and loses the last-applied annotation, which holds the values.
 */
export declare function normalize(item: Record<string, unknown>, apiVersion: string, kind: string, secretData: boolean): KubernetesObject;
/** Secret metadata without `kubectl.kubernetes.io/last-applied-configuration`, which repeats the data. */
export declare function withoutSecretValues(metadata: Record<string, unknown>): Record<string, unknown>;
/** The gaps of a read: kinds refused or failed. */
export declare function gapsOf(read: Pick<ClusterRead, 'resources' | 'namespace'>): CoverageGap[];
