/**
 * The Kubernetes audit event (audit.k8s.io/v1 `Event`, and the older v1beta1 shape), as the API
 * server writes it to a log backend (one JSON object a line) or POSTs it to a webhook backend (an
 * `EventList`). Field names follow
 * https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/#audit-k8s-io-v1-Event
 */
export type Stage = 'RequestReceived' | 'ResponseStarted' | 'ResponseComplete' | 'Panic';
export declare const STAGES: readonly Stage[];
export interface UserInfo {
    readonly username?: string;
    readonly uid?: string;
    readonly groups?: readonly string[];
    readonly extra?: Readonly<Record<string, readonly string[]>>;
}
export interface ObjectReference {
    readonly resource?: string;
    readonly namespace?: string;
    readonly name?: string;
    readonly uid?: string;
    /** Empty or absent for the core group. */
    readonly apiGroup?: string;
    readonly apiVersion?: string;
    readonly resourceVersion?: string;
    readonly subresource?: string;
}
export interface ResponseStatus {
    readonly code?: number;
    readonly status?: string;
    readonly reason?: string;
    readonly message?: string;
}
export interface AuditEvent {
    readonly kind?: string;
    readonly apiVersion?: string;
    readonly level?: string;
    readonly auditID: string;
    readonly stage: Stage;
    readonly requestURI: string;
    /** Kubernetes verb (get, list, watch, create, update, patch, delete, deletecollection), or the lower-cased HTTP method for non-resource requests. */
    readonly verb: string;
    readonly user: UserInfo;
    readonly impersonatedUser?: UserInfo;
    readonly sourceIPs?: readonly string[];
    readonly userAgent?: string;
    readonly objectRef?: ObjectReference;
    readonly responseStatus?: ResponseStatus;
    readonly requestObject?: unknown;
    readonly responseObject?: unknown;
    readonly requestReceivedTimestamp: string;
    readonly stageTimestamp?: string;
    readonly annotations?: Readonly<Record<string, string>>;
}
/** Where an event came from: a file (or `<stdin>`, `<webhook>`) and its 1-based line. */
export interface EventOrigin {
    readonly file: string;
    readonly line: number;
}
/**
 * Checks that a parsed JSON value is an audit event Rampart can reason about, and fills what the
 * older versions named differently (v1beta1 had `timestamp` and `metadata.creationTimestamp`
 * before `requestReceivedTimestamp`). Returns the reason when it is not an event.
 */
export declare function asAuditEvent(value: unknown): AuditEvent | string;
/** Milliseconds since the epoch at which the API server received the request. */
export declare function eventTime(e: AuditEvent): number;
/** The HTTP status of the response, 0 when the event has none (RequestReceived, or a Metadata-less backend). */
export declare function responseCode(e: AuditEvent): number;
/** True for a request the API server served with a 2xx status. */
export declare function succeeded(e: AuditEvent): boolean;
/** `pods/exec` for a subresource, `pods` for a resource, `` for a non-resource URL. */
export declare function resourceKey(ref: ObjectReference | undefined): string;
/** The service account named by a username `system:serviceaccount:NS:NAME`, if it is one. */
export declare function serviceAccountOf(username: string | undefined): {
    namespace: string;
    name: string;
} | undefined;
