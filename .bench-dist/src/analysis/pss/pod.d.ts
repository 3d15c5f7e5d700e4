export type Rec = Record<string, unknown>;
export declare function isRec(value: unknown): value is Rec;
export declare function rec(value: unknown): Rec | undefined;
export declare function arr(value: unknown): readonly unknown[];
/** A Go `string` field: absent, null or non-string reads as "". */
export declare function str(value: unknown): string;
/** What evaluatePod accepts: a PodSpecView, or any `{ metadata, spec }` (pointers then default to a bare Pod's). */
export interface PssPodInput {
    readonly metadata?: unknown;
    readonly spec: unknown;
    /** JSON pointer to the PodSpec inside its object; default `/spec`. */
    readonly pointer?: string;
    /** JSON pointer to the pod (template) metadata; default `/metadata`. */
    readonly metadataPointer?: string;
    /** Set by PodSpecView: the object that holds the template. */
    readonly owner?: {
        readonly kind: string;
    };
}
export type ContainerKind = 'initContainers' | 'containers' | 'ephemeralContainers';
/** Go's visitContainers order (policy/visitor.go): init containers, containers, ephemeral containers. */
export declare const CONTAINER_KINDS: readonly ContainerKind[];
export declare class PodContext {
    readonly spec: Rec;
    readonly metadata: Rec | undefined;
    readonly specPointer: string;
    readonly metadataPointer: string;
    /** The pod-level securityContext, or undefined (nil). */
    readonly podSC: Rec | undefined;
    readonly lists: readonly [readonly unknown[], readonly unknown[], readonly unknown[]];
    /** Whether the object is a bare Pod (true) or a pod template inside a controller. */
    readonly barePod: boolean;
    constructor(input: PssPodInput);
    get annotations(): Rec | undefined;
    /** `podSpec.OS != nil && podSpec.OS.Name == corev1.Windows` */
    get isWindows(): boolean;
    /** policy/helpers.go relaxPolicyForUserNamespacePod: `podSpec.HostUsers != nil && !*podSpec.HostUsers`. */
    get userNamespace(): boolean;
    /** Visits every container in Go's order. */
    visit(fn: (c: Rec, kind: ContainerKind, index: number) => void): void;
    containerPointer(kind: ContainerKind, index: number, ...path: string[]): string;
    specField(...path: (string | number)[]): string;
    metadataField(...path: string[]): string;
}
/** A container's securityContext, or undefined (nil). */
export declare function sc(c: Rec): Rec | undefined;
/** `container.Name` */
export declare function nameOf(c: Rec): string;
/** A check's verdict when it forbids the pod; checks return null when they allow it. */
export interface Forbidden {
    readonly reason: string;
    readonly detail: string;
    /** Pointers to the offending fields (or to where a required field belongs). */
    readonly pointers: readonly string[];
}
export type CheckFn = (pod: PodContext) => Forbidden | null;
