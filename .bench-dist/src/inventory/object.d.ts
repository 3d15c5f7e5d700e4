import type { KubernetesObject } from '../k8s/types.js';
import type { Locator, Location, SourceText } from './source.js';
/** Identifies a Kubernetes object the way kubectl does. */
export interface ResourceRef {
    readonly apiVersion: string;
    readonly kind: string;
    /** Absent for cluster-scoped objects. */
    readonly namespace?: string;
    readonly name: string;
}
/** A loaded object together with where it came from. */
export declare class InventoryObject {
    readonly object: KubernetesObject;
    readonly ref: ResourceRef;
    private readonly source;
    private readonly locator;
    /** 0-based index of the document in its file (a YAML document, or a JSON value of a stream), and of the item inside a List. */
    readonly origin: {
        readonly document: number;
        readonly item?: number;
    };
    constructor(object: KubernetesObject, ref: ResourceRef, source: SourceText, locator: Locator, 
    /** 0-based index of the document in its file (a YAML document, or a JSON value of a stream), and of the item inside a List. */
    origin?: {
        readonly document: number;
        readonly item?: number;
    });
    get file(): string;
    get kind(): string;
    get name(): string;
    get namespace(): string | undefined;
    /** The field at `pointer` (or its nearest existing ancestor) as a file position. */
    locate(pointer: string): Location;
    /** Several fields at once: the object's text is parsed for positions only once. */
    locateAll(pointers: readonly string[]): Location[];
}
/** `Kind/namespace/name`, or `Kind/name` when cluster-scoped. */
export declare function refToString(ref: ResourceRef): string;
