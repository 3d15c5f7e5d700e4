import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { KIND_SCHEMAS, METADATA_SCHEMA } from '../k8s/schema.js';

let compiled: Map<string, ValidateFunction> | undefined;

function validatorFor(kind: string): ValidateFunction {
  if (!compiled) {
    // compiled on first use: nothing at import time
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = new Map(Object.entries(KIND_SCHEMAS).map(([k, schema]) => [k, ajv.compile(schema)]));
    compiled.set('*', ajv.compile(METADATA_SCHEMA));
  }
  return compiled.get(kind) ?? compiled.get('*')!;
}

export interface SchemaProblem {
  /** JSON pointer of the offending field. */
  readonly pointer: string;
  readonly message: string;
}

/** Fields of the wrong type, as the API server would reject them; empty when the object is fine. */
export function schemaProblems(kind: string, object: unknown): SchemaProblem[] {
  const validate = validatorFor(kind);
  if (validate(object)) return [];
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
