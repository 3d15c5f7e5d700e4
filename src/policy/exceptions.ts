import picomatch from 'picomatch';
import type { Finding, Waiver } from '../findings/finding.js';
import type { Inventory } from '../inventory/inventory.js';
import { isRecord } from '../k8s/types.js';
import { FileError, readPositionedYaml, validateAgainst, type PositionedYaml } from './yaml-file.js';

/** Which resources an exception covers; every field given must match (names and namespaces take globs). */
export interface ResourceSelector {
  readonly kind?: string;
  readonly namespace?: string;
  readonly name?: string;
  /** Labels the object must carry (all of them). */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A waiver written in an exceptions file or the configuration's `exceptions` section. */
export interface Exception {
  /** Check ids or globs. */
  readonly checks: readonly string[];
  /** Absent: every resource. */
  readonly resources?: readonly ResourceSelector[];
  readonly justification: string;
  readonly owner: string;
  /** YYYY-MM-DD: the last day the waiver applies. */
  readonly expires?: string;
  /** Where it is written, for the report and for `exceptions.*` findings. */
  readonly source: { readonly file: string; readonly line: number; readonly pointer: string };
}

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
} as const;

const EXCEPTIONS_FILE_SCHEMA = {
  type: 'object',
  required: ['apiVersion', 'kind', 'exceptions'],
  additionalProperties: false,
  properties: {
    apiVersion: { const: 'rampart.dev/v1' },
    kind: { const: 'Exceptions' },
    exceptions: { type: 'array', items: EXCEPTION_SCHEMA },
  },
} as const;

/** Reads `--exceptions <file>`: `apiVersion: rampart.dev/v1`, `kind: Exceptions`. Errors name the file and line. */
export function readExceptionsFile(file: string, knownCheck: (pattern: string) => boolean): Exception[] {
  const source = readPositionedYaml(file);
  validateAgainst(source, EXCEPTIONS_FILE_SCHEMA);
  return exceptionsAt(source, '/exceptions', knownCheck);
}

