import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { DEFINITIONS, KIND_SCHEMAS, METADATA_SCHEMA } from '../k8s/schema.js';
import { isRecord } from '../k8s/types.js';
import { podTemplatePath } from './pod-spec.js';
import { joinPointer } from './pointer.js';

interface Validators {
  readonly ajv: Ajv;
  readonly byKind: Map<string, ValidateFunction>;
}
let quick: Validators | undefined;
let thorough: Validators | undefined;

/**
 * Two validator sets, each compiled per kind on first use (nothing at import time): one that stops
 * at the first error for the common, valid case, and one that lists every error for the message.
 */
function validatorFor(kind: string, all: boolean): ValidateFunction {
  const set = all ? (thorough ??= create(true)) : (quick ??= create(false));
  const key = kind in KIND_SCHEMAS ? kind : '*';
  let validate = set.byKind.get(key);
  if (!validate) set.byKind.set(key, (validate = set.ajv.compile(KIND_SCHEMAS[key] ?? METADATA_SCHEMA)));
  return validate;
}

function create(allErrors: boolean): Validators {
  // our own schemas, tested: no meta-schema validation, and no code optimization pass (compiling
  // costs more than it saves on one run's objects)
  const ajv = new Ajv({ allErrors, strict: false, inlineRefs: false, validateSchema: false, code: { optimize: false } });
  for (const [name, schema] of Object.entries(DEFINITIONS)) ajv.addSchema({ ...schema, $id: `k8s-${name}` });
  return { ajv, byKind: new Map() };
}

export interface SchemaProblem {
  /** JSON pointer of the offending field. */
  readonly pointer: string;
  readonly message: string;
}

/** Fields of the wrong type, as the API server would reject them; empty when the object is fine. */
export function schemaProblems(kind: string, object: unknown): SchemaProblem[] {
  if (validatorFor(kind, false)(object)) return [];
  const validate = validatorFor(kind, true);
  validate(object);
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    pointer: e.instancePath,
    message: e.keyword === 'required' ? `missing required field "${(e.params as { missingProperty: string }).missingProperty}"` : `must be ${describeType(e)}`,
  }));
}

function describeType(e: ErrorObject): string {
  if (e.keyword === 'type') {
    const t = (e.params as { type: string | string[] }).type;
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
export function apiProblems(kind: string, object: Record<string, unknown>): SchemaProblem[] {
  const path = podTemplatePath(kind);
  if (!path) return [];
  let template: unknown = object;
  for (const seg of path) template = isRecord(template) ? template[seg] : undefined;
  if (!isRecord(template) || !isRecord(template.spec)) return [];
  const spec = template.spec;
  const base = joinPointer(joinPointer('', ...path), 'spec');
  const problems: SchemaProblem[] = [];
  const names = new Map<string, string>();
  profileProblems(spec.securityContext, joinPointer(base, 'securityContext'), problems);
  // init containers first: they start first, so the regular container is named as the duplicate
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((c: unknown, i: number) => {
      if (!isRecord(c)) return;
      const at = joinPointer(base, list, i);
      if (typeof c.name === 'string') {
        const first = names.get(c.name);
        if (first !== undefined) problems.push({ pointer: joinPointer(at, 'name'), message: `duplicate container name "${c.name}" (also ${first}): names must be unique across a pod's containers` });
        else names.set(c.name, `${list}[${i}]`);
      }
      profileProblems(c.securityContext, joinPointer(at, 'securityContext'), problems);
    });
  }
  return problems;
}

function profileProblems(securityContext: unknown, pointer: string, problems: SchemaProblem[]): void {
  if (!isRecord(securityContext)) return;
  for (const [field, what] of [
    ['seccompProfile', 'seccomp'],
    ['appArmorProfile', 'AppArmor'],
  ] as const) {
    const profile = securityContext[field];
    if (!isRecord(profile)) continue;
    const at = joinPointer(pointer, field);
    const localhost = profile.type === 'Localhost';
    const hasProfile = typeof profile.localhostProfile === 'string' && profile.localhostProfile !== '';
    if (localhost && !hasProfile) problems.push({ pointer: at, message: `localhostProfile must be set when ${what} type is Localhost` });
    else if (!localhost && profile.localhostProfile !== undefined) problems.push({ pointer: joinPointer(at, 'localhostProfile'), message: `can only be set when ${what} type is Localhost` });
  }
}
