import type { KubernetesObject } from '../../k8s/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { InventoryObject } from '../object.js';
import { type Location } from '../source.js';
/** Where cluster objects point: their API path, e.g. `cluster:/apis/apps/v1/namespaces/shop/deployments/web`. */
export declare const CLUSTER_SCHEME = "cluster:";
/**
 * An object read from a cluster (live or from a snapshot). It has no file: a finding points at its
 * API path, and the line and column of the field in the object printed as `kubectl get -o json`
 * prints it (keys sorted, four-space indent, no managedFields). Live and snapshot reads of the same
 * object therefore give the same locations, and the text is rendered only for objects with findings.
 */
export declare class ClusterObject extends InventoryObject {
    private readonly apiPath;
    constructor(object: KubernetesObject, ref: InventoryObject['ref'], apiPath: string);
    get file(): string;
    locateAll(pointers: readonly string[]): Location[];
}
/** JSON as kubectl prints an object: keys sorted (Go's encoding of a map), four-space indent. */
export declare function kubectlJson(value: unknown): string;
export interface ClusterObjectsInput {
    readonly items: readonly unknown[];
    /** Plural resource of each `apiVersion/kind`, for the API paths. */
    readonly resources: readonly {
        apiVersion: string;
        kind: string;
        resource: string;
    }[];
    /** Names the input in diagnostics: the server URL, or the snapshot file. */
    readonly origin: string;
}
/**
 * Turns a cluster's objects into inventory objects. The rules are the file loader's: an object
 * must have apiVersion, kind and metadata.name; wrongly typed fields are diagnosed; the same identity
 * twice (API group, kind, namespace, name) is a duplicate, reported and ignored.
 */
export declare function clusterObjects(input: ClusterObjectsInput): {
    objects: InventoryObject[];
    diagnostics: Diagnostic[];
};
