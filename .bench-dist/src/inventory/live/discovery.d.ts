import type { KubeClient } from './client.js';
import type { WantedKind } from './kinds.js';
/** One resource the server offers, as discovery describes it. */
export interface ServedResource {
    readonly group: string;
    readonly version: string;
    /** The plural resource name in URLs, e.g. `deployments`. */
    readonly resource: string;
    readonly kind: string;
    readonly namespaced: boolean;
    readonly verbs: readonly string[];
}
/**
 * Finds where the server serves each wanted kind: its preferred version of the group when that
 * version has the kind, else the first other version that does (PodSecurityPolicy lived only in
 * policy/v1beta1). Only the groups Rampart needs are asked about, so a broken aggregated API
 * (metrics.k8s.io down) does not matter. Kinds the server does not offer are simply absent.
 */
export declare function discover(client: KubeClient, wanted: readonly WantedKind[]): Promise<Map<string, ServedResource>>;
export declare function key(group: string, kind: string): string;
export declare function apiVersionOf(r: {
    group: string;
    version: string;
}): string;
/** The collection URL: `/apis/apps/v1/namespaces/shop/deployments`, or all namespaces without one. */
export declare function collectionPath(r: ServedResource, namespace?: string): string;
