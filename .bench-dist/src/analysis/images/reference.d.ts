/** reference.go RepositoryNameTotalLengthMax: applies to the path, without the domain. */
export declare const REPOSITORY_NAME_MAX_LENGTH = 255;
/**
 * Digest algorithms the kubelet can verify (go-digest's registered algorithms; Kubernetes imports
 * crypto/sha256 and crypto/sha512), with the exact hex length each requires. Lower-case hex only.
 */
export declare const DIGEST_ALGORITHMS: Readonly<Record<string, number>>;
/** A parsed, normalized image reference. */
export interface ImageReference {
    /** The text as written in the manifest. */
    readonly input: string;
    /**
     * The registry host (and port): `docker.io` when none is written, `index.docker.io` folded into
     * `docker.io`. Empty only in distribution's corner case of a first component that contains a `.`
     * but is not a valid host (e.g. `a_b.c/x`): the whole name is then a path with no domain.
     */
    readonly registry: string;
    /** The repository path, e.g. `library/nginx` (implicit `library/` for one-component Docker Hub names). */
    readonly path: string;
    /** The tag as written; undefined when absent (the runtime then pulls `latest`, unless a digest is given). */
    readonly tag?: string;
    /** `algorithm:hex`, e.g. `sha256:…`; undefined when absent. */
    readonly digest?: string;
    /** `registry/path`, e.g. `docker.io/library/nginx`. */
    readonly name: string;
    /** The short form the Docker CLI shows, e.g. `nginx` or `bitnami/redis`. */
    readonly familiarName: string;
    /** The full normalized reference: `name[:tag][@digest]`, e.g. `docker.io/library/nginx:1.25`. */
    readonly normalized: string;
}
export type ImageReferenceErrorCode = 'empty' | 'invalid-format' | 'uppercase' | 'identifier' | 'name-too-long' | 'digest-unsupported' | 'digest-invalid';
export interface ImageReferenceError {
    readonly code: ImageReferenceErrorCode;
    /** distribution's own wording, which is what the kubelet reports with `InvalidImageName`. */
    readonly message: string;
    /** What is most likely wrong, when the grammar alone does not say. */
    readonly hint?: string;
}
export type ParsedImageReference = {
    readonly ok: true;
    readonly reference: ImageReference;
} | {
    readonly ok: false;
    readonly error: ImageReferenceError;
};
/** ParseNormalizedNamed (normalize.go), then the fields a check needs. */
export declare function parseImageReference(input: string): ParsedImageReference;
