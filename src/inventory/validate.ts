import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { DEFINITIONS, KIND_SCHEMAS, METADATA_SCHEMA } from '../k8s/schema.js';

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
  const ajv = new Ajv({ allErrors, strict: false, inlineRefs: false });
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
