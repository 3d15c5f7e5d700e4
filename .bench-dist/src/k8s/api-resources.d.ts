/**
 * The API groups Kubernetes serves itself, and the groups of its built-in kinds
 * (`kubectl api-resources`), so that `apiVersion: v1` with `kind: Deployment` is diagnosed as the
 * API server would ("no matches for kind Deployment in version v1"). Custom resources may reuse a
 * built-in kind's name in their own group: only objects that claim a built-in group are judged.
 * Versions are not judged here (removed versions are a matter for version checks).
 */
/** True for the core group and the groups Kubernetes itself serves. */
export declare function isBuiltinGroup(group: string): boolean;
/**
 * When a built-in kind is written with a built-in group that does not serve it, the apiVersion it
 * should have (`apps/v1` for a Deployment); undefined when the pair is fine or not ours to judge.
 */
export declare function misplacedKind(group: string, kind: string): string | undefined;
