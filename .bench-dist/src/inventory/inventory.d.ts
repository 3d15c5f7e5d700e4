import type { ClusterInfo, CoverageGap } from './coverage.js';
import type { Diagnostic } from './diagnostics.js';
import type { InventoryObject } from './object.js';
import { type PodSpecView } from './pod-spec.js';
/**
 * What the cluster is made of: the loaded objects, indexed, plus what was wrong with the input.
 *
 * **One identity, several copies.** Files often hold several copies of one object (kind, namespace,
 * name): `dev/` and `prod/` variants of an app, the base and overlays of a kustomization. Every
 * copy is an object of its own in `objects`, `ofKind()` and `podSpecs()`: checks that judge one
 * object at a time report each copy at its own file and line. Analyses that need one object per
 * identity (an RBAC graph, NetworkPolicy selection, a lookup by name) use `get()` and
 * `effective()`: the **last copy in input order wins**, which is what `kubectl apply -f` over the
 * same paths (files in the order given, directories sorted) would leave in the cluster. Each
 * identity with several copies gets one info note naming them (`-v`). Inside one input (one file,
 * one kubectl List, one snapshot) an identity occurs once; a second occurrence is an error
 * diagnostic of the loader and is not loaded.
 */
export declare class Inventory {
    readonly objects: readonly InventoryObject[];
    /** Errors and warnings about the input: they decide the exit status. */
    readonly diagnostics: readonly Diagnostic[];
    /** Info notes from loading (files skipped as not Kubernetes objects...): listed with `-v`. */
    private readonly loadNotes;
    private readonly options;
    private readonly kinds;
    private readonly byKey;
    /** Identities with more than one copy: every copy, in input order. */
    private readonly copies;
    private effectiveCache;
    private notesCache;
    private podSpecCache;
    private labelIndex;
    private readonly analyses;
    /** Kinds read, for each recording under way (see `recordReads`). */
    private readonly recordings;
    constructor(objects: readonly InventoryObject[], 
    /** Errors and warnings about the input: they decide the exit status. */
    diagnostics: readonly Diagnostic[], 
    /** Info notes from loading (files skipped as not Kubernetes objects...): listed with `-v`. */
    loadNotes?: readonly Diagnostic[], options?: InventoryOptions);
    /**
     * True when the inventory is a whole cluster (a snapshot, a live cluster): what is absent from it
     * does not exist. Files are a partial view (one directory of a repository, `kubectl get` of some
     * kinds): an object they do not hold may well exist elsewhere.
     */
    get complete(): boolean;
    /** Info notes: what loading skipped, and identities with several copies. Never an error. */
    get notes(): readonly Diagnostic[];
    /** Every copy of this object's identity in input order (just the object itself, mostly). */
    copiesOf(o: InventoryObject): readonly InventoryObject[];
    /** True when a later copy of the same identity is in the inventory (see the class comment). */
    isShadowed(o: InventoryObject): boolean;
    /**
     * One object per identity, the last copy in input order: for analyses that build a graph or
     * resolve references by name. Optionally of one kind.
     */
    effective(kind?: string): readonly InventoryObject[];
    /**
     * What tells this copy apart from the other copies of its identity, for fingerprints: its file
     * when there are several copies, else nothing (so fingerprints stay stable across file moves).
     */
    copyDiscriminator(o: InventoryObject): string;
    /** The clusters the objects were read from (live or snapshots); empty for files. */
    get clusters(): readonly ClusterInfo[];
    /** Kinds the cluster reads could not see: forbidden or failed lists. */
    get gaps(): readonly CoverageGap[];
    /** Info notes given when loading, without the copies notes this inventory derives itself. */
    get loadingNotes(): readonly Diagnostic[];
    /**
     * Runs `fn` and returns the kinds it read through this inventory's lookups and analyses, so that
     * a coverage gap (a kind the cluster refused) can name the checks it affected.
     */
    recordReads<T>(fn: () => T): {
        value: T;
        kinds: ReadonlySet<string>;
    };
    private read;
    ofKind(kind: string): readonly InventoryObject[];
    /** The object with this identity; of several copies, the last (see the class comment). */
    get(kind: string, namespace: string | undefined, name: string): InventoryObject | undefined;
    inNamespace(kind: string, namespace: string): InventoryObject[];
    /** Objects of a kind whose metadata.labels hold `label=value`. */
    withLabel(kind: string, label: string, value: string): InventoryObject[];
    /** The object's controller, when it is in the inventory. */
    controllerOf(o: InventoryObject): InventoryObject | undefined;
    /** Namespaces declared as objects, plus every namespace an object lives in. */
    namespaces(): {
        name: string;
        declared?: InventoryObject;
    }[];
    /**
     * Pod templates of every pod-bearing object, normalized to one view. An object whose controller
     * (ownerReferences with controller: true) is also in the inventory is left out: in a cluster
     * snapshot the Deployment, its ReplicaSet and their Pods share one template, and the problem is
     * reported once, on the object a person edits.
     */
    podSpecs(): readonly PodSpecView[];
    /**
     * Runs an analysis once per inventory and argument (usually the scan config), so checks that
     * share an engine share its result.
     */
    analysis<A, T>(compute: (inventory: Inventory, arg: A) => T, arg: A): T;
    /** A new inventory with only the objects that pass `keep` (diagnostics are kept whole). */
    filter(keep: (o: InventoryObject) => boolean): Inventory;
    hasErrors(): boolean;
}
export interface InventoryOptions {
    /** The input is a whole cluster (snapshot, live): see `Inventory.complete`. */
    readonly complete?: boolean;
    /** The clusters the objects were read from, with what each read could not see. */
    readonly clusters?: readonly ClusterInfo[];
}
