export interface SchemaProblem {
    /** JSON pointer of the offending field. */
    readonly pointer: string;
    readonly message: string;
}
/** Fields of the wrong type, as the API server would reject them; empty when the object is fine. */
export declare function schemaProblems(kind: string, object: unknown): SchemaProblem[];
/**
 * What the API server rejects beyond field types, for fields Rampart reads (ValidatePodSpec in
 * k8s.io/kubernetes pkg/apis/core/validation): container names unique across containers,
 * initContainers and ephemeralContainers ("Duplicate value"); a seccomp or AppArmor profile of type
 * Localhost needs `localhostProfile`, and only that type may have one. Call it on objects whose
 * types are valid (`schemaProblems` is empty).
 */
export declare function apiProblems(kind: string, object: Record<string, unknown>): SchemaProblem[];
