/**
 * The Kubernetes audit event (audit.k8s.io/v1 `Event`, and the older v1beta1 shape), as the API
 * server writes it to a log backend (one JSON object a line) or POSTs it to a webhook backend (an
 * `EventList`). Field names follow
 * https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/#audit-k8s-io-v1-Event
 */
export const STAGES = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'];
const API_VERSIONS = new Set(['audit.k8s.io/v1', 'audit.k8s.io/v1beta1', 'audit.k8s.io/v1alpha1']);
/**
 * Checks that a parsed JSON value is an audit event Rampart can reason about, and fills what the
 * older versions named differently (v1beta1 had `timestamp` and `metadata.creationTimestamp`
 * before `requestReceivedTimestamp`). Returns the reason when it is not an event.
 */
export function asAuditEvent(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a JSON object';
    const v = value;
    if (v.kind !== undefined && v.kind !== 'Event')
        return `kind "${String(v.kind)}" is not an audit Event`;
    if (v.apiVersion !== undefined && !API_VERSIONS.has(v.apiVersion))
        return `apiVersion "${String(v.apiVersion)}" is not audit.k8s.io/v1 or v1beta1`;
    if (typeof v.auditID !== 'string' || v.auditID === '')
        return 'missing auditID';
    if (typeof v.stage !== 'string' || !STAGES.includes(v.stage))
        return v.stage === undefined ? 'missing stage' : `unknown stage "${String(v.stage)}"`;
    if (typeof v.verb !== 'string')
        return 'missing verb';
    if (typeof v.user !== 'object' || v.user === null || Array.isArray(v.user))
        return 'missing user';
    if (typeof v.requestURI !== 'string')
        return 'missing requestURI';
    if (typeof v.requestReceivedTimestamp !== 'string') {
        // v1beta1 and v1alpha1
        const old = typeof v.timestamp === 'string' ? v.timestamp : v.metadata?.creationTimestamp;
        if (typeof old !== 'string')
            return 'missing requestReceivedTimestamp';
        v.requestReceivedTimestamp = old;
    }
    if (Number.isNaN(Date.parse(v.requestReceivedTimestamp)))
        return `requestReceivedTimestamp "${String(v.requestReceivedTimestamp)}" is not an RFC 3339 time`;
    if (v.objectRef !== undefined && (typeof v.objectRef !== 'object' || v.objectRef === null || Array.isArray(v.objectRef)))
        return 'objectRef is not an object';
    if (v.sourceIPs !== undefined && !Array.isArray(v.sourceIPs))
        return 'sourceIPs is not a list';
    if (v.responseStatus !== undefined && (typeof v.responseStatus !== 'object' || v.responseStatus === null))
        return 'responseStatus is not an object';
    return v;
}
/** Milliseconds since the epoch at which the API server received the request. */
export function eventTime(e) {
    return Date.parse(e.requestReceivedTimestamp);
}
/** The HTTP status of the response, 0 when the event has none (RequestReceived, or a Metadata-less backend). */
export function responseCode(e) {
    return e.responseStatus?.code ?? 0;
}
/** True for a request the API server served with a 2xx status. */
export function succeeded(e) {
    const c = responseCode(e);
    return c >= 200 && c < 300;
}
/** `pods/exec` for a subresource, `pods` for a resource, `` for a non-resource URL. */
export function resourceKey(ref) {
    if (!ref?.resource)
        return '';
    return ref.subresource ? `${ref.resource}/${ref.subresource}` : ref.resource;
}
/** The service account named by a username `system:serviceaccount:NS:NAME`, if it is one. */
export function serviceAccountOf(username) {
    if (!username?.startsWith('system:serviceaccount:'))
        return undefined;
    const rest = username.slice('system:serviceaccount:'.length);
    const i = rest.indexOf(':');
    if (i <= 0 || i === rest.length - 1)
        return undefined;
    return { namespace: rest.slice(0, i), name: rest.slice(i + 1) };
}
//# sourceMappingURL=event.js.map