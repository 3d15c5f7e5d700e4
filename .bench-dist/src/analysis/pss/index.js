/**
 * Pod Security Standards: Kubernetes' own admission checks (k8s.io/pod-security-admission), ported
 * control by control, with their versions, overrides and messages.
 *
 * ```ts
 * const violations = evaluatePod(view, 'restricted', 'latest');
 * // [{ control: 'allowPrivilegeEscalation', reason: 'allowPrivilegeEscalation != false',
 * //    detail: 'container "app" must set securityContext.allowPrivilegeEscalation=false', ... }]
 * ```
 */
import { parseLevel, parseVersion, versionMinor } from './api.js';
import { goQuote } from './go.js';
import { PodContext } from './pod.js';
import { DEFAULT_CHECKS, registry } from './registry.js';
export { LEVELS, PssInputError, compareLevels, levelVersionString, namespacePolicy, parseLevel, parseVersion, } from './api.js';
/** Every control: id, level and the minor versions at which its behaviour changed. */
export const PSS_CONTROLS = DEFAULT_CHECKS.map((c) => ({
    id: c.id,
    level: c.level,
    versions: c.versions.map((v) => `v1.${v.minimumVersion}`),
}));
const levelCache = new Map();
const minorCache = new Map();
function resolveLevel(level) {
    let l = levelCache.get(level);
    if (l === undefined) {
        l = parseLevel(level);
        levelCache.set(level, l);
    }
    return l;
}
function resolveMinor(version) {
    let m = minorCache.get(version);
    if (m === undefined) {
        const max = registry().maxMinor;
        const minor = versionMinor(parseVersion(version));
        m = minor === undefined || minor > max ? max : minor;
        if (minorCache.size < 1024)
            minorCache.set(version, m);
    }
    return m;
}
/** The policy version a version is evaluated as: `latest` and future versions become the newest one. */
export function effectiveVersion(version) {
    return `v1.${resolveMinor(version)}`;
}
function checksFor(level, minor) {
    if (level === 'privileged')
        return undefined;
    const r = registry();
    return level === 'baseline' ? r.baseline[minor] : r.restricted[minor];
}
/**
 * The violations of a pod (template) against a level at a policy version, in the order Kubernetes
 * reports them. Empty when the pod is allowed; always empty for `privileged`.
 * Throws PssInputError for an invalid level or version.
 */
export function evaluatePod(view, level, version = 'latest') {
    const checks = checksFor(resolveLevel(level), resolveMinor(version));
    const out = [];
    if (!checks)
        return out;
    const pod = new PodContext(view);
    for (let i = 0; i < checks.length; i++) {
        const r = checks[i].fn(pod);
        if (r === null)
            continue;
        // UnknownForbiddenReason cannot happen: every port sets a reason.
        out.push({
            control: checks[i].id,
            reason: r.reason,
            detail: r.detail,
            message: r.detail === '' ? r.reason : `${r.reason} (${r.detail})`,
            pointers: r.pointers,
        });
    }
    return out;
}
function passes(pod, checks) {
    for (let i = 0; i < checks.length; i++)
        if (checks[i].fn(pod) !== null)
            return false;
    return true;
}
/** Whether the pod passes the level at the version (cheaper than evaluatePod: stops at the first failure). */
export function isAllowed(view, level, version = 'latest') {
    const checks = checksFor(resolveLevel(level), resolveMinor(version));
    return !checks || passes(new PodContext(view), checks);
}
/** The strictest level the pod passes at the version: restricted, baseline or privileged. */
export function achievableLevel(view, version = 'latest') {
    const minor = resolveMinor(version);
    const r = registry();
    const pod = new PodContext(view);
    if (passes(pod, r.restricted[minor]))
        return 'restricted';
    if (passes(pod, r.baseline[minor]))
        return 'baseline';
    return 'privileged';
}
/** `AggregateCheckResult.ForbiddenDetail()`: every violation as `reason (detail)`, joined by ", ". */
export function forbiddenDetail(violations) {
    return violations.map((v) => v.message).join(', ');
}
/**
 * The admission plugin's text for a rejected pod (`enforce`) or a warning/audit annotation:
 * `violates PodSecurity "restricted:latest": ...` / `would violate PodSecurity "baseline:v1.25": ...`.
 */
export function admissionMessage(policy, violations, mode = 'enforce') {
    const prefix = mode === 'enforce' ? 'violates' : 'would violate';
    return `${prefix} PodSecurity ${goQuote(`${policy.level}:${policy.version}`)}: ${forbiddenDetail(violations)}`;
}
//# sourceMappingURL=index.js.map