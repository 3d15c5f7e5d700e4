import { createHash } from 'node:crypto';
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Higher is worse. */
export function severityRank(s) {
    return SEVERITIES.length - SEVERITIES.indexOf(s);
}
export function isSeverity(s) {
    return SEVERITIES.includes(s);
}
/**
 * Rampart's areas of coverage (1–10 in the brief), plus the cross-cutting topics that have
 * their own checks.
 */
export const AREAS = {
    'threat-detection': { number: 1, title: 'Threat identification from audit logs' },
    rbac: { number: 2, title: 'RBAC least privilege' },
    'api-server': { number: 3, title: 'API server hardening' },
    kubelet: { number: 4, title: 'Kubelet hardening' },
    network: { number: 5, title: 'Network policies' },
    secrets: { number: 6, title: 'Secrets' },
    'pod-security': { number: 7, title: 'Pod security' },
    runtime: { number: 8, title: 'Runtime monitoring' },
    'supply-chain': { number: 9, title: 'Supply chain' },
    compliance: { number: 10, title: 'Audits and compliance' },
    namespaces: { number: undefined, title: 'Namespaces as boundaries' },
    separation: { number: undefined, title: 'Separation of sensitive workloads' },
    versions: { number: undefined, title: 'Versions, EOL and CVEs' },
    node: { number: undefined, title: 'Node (CIS) checks' },
};
export { KCSA_DOMAINS } from '../frameworks/kcsa.js';
/** The message with its context, for formats that show each finding on its own (SARIF, CSV, JUnit). */
export function fullMessage(f) {
    return f.context ? `${f.message} (${f.context})` : f.message;
}
/**
 * Stable across runs and file moves: the check, the resource's identity and a detail key (e.g. the
 * container name), never the file or line.
 */
export function fingerprint(checkId, resource, key) {
    const group = resource.apiVersion.includes('/') ? resource.apiVersion.slice(0, resource.apiVersion.indexOf('/')) : '';
    return createHash('sha256')
        .update([checkId, group, resource.kind, resource.namespace ?? '', resource.name, key].join('\n'))
        .digest('hex')
        .slice(0, 16);
}
/** Total order for byte-identical output: severity, then resource, check, position, detail. */
export function compareFindings(a, b) {
    return (severityRank(b.severity) - severityRank(a.severity) ||
        cmp(a.resource.namespace ?? '', b.resource.namespace ?? '') ||
        cmp(a.resource.kind, b.resource.kind) ||
        cmp(a.resource.name, b.resource.name) ||
        cmp(a.checkId, b.checkId) ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        cmp(a.fingerprint, b.fingerprint));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=finding.js.map