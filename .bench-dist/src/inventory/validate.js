import { Ajv } from 'ajv';
import { DEFINITIONS, KIND_SCHEMAS, METADATA_SCHEMA } from '../k8s/schema.js';
import { isRecord } from '../k8s/types.js';
import { podTemplatePath } from './pod-spec.js';
import { joinPointer } from './pointer.js';
let quick;
let thorough;
/**
 * Two validator sets, each compiled per kind on first use (nothing at import time): one that stops
 * at the first error for the common, valid case, and one that lists every error for the message.
 */
function validatorFor(kind, all) {
    const set = all ? (thorough ??= create(true)) : (quick ??= create(false));
    const key = kind in KIND_SCHEMAS ? kind : '*';
    let validate = set.byKind.get(key);
    if (!validate)
        set.byKind.set(key, (validate = set.ajv.compile(KIND_SCHEMAS[key] ?? METADATA_SCHEMA)));
    return validate;
}
function create(allErrors) {
    const ajv = new Ajv({ allErrors, strict: false, inlineRefs: false });
    for (const [name, schema] of Object.entries(DEFINITIONS))
        ajv.addSchema({ ...schema, $id: `k8s-${name}` });
    return { ajv, byKind: new Map() };
}
/** Fields of the wrong type, as the API server would reject them; empty when the object is fine. */
export function schemaProblems(kind, object) {
    if (validatorFor(kind, false)(object))
        return [];
    const validate = validatorFor(kind, true);
    validate(object);
    return (validate.errors ?? []).map((e) => ({
        pointer: e.instancePath,
        message: e.keyword === 'required' ? `missing required field "${e.params.missingProperty}"` : `must be ${describeType(e)}`,
    }));
}
function describeType(e) {
    if (e.keyword === 'type') {
        const t = e.params.type;
        const types = Array.isArray(t) ? t : [t];
        return types.map((x) => (x === 'object' ? 'a mapping' : x === 'array' ? 'a list' : x === 'integer' ? 'an integer' : x === 'boolean' ? 'true or false' : `a ${x}`)).join(' or ');
    }
    return e.message ?? 'valid';
}
/**
 * What the API server rejects beyond field types, for fields Rampart reads (ValidatePodSpec in
 * k8s.io/kubernetes pkg/apis/core/validation): container names unique across containers,
 * initContainers and ephemeralContainers ("Duplicate value"); a seccomp or AppArmor profile of type
 * Localhost needs `localhostProfile`, and only that type may have one. Call it on objects whose
 * types are valid (`schemaProblems` is empty).
 */
export function apiProblems(kind, object) {
    const path = podTemplatePath(kind);
    if (!path)
        return [];
    let template = object;
    for (const seg of path)
        template = isRecord(template) ? template[seg] : undefined;
    if (!isRecord(template) || !isRecord(template.spec))
        return [];
    const spec = template.spec;
    const base = joinPointer(joinPointer('', ...path), 'spec');
    const problems = [];
    const names = new Map();
    profileProblems(spec.securityContext, joinPointer(base, 'securityContext'), problems);
    // init containers first: they start first, so the regular container is named as the duplicate
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((c, i) => {
            if (!isRecord(c))
                return;
            const at = joinPointer(base, list, i);
            if (typeof c.name === 'string') {
                const first = names.get(c.name);
                if (first !== undefined)
                    problems.push({ pointer: joinPointer(at, 'name'), message: `duplicate container name "${c.name}" (also ${first}): names must be unique across a pod's containers` });
                else
                    names.set(c.name, `${list}[${i}]`);
            }
            profileProblems(c.securityContext, joinPointer(at, 'securityContext'), problems);
        });
    }
    return problems;
}
function profileProblems(securityContext, pointer, problems) {
    if (!isRecord(securityContext))
        return;
    for (const [field, what] of [
        ['seccompProfile', 'seccomp'],
        ['appArmorProfile', 'AppArmor'],
    ]) {
        const profile = securityContext[field];
        if (!isRecord(profile))
            continue;
        const at = joinPointer(pointer, field);
        const localhost = profile.type === 'Localhost';
        const hasProfile = typeof profile.localhostProfile === 'string' && profile.localhostProfile !== '';
        if (localhost && !hasProfile)
            problems.push({ pointer: at, message: `localhostProfile must be set when ${what} type is Localhost` });
        else if (!localhost && profile.localhostProfile !== undefined)
            problems.push({ pointer: joinPointer(at, 'localhostProfile'), message: `can only be set when ${what} type is Localhost` });
    }
}
//# sourceMappingURL=validate.js.map