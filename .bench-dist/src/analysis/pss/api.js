/**
 * Levels, policy versions and namespace labels, with the semantics of
 * k8s.io/pod-security-admission/api (staging/src/k8s.io/pod-security-admission/api/helpers.go
 * and api/constants.go in kubernetes/kubernetes).
 */
import { InputError } from '../../inventory/diagnostics.js';
import { goQuote } from './go.js';
/** Level order by strictness, as `api.CompareLevels`. */
export const LEVELS = ['privileged', 'baseline', 'restricted'];
/** `validLevels` in api/constants.go, in its order (used in the label error message). */
const VALID_LEVELS_MESSAGE = 'must be one of privileged, baseline, restricted';
const VALID_VERSION_MESSAGE = 'must be "latest" or "v1.x"';
export const LABEL_PREFIX = 'pod-security.kubernetes.io/';
export const ENFORCE_LEVEL_LABEL = `${LABEL_PREFIX}enforce`;
export const ENFORCE_VERSION_LABEL = `${LABEL_PREFIX}enforce-version`;
export const AUDIT_LEVEL_LABEL = `${LABEL_PREFIX}audit`;
export const AUDIT_VERSION_LABEL = `${LABEL_PREFIX}audit-version`;
export const WARN_LEVEL_LABEL = `${LABEL_PREFIX}warn`;
export const WARN_VERSION_LABEL = `${LABEL_PREFIX}warn-version`;
/**
 * Invalid level or version text: what `api.ParseLevel` / `api.ParseVersion` reject. An InputError,
 * so the CLI renders it as one line.
 */
export class PssInputError extends InputError {
    kind;
    value;
    constructor(
    /** `level` or `version`. */
    kind, 
    /** The rejected text. */
    value, message) {
        super(`invalid Pod Security ${kind} ${JSON.stringify(value)}: ${message}`);
        this.kind = kind;
        this.value = value;
        this.name = 'PssInputError';
    }
}
/** `api.ParseLevel`: exactly `privileged`, `baseline` or `restricted` (case-sensitive). */
export function parseLevel(level) {
    if (level === 'privileged' || level === 'baseline' || level === 'restricted')
        return level;
    throw new PssInputError('level', level, VALID_LEVELS_MESSAGE);
}
const VERSION_RE = /^v1\.([0-9]|[1-9][0-9]*)$/;
/**
 * `api.ParseVersion`: `latest`, or `v1.<minor>` with no leading zeros (`v1.0`, `v1.23`; not `v1.023`,
 * `1.23`, `v1.23.4` or `v2.0`). Minors too large for Go's `strconv.Atoi` are rejected too.
 */
export function parseVersion(version) {
    if (version === 'latest')
        return 'latest';
    const match = VERSION_RE.exec(version);
    if (!match)
        throw new PssInputError('version', version, VALID_VERSION_MESSAGE);
    const minor = Number(match[1]);
    // Go parses into an int (64-bit); beyond that Atoi fails. Beyond 2^53 JS cannot count exactly:
    // no real policy version gets near either, so treat both as invalid.
    if (!Number.isSafeInteger(minor))
        throw new PssInputError('version', version, VALID_VERSION_MESSAGE);
    return `v1.${minor}`;
}
/** The minor number of a parsed version, or undefined for `latest`. */
export function versionMinor(version) {
    return version === 'latest' ? undefined : Number(version.slice(3));
}
/** `api.CompareLevels`: -1 if a is less strict than b, 0 if equal, 1 if stricter. */
export function compareLevels(a, b) {
    return Math.sign(LEVELS.indexOf(a) - LEVELS.indexOf(b));
}
const PRIVILEGED_LATEST = { level: 'privileged', version: 'latest' };
/**
 * The policy the admission plugin applies to a namespace: `api.PolicyToEvaluate` over its labels
 * with the plugin's default configuration (privileged:latest for enforce, audit and warn).
 *
 * Invalid values, as Kubernetes treats them: an invalid enforce level enforces `restricted` (fail
 * closed); an invalid audit or warn level becomes `privileged` (fail open); an invalid version is
 * `latest`. A label that is not a string (not possible in a real cluster) counts as invalid.
 */
export function namespacePolicy(namespace, defaults = {}) {
    let enforce = defaults.enforce ?? PRIVILEGED_LATEST;
    let audit = defaults.audit ?? PRIVILEGED_LATEST;
    let warn = defaults.warn ?? PRIVILEGED_LATEST;
    const errors = [];
    const labels = labelsOf(namespace);
    if (!labels)
        return { enforce, audit, warn, errors };
    const level = (label, onError, current) => {
        if (!Object.prototype.hasOwnProperty.call(labels, label))
            return current;
        const value = labels[label];
        const text = typeof value === 'string' ? value : String(value);
        if (typeof value === 'string' && (value === 'privileged' || value === 'baseline' || value === 'restricted'))
            return { ...current, level: value };
        errors.push(fieldError(label, text, VALID_LEVELS_MESSAGE));
        return { ...current, level: onError };
    };
    const version = (label, current) => {
        if (!Object.prototype.hasOwnProperty.call(labels, label))
            return current;
        const value = labels[label];
        const text = typeof value === 'string' ? value : String(value);
        try {
            if (typeof value !== 'string')
                throw new PssInputError('version', text, VALID_VERSION_MESSAGE);
            return { ...current, version: parseVersion(value) };
        }
        catch {
            errors.push(fieldError(label, text, VALID_VERSION_MESSAGE));
            return { ...current, version: 'latest' };
        }
    };
    enforce = level(ENFORCE_LEVEL_LABEL, 'restricted', enforce);
    enforce = version(ENFORCE_VERSION_LABEL, enforce);
    audit = level(AUDIT_LEVEL_LABEL, 'privileged', audit);
    audit = version(AUDIT_VERSION_LABEL, audit);
    warn = level(WARN_LEVEL_LABEL, 'privileged', warn);
    warn = version(WARN_VERSION_LABEL, warn);
    return { enforce, audit, warn, errors };
}
function labelsOf(namespace) {
    if (typeof namespace !== 'object' || namespace === null)
        return undefined;
    // Accept a Namespace object, an InventoryObject wrapping one, or a bare metadata.
    const ns = namespace;
    const object = ns.object !== undefined && typeof ns.object === 'object' && ns.object !== null && 'metadata' in ns.object ? ns.object : ns;
    const metadata = object.metadata;
    const labels = typeof metadata === 'object' && metadata !== null ? metadata.labels : undefined;
    if (typeof labels !== 'object' || labels === null || Array.isArray(labels))
        return undefined;
    const record = labels;
    return Object.keys(record).length === 0 ? undefined : record;
}
/** `field.Invalid(labelsPath.Key(label), value, msg).Error()` */
function fieldError(label, value, message) {
    return `metadata.labels[${label}]: Invalid value: ${goQuote(value)}: ${message}`;
}
/** `lv.String()`, e.g. `baseline:v1.25`. */
export function levelVersionString(lv) {
    return `${lv.level}:${lv.version}`;
}
//# sourceMappingURL=api.js.map