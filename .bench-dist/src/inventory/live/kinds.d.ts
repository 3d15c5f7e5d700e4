/**
 * The kinds Rampart reads from a live cluster: every kind a check or an analysis looks at. Add a
 * kind here when a check starts reading it; a kind the server does not offer (an API group that is
 * not installed, a kind removed in this version) is skipped without a gap.
 */
export interface WantedKind {
    /** API group; '' is the core group. */
    readonly group: string;
    readonly kind: string;
}
export declare const CLUSTER_KINDS: readonly WantedKind[];
