import picomatch from 'picomatch';
import { isRecord } from '../k8s/types.js';
import { FileError, readPositionedYaml, validateAgainst } from './yaml-file.js';
const DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
export const EXCEPTION_SCHEMA = {
    type: 'object',
    required: ['checks', 'justification', 'owner'],
    additionalProperties: false,
    properties: {
        checks: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        resources: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                minProperties: 1,
                properties: { kind: { type: 'string' }, namespace: { type: 'string' }, name: { type: 'string' }, labels: { type: 'object', additionalProperties: { type: 'string' } } },
            },
        },
        justification: { type: 'string', minLength: 1, pattern: '\\S' },
        owner: { type: 'string', minLength: 1, pattern: '\\S' },
        expires: { type: 'string', pattern: DATE },
    },
};
const EXCEPTIONS_FILE_SCHEMA = {
    type: 'object',
    required: ['apiVersion', 'kind', 'exceptions'],
    additionalProperties: false,
    properties: {
        apiVersion: { const: 'rampart.dev/v1' },
        kind: { const: 'Exceptions' },
        exceptions: { type: 'array', items: EXCEPTION_SCHEMA },
    },
};
/** Reads `--exceptions <file>`: `apiVersion: rampart.dev/v1`, `kind: Exceptions`. Errors name the file and line. */
export function readExceptionsFile(file, knownCheck) {
    const source = readPositionedYaml(file);
    validateAgainst(source, EXCEPTIONS_FILE_SCHEMA);
    return exceptionsAt(source, '/exceptions', knownCheck);
}
/** The exceptions of an already validated list at `pointer` of a Rampart file. */
export function exceptionsAt(source, pointer, knownCheck) {
    let list = source.value;
    for (const seg of pointer.split('/').slice(1))
        list = isRecord(list) ? list[seg] : undefined;
    if (!Array.isArray(list))
        return [];
    return list.map((raw, i) => {
        const e = raw;
        const at = `${pointer}/${i}`;
        e.checks.forEach((pattern, j) => {
            if (!knownCheck(pattern))
                throw new FileError(source.file, source.line(`${at}/checks/${j}`), `no check matches "${pattern}" (see \`rampart checks list\`)`);
        });
        if (e.expires !== undefined && Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`))) {
            throw new FileError(source.file, source.line(`${at}/expires`), `"${e.expires}" is not a date`);
        }
        return { ...e, source: { file: source.file, line: source.line(at), pointer: at } };
    });
}
export function isExpired(e, today) {
    return e.expires !== undefined && e.expires < today;
}
/** Today as YYYY-MM-DD (UTC), the date expiries are compared with. */
export function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
const matchers = new Map();
function glob(pattern) {
    let m = matchers.get(pattern);
    if (!m)
        matchers.set(pattern, (m = picomatch(pattern, { dot: true })));
    return m;
}
export function matchesSelector(selector, f, inventory) {
    const r = f.resource;
    if (selector.kind !== undefined && !glob(selector.kind)(r.kind))
        return false;
    if (selector.namespace !== undefined && (r.namespace === undefined || !glob(selector.namespace)(r.namespace)))
        return false;
    if (selector.name !== undefined && !glob(selector.name)(r.name))
        return false;
    if (selector.labels !== undefined) {
        const labels = inventory.get(r.kind, r.namespace, r.name)?.object.metadata.labels ?? {};
        for (const [k, v] of Object.entries(selector.labels))
            if (labels[k] !== v)
                return false;
    }
    return true;
}
export function exceptionMatches(e, f, inventory) {
    if (!e.checks.some((p) => glob(p)(f.checkId)))
        return false;
    return e.resources === undefined || e.resources.some((s) => matchesSelector(s, f, inventory));
}
/** The annotation that waives one check on one object, when the configuration permits it. */
export const WAIVE_ANNOTATION_PREFIX = 'rampart.dev/waive.';
/** Annotation waivers on an object: check id → reason. */
export function annotationWaivers(annotations) {
    const out = new Map();
    if (!isRecord(annotations))
        return out;
    for (const [k, v] of Object.entries(annotations)) {
        if (k.startsWith(WAIVE_ANNOTATION_PREFIX) && typeof v === 'string')
            out.set(k.slice(WAIVE_ANNOTATION_PREFIX.length), v);
    }
    return out;
}
/**
 * Marks waived findings (they stay in the report, with the waiver) and lists every waiver with
 * what it matched. An expired exception waives nothing; the first matching exception wins.
 */
export function applyWaivers(findings, inventory, settings) {
    const matched = new Array(settings.exceptions.length).fill(0);
    const annotationHits = new Map();
    const out = findings.map((f) => {
        for (const [i, e] of settings.exceptions.entries()) {
            if (isExpired(e, settings.today) || !exceptionMatches(e, f, inventory))
                continue;
            matched[i]++;
            const waived = { justification: e.justification, owner: e.owner, ...(e.expires ? { expires: e.expires } : {}), source: { kind: 'exception', file: e.source.file, line: e.source.line } };
            return { ...f, waived };
        }
        const object = inventory.get(f.resource.kind, f.resource.namespace, f.resource.name);
        const reason = annotationWaivers(object?.object.metadata.annotations).get(f.checkId);
        if (reason !== undefined) {
            const key = `${refKey(f.resource)}\0${f.checkId}`;
            annotationHits.set(key, (annotationHits.get(key) ?? 0) + 1);
            if (settings.annotations)
                return { ...f, waived: { justification: reason, source: { kind: 'annotation', annotation: WAIVE_ANNOTATION_PREFIX + f.checkId } } };
        }
        return f;
    });
    const waivers = settings.exceptions.map((e, i) => ({
        kind: 'exception',
        checks: e.checks,
        ...(e.resources ? { resources: e.resources } : {}),
        justification: e.justification,
        owner: e.owner,
        ...(e.expires ? { expires: e.expires } : {}),
        status: isExpired(e, settings.today) ? 'expired' : matched[i] === 0 ? 'stale' : 'active',
        matched: matched[i],
        file: e.source.file,
        line: e.source.line,
    }));
    for (const o of inventory.objects) {
        for (const [check, reason] of annotationWaivers(o.object.metadata.annotations)) {
            const hits = annotationHits.get(`${refKey(o.ref)}\0${check}`) ?? 0;
            const location = o.locate(`/metadata/annotations/${(WAIVE_ANNOTATION_PREFIX + check).replace(/~/g, '~0').replace(/\//g, '~1')}`);
            waivers.push({
                kind: 'annotation',
                checks: [check],
                justification: reason,
                status: !settings.annotations ? 'not-permitted' : hits === 0 ? 'stale' : 'active',
                matched: hits,
                file: location.file,
                line: location.line,
                object: { kind: o.kind, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}), name: o.name },
            });
        }
    }
    return { findings: out, waivers };
}
function refKey(r) {
    return `${r.kind}\0${r.namespace ?? ''}\0${r.name}`;
}
//# sourceMappingURL=exceptions.js.map