/**
 * Secret objects as the secrets checks see them: their values (decoded, never shown), where they
 * came from (written in a manifest, or read from a cluster), and which values are placeholders.
 */
import type { InventoryObject } from '../inventory/object.js';
import { CLUSTER_SCHEME } from '../inventory/live/objects.js';
import { joinPointer } from '../inventory/pointer.js';
import { isRecord } from '../k8s/types.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
export const SERVICE_ACCOUNT_TOKEN_TYPE = 'kubernetes.io/service-account-token';
export const SERVICE_ACCOUNT_NAME_ANNOTATION = 'kubernetes.io/service-account.name';

export interface SecretValue {
  readonly field: 'data' | 'stringData';
  readonly key: string;
  /** The value as the application reads it: `data` decoded from base64. */
  readonly value: string;
  readonly pointer: string;
}

/** Every value of a Secret, `data` decoded (as latin1 when it is not text) and `stringData` as written. */
export function secretValues(object: unknown): SecretValue[] {
  const values: SecretValue[] = [];
  if (!isRecord(object)) return values;
  for (const field of ['data', 'stringData'] as const) {
    const data = object[field];
    if (!isRecord(data)) continue;
    for (const [key, raw] of Object.entries(data)) {
      if (typeof raw !== 'string') continue;
      values.push({ field, key, value: field === 'data' ? decodeBase64(raw) : raw, pointer: joinPointer('', field, key) });
    }
  }
  return values;
}

function decodeBase64(raw: string): string {
  const bytes = Buffer.from(raw, 'base64');
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

/**
 * True when the object was read from a cluster rather than written by someone: a live or snapshot
 * object, or a file exported from a cluster (`kubectl get -o yaml` output carries the `uid` and
 * `resourceVersion` the API server assigned; `kubectl create --dry-run` output does not).
 */
export function readFromCluster(o: InventoryObject): boolean {
  if (o.file.startsWith(CLUSTER_SCHEME)) return true;
  const m: Record<string, unknown> = o.object.metadata as unknown as Record<string, unknown>;
  return (typeof m.uid === 'string' && m.uid !== '') || (typeof m.resourceVersion === 'string' && m.resourceVersion !== '');
}

/**
 * True when the Secret's values are encrypted for a tool that decrypts them at deploy time: a SOPS
 * file (a top-level `sops` key, values `ENC[AES256_GCM,…]`). Committing those is the point.
 */
export function encryptedForTool(object: unknown, values: readonly SecretValue[]): boolean {
  if (isRecord(object) && isRecord(object.sops)) return true;
  return values.length > 0 && values.every((v) => v.value.startsWith('ENC[') || v.value === '');
}

/** Compiles placeholder patterns once per list (options are constant for a run). */
const compiled = new WeakMap<readonly string[], readonly RegExp[]>();

/** True when `value` is empty or matches one of the placeholder patterns (anchored regular expressions). */
export function isPlaceholder(value: string, patterns: readonly string[]): boolean {
  const v = value.trim();
  if (v === '') return true;
  let regexps = compiled.get(patterns);
  if (!regexps) compiled.set(patterns, (regexps = patterns.map((p) => new RegExp(`^(?:${p})$`, 'i'))));
  return regexps.some((r) => r.test(v));
}

/** Values that stand for a secret supplied later: what a template or a secret operator fills in. */
export const PLACEHOLDER_VALUES: readonly string[] = [
  '<[^<>]*>',
  '\\$\\{[^}]*\\}',
  '\\$\\([A-Za-z_][A-Za-z0-9_]*\\)',
  '\\{\\{[^}]*\\}\\}',
  '%\\([^)]*\\)s',
  '(?:change|replace|fill|set)[-_ ]?(?:me|it|this)(?:[-_ ].*)?',
  'replaced?[-_ ].*',
  'to[-_ ]?be[-_ ].*',
  '(?:todo|tbd|fixme|placeholder|dummy|redacted|none|null|x+|\\*+|\\.+|-+)',
];

/** The data a `last-applied-configuration` annotation repeats: its `data` and `stringData` keys with a value. */
export function lastAppliedValues(annotation: string): SecretValue[] | undefined {
  let applied: unknown;
  try {
    applied = JSON.parse(annotation);
  } catch {
    return undefined;
  }
  return secretValues(applied).filter((v) => v.value !== '');
}

/** The annotations of an object, or an empty record. */
export function annotationsOf(object: unknown): Readonly<Record<string, unknown>> {
  return isRecord(object) && isRecord(object.metadata) && isRecord(object.metadata.annotations) ? object.metadata.annotations : {};
}
