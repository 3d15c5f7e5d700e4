const BASE = Date.parse('2024-05-01T12:00:00Z');
let counter = 0;
/** RFC 3339 with microseconds, as the API server writes timestamps. */
export function auditTime(secondsAfterBase) {
    const ms = BASE + Math.round(secondsAfterBase * 1000);
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
export function resetAuditIds() {
    counter = 0;
}
export function auditEvent(s = {}) {
    const verb = s.verb ?? 'get';
    const [resource, subresource] = (s.resource ?? 'pods').split('/');
    const code = s.code ?? (verb === 'create' ? 201 : 200);
    const user = typeof s.user === 'object' ? s.user : { username: s.user ?? 'alice', groups: ['system:authenticated'] };
    const group = s.group ?? '';
    const ns = s.namespace;
    const prefix = group ? `/apis/${group}/v1` : '/api/v1';
    const uri = s.uri ??
        (resource
            ? `${prefix}${ns ? `/namespaces/${ns}` : ''}/${resource}${s.name && !(verb === 'create' && !subresource) ? `/${s.name}` : ''}${subresource ? `/${subresource}` : ''}`
            : '/healthz');
    const time = typeof s.time === 'string' ? s.time : auditTime(s.time ?? 0);
    const allowed = code !== 401 && code !== 403;
    const objectRef = resource
        ? {
            resource,
            ...(ns ? { namespace: ns } : {}),
            ...(s.name ? { name: s.name } : {}),
            ...(group ? { apiGroup: group } : {}),
            apiVersion: 'v1',
            ...(subresource ? { subresource } : {}),
        }
        : undefined;
    return {
        kind: 'Event',
        apiVersion: 'audit.k8s.io/v1',
        level: s.level ?? (s.requestObject !== undefined ? 'Request' : 'Metadata'),
        auditID: s.auditID ?? `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
        stage: s.stage ?? 'ResponseComplete',
        requestURI: uri,
        verb,
        user,
        ...(s.impersonatedUser ? { impersonatedUser: s.impersonatedUser } : {}),
        sourceIPs: typeof s.ip === 'string' ? [s.ip] : [...(s.ip ?? ['10.0.0.5'])],
        userAgent: s.userAgent ?? 'kubectl/v1.30.2 (linux/amd64) kubernetes/3968350',
        ...(objectRef ? { objectRef } : {}),
        responseStatus: { metadata: {}, code, ...(code >= 400 ? { status: 'Failure', reason: code === 403 ? 'Forbidden' : 'Unauthorized' } : {}) },
        ...(s.requestObject !== undefined ? { requestObject: s.requestObject } : {}),
        ...(s.responseObject !== undefined ? { responseObject: s.responseObject } : {}),
        requestReceivedTimestamp: time,
        stageTimestamp: time,
        annotations: s.annotations ?? { 'authorization.k8s.io/decision': allowed ? 'allow' : 'forbid', 'authorization.k8s.io/reason': allowed ? 'RBAC: allowed' : '' },
    };
}
/** A Pod object with the given spec (a container named app when none is given). */
export function podObject(spec = {}, name = 'web', namespace = 'shop') {
    return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], ...spec } };
}
/** A controller of `kind` whose pod template has the given spec. */
export function workloadObject(kind, spec = {}, name = 'web', namespace = 'shop') {
    const podSpec = { containers: [{ name: 'app', image: 'nginx:1.27' }], ...spec };
    const template = { metadata: { labels: { app: name } }, spec: podSpec };
    const apiVersion = kind === 'CronJob' || kind === 'Job' ? 'batch/v1' : kind === 'ReplicationController' || kind === 'PodTemplate' ? 'v1' : 'apps/v1';
    if (kind === 'CronJob')
        return { apiVersion, kind, metadata: { name, namespace }, spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template } } } };
    if (kind === 'PodTemplate')
        return { apiVersion, kind, metadata: { name, namespace }, template };
    return { apiVersion, kind, metadata: { name, namespace }, spec: { selector: { matchLabels: { app: name } }, template } };
}
/** Resource name (plural) of a kind, for objectRef. */
export function resourceOf(kind) {
    return { Pod: 'pods', Deployment: 'deployments', ReplicaSet: 'replicasets', StatefulSet: 'statefulsets', DaemonSet: 'daemonsets', Job: 'jobs', CronJob: 'cronjobs', ReplicationController: 'replicationcontrollers', PodTemplate: 'podtemplates' }[kind] ?? kind.toLowerCase() + 's';
}
/** A create of a pod-bearing object, as `kubectl apply` of a new object logs it at Request level. */
export function createWorkload(kind, spec = {}, over = {}) {
    const obj = kind === 'Pod' ? podObject(spec) : workloadObject(kind, spec);
    const group = kind === 'CronJob' || kind === 'Job' ? 'batch' : kind === 'Pod' || kind === 'ReplicationController' || kind === 'PodTemplate' ? '' : 'apps';
    return auditEvent({ verb: 'create', resource: resourceOf(kind), group, namespace: 'shop', name: 'web', requestObject: obj, ...over });
}
//# sourceMappingURL=testing.js.map