/** The exceptions of an already validated list at `pointer` of a Rampart file. */
export function exceptionsAt(source: PositionedYaml, pointer: string, knownCheck: (pattern: string) => boolean): Exception[] {
  let list: unknown = source.value;
  for (const seg of pointer.split('/').slice(1)) list = isRecord(list) ? list[seg] : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((raw, i): Exception => {
    const e = raw as Omit<Exception, 'source'>;
    const at = `${pointer}/${i}`;
    e.checks.forEach((pattern, j) => {
      if (!knownCheck(pattern)) throw new FileError(source.file, source.line(`${at}/checks/${j}`), `no check matches "${pattern}" (see \`rampart checks list\`)`);
    });
    if (e.expires !== undefined && Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`))) {
      throw new FileError(source.file, source.line(`${at}/expires`), `"${e.expires}" is not a date`);
    }
    return { ...e, source: { file: source.file, line: source.line(at), pointer: at } };
  });
}

export function isExpired(e: Pick<Exception, 'expires'>, today: string): boolean {
  return e.expires !== undefined && e.expires < today;
}

/** Today as YYYY-MM-DD (UTC), the date expiries are compared with. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const matchers = new Map<string, (s: string) => boolean>();
function glob(pattern: string): (s: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) matchers.set(pattern, (m = picomatch(pattern, { dot: true })));
  return m;
}

export function matchesSelector(selector: ResourceSelector, f: Finding, inventory: Inventory): boolean {
  const r = f.resource;
  if (selector.kind !== undefined && !glob(selector.kind)(r.kind)) return false;
  if (selector.namespace !== undefined && (r.namespace === undefined || !glob(selector.namespace)(r.namespace))) return false;
  if (selector.name !== undefined && !glob(selector.name)(r.name)) return false;
  if (selector.labels !== undefined) {
    const labels = inventory.get(r.kind, r.namespace, r.name)?.object.metadata.labels ?? {};
    for (const [k, v] of Object.entries(selector.labels)) if (labels[k] !== v) return false;
  }
  return true;
}

export function exceptionMatches(e: Exception, f: Finding, inventory: Inventory): boolean {
  if (!e.checks.some((p) => glob(p)(f.checkId))) return false;
  return e.resources === undefined || e.resources.some((s) => matchesSelector(s, f, inventory));
}

/** The annotation that waives one check on one object, when the configuration permits it. */
export const WAIVE_ANNOTATION_PREFIX = 'rampart.dev/waive.';

/** Annotation waivers on an object: check id → reason. */
export function annotationWaivers(annotations: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isRecord(annotations)) return out;
  for (const [k, v] of Object.entries(annotations)) {
    if (k.startsWith(WAIVE_ANNOTATION_PREFIX) && typeof v === 'string') out.set(k.slice(WAIVE_ANNOTATION_PREFIX.length), v);
  }
  return out;
}

/** One line of the report's waiver list: what each waiver matched, so nothing exempts quietly. */
export interface WaiverEntry {
  readonly kind: 'exception' | 'annotation';
  readonly checks: readonly string[];
  readonly resources?: readonly ResourceSelector[];
  readonly justification: string;
  readonly owner?: string;
  readonly expires?: string;
  /** active: applied; expired: past its date, applied to nothing; stale: matched no finding; not-permitted: an annotation the configuration does not allow. */
  readonly status: 'active' | 'expired' | 'stale' | 'not-permitted';
  readonly matched: number;
  readonly file?: string;
  readonly line?: number;
  /** For annotations: the object that carries it. */
  readonly object?: { readonly kind: string; readonly namespace?: string; readonly name: string };
}

export interface WaiverSettings {
  readonly exceptions: readonly Exception[];
  /** Whether `rampart.dev/waive.<check-id>` annotations on objects waive findings. */
  readonly annotations: boolean;
  readonly today: string;
}

/**
 * Marks waived findings (they stay in the report, with the waiver) and lists every waiver with
 * what it matched. An expired exception waives nothing; the first matching exception wins.
 */
export function applyWaivers(findings: readonly Finding[], inventory: Inventory, settings: WaiverSettings): { findings: Finding[]; waivers: WaiverEntry[] } {
  const matched = new Array<number>(settings.exceptions.length).fill(0);
  const annotationHits = new Map<string, number>();
  // one object has many findings: read its waiver annotations once
  const waiversOf = new WeakMap<object, Map<string, string>>();
  const objectWaivers = (annotations: unknown): Map<string, string> | undefined => {
    if (!isRecord(annotations)) return undefined;
    let m = waiversOf.get(annotations);
    if (m === undefined) waiversOf.set(annotations, (m = annotationWaivers(annotations)));
    return m;
  };
  const out = findings.map((f): Finding => {
    for (const [i, e] of settings.exceptions.entries()) {
      if (isExpired(e, settings.today) || !exceptionMatches(e, f, inventory)) continue;
      matched[i]++;
      const waived: Waiver = { justification: e.justification, owner: e.owner, ...(e.expires ? { expires: e.expires } : {}), source: { kind: 'exception', file: e.source.file, line: e.source.line } };
      return { ...f, waived };
    }
    const object = inventory.get(f.resource.kind, f.resource.namespace, f.resource.name);
    const reason = objectWaivers(object?.object.metadata.annotations)?.get(f.checkId);
    if (reason !== undefined) {
      const key = `${refKey(f.resource)}\0${f.checkId}`;
      annotationHits.set(key, (annotationHits.get(key) ?? 0) + 1);
      if (settings.annotations) return { ...f, waived: { justification: reason, source: { kind: 'annotation', annotation: WAIVE_ANNOTATION_PREFIX + f.checkId } } };
    }
    return f;
  });
  const waivers: WaiverEntry[] = settings.exceptions.map((e, i) => ({
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

function refKey(r: { kind: string; namespace?: string; name: string }): string {
  return `${r.kind}\0${r.namespace ?? ''}\0${r.name}`;
}
