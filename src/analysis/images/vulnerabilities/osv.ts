// OSV records (the osv.dev schema, ossf/osv-schema docs/schema.md) reduced to what matching needs,
// and the schema's evaluation algorithm (section "Evaluation": IsVulnerable, IncludedInRanges,
// BeforeLimits) over the ecosystem's version ordering.
import { osvSeverity, type VulnerabilitySeverity } from './cvss.js';
import { packageKey } from './packages.js';
import { SEMVER, versionOrder, type VersionOrder } from './versions/index.js';

export type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
const EVENT_KINDS: readonly EventKind[] = ['introduced', 'fixed', 'last_affected', 'limit'];

/** One `affected[].ranges[]` entry of type SEMVER or ECOSYSTEM (GIT ranges need the repository and are left out). */
export interface OsvRange {
  readonly type: 'SEMVER' | 'ECOSYSTEM';
  readonly events: readonly (readonly [EventKind, string])[];
}

/** One `affected[]` entry, as indexed under its package. */
export interface AffectedEntry {
  /** The record's file, relative to the OSV directory: its details are read from there when it matches. */
  readonly file: string;
  /** The full ecosystem, with its release (`Debian:12`). */
  readonly ecosystem: string;
  readonly ranges: readonly OsvRange[];
  readonly versions?: readonly string[];
  /** `affected[].severity`, when the entry has its own. */
  readonly severity?: VulnerabilitySeverity;
}

/** What the index keeps of a record; its summary is read from the file when a finding needs it. */
export interface RecordInfo {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly modified: string;
  /** Path of the record's file, relative to the OSV directory. */
  readonly file: string;
  readonly severity?: VulnerabilitySeverity;
}

export interface ParsedRecord {
  readonly info: RecordInfo;
  /** `[package key, entry without its file]` for each affected package. */
  readonly affected: readonly (readonly [string, Omit<AffectedEntry, 'file'>])[];
  /** Ids this record stands for as well: aliases and upstream ids (for borrowing a severity). */
  readonly related: readonly string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A record's fields as matching needs them; undefined (with a reason) for what is not an OSV record
 * or is withdrawn (`withdrawn` in the past: osv.dev keeps such records but they no longer apply).
 */
export function parseRecord(json: unknown, file: string, now: Date, { severity: rate = true }: { readonly severity?: boolean } = {}): ParsedRecord | { skip: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { skip: 'not a JSON object' };
  const r = json as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return { skip: 'no "id"' };
  if (typeof r.modified !== 'string') return { skip: `${r.id}: no "modified" timestamp` };
  if (typeof r.withdrawn === 'string' && Date.parse(r.withdrawn) <= now.getTime()) return { skip: `${r.id}: withdrawn on ${r.withdrawn}` };
  // building an index needs no record severity (it is read back for matched records only)
  const severity = rate ? osvSeverity(r.severity, r.database_specific) : undefined;
  const affected: [string, Omit<AffectedEntry, 'file'>][] = [];
  for (const a of Array.isArray(r.affected) ? r.affected : []) {
    const pkg = a?.package;
    if (typeof pkg?.ecosystem !== 'string' || typeof pkg?.name !== 'string') continue;
    const ranges: OsvRange[] = [];
    for (const range of Array.isArray(a.ranges) ? a.ranges : []) {
      if (range?.type !== 'SEMVER' && range?.type !== 'ECOSYSTEM') continue;
      const events: [EventKind, string][] = [];
      for (const e of Array.isArray(range.events) ? range.events : []) {
        const kind = EVENT_KINDS.find((k) => typeof e?.[k] === 'string');
        if (kind) events.push([kind, e[kind]]);
      }
      if (events.some(([k]) => k === 'introduced')) ranges.push({ type: range.type, events });
    }
    const versions = strings(a.versions);
    if (ranges.length === 0 && versions.length === 0) continue;
    const own = osvSeverity(a.severity, a.database_specific) ?? osvSeverity(undefined, a.ecosystem_specific);
    affected.push([packageKey(pkg.ecosystem, pkg.name), { ecosystem: pkg.ecosystem, ranges, ...(versions.length > 0 && { versions }), ...(own && { severity: own }) }]);
  }
  return {
    info: { id: r.id, aliases: strings(r.aliases), modified: r.modified, file, ...(severity && { severity }) },
    affected,
    related: [...strings(r.aliases), ...strings(r.upstream)],
  };
}

/** The result of evaluating one affected entry against one installed version. */
export interface Evaluation {
  readonly affected: boolean;
  /** The first fixed version above the installed one, in the range that affects it. */
  readonly fixed?: string;
  /** Ranges that could not be evaluated (no ordering for the ecosystem, unparsable versions). */
  readonly unevaluable: number;
}

type Parsed = { readonly kind: EventKind; readonly raw: string; readonly v: unknown; readonly bottom?: boolean; readonly top?: boolean };

/** Event versions parsed once per range and ordering. */
const parsedRanges = new WeakMap<OsvRange, Parsed[] | null>();

function parseEvents(range: OsvRange, order: VersionOrder): Parsed[] | null {
  let cached = parsedRanges.get(range);
  if (cached !== undefined) return cached;
  const out: Parsed[] = [];
  for (const [kind, raw] of range.events) {
    if (kind === 'introduced' && raw === '0') out.push({ kind, raw, v: undefined, bottom: true });
    else if (kind === 'limit' && raw.includes('*')) out.push({ kind, raw, v: undefined, top: true });
    else {
      const v = order.parse(raw);
      if (v === undefined) {
        parsedRanges.set(range, null);
        return null;
      }
      out.push({ kind, raw, v });
    }
  }
  // sorted(range.events): "0" before everything, "*" after; equal versions keep their order
  const cmp = (a: Parsed, b: Parsed) => (a.bottom || b.top ? (a.bottom && b.bottom) || (a.top && b.top) ? 0 : -1 : a.top || b.bottom ? 1 : order.compare(a.v, b.v));
  cached = out.map((p, i) => [p, i] as const).sort(([a, ia], [b, ib]) => cmp(a, b) || ia - ib).map(([p]) => p);
  parsedRanges.set(range, cached);
  return cached;
}

/**
 * IsVulnerable for one package entry: the version is listed in `versions`, or lies within a range
 * (SEMVER ranges in SemVer order, ECOSYSTEM ranges in the ecosystem's). A version the ordering
 * cannot parse can still match the explicit list.
 */
export function evaluate(entry: Omit<AffectedEntry, 'file'>, version: string): Evaluation {
  const ecosystemOrder = versionOrder(entry.ecosystem);
  if (entry.versions?.includes(version)) return { affected: true, unevaluable: 0, ...fixedAbove(entry, version, ecosystemOrder) };
  let unevaluable = 0;
  for (const range of entry.ranges) {
    const order = range.type === 'SEMVER' ? (SEMVER as VersionOrder) : ecosystemOrder;
    const installed = order?.parse(version);
    const events = order ? parseEvents(range, order) : null;
    if (!order || installed === undefined || events === null) {
      unevaluable++;
      continue;
    }
    const below = (p: Parsed) => (p.bottom ? false : p.top ? true : order.compare(installed, p.v) < 0);
    const atOrAbove = (p: Parsed) => (p.bottom ? true : p.top ? false : order.compare(installed, p.v) >= 0);
    // BeforeLimits: with limit events, the version must be below one of them
    const limits = events.filter((e) => e.kind === 'limit');
    if (limits.length > 0 && !limits.some(below)) continue;
    let vulnerable = false;
    let fixed: string | undefined;
    for (const e of events) {
      if (e.kind === 'introduced' && atOrAbove(e)) vulnerable = true;
      else if (e.kind === 'fixed' && atOrAbove(e)) vulnerable = false;
      else if (e.kind === 'last_affected' && !e.bottom && !e.top && order.compare(installed, e.v) > 0) vulnerable = false;
    }
    if (!vulnerable) continue;
    // the fix of this range: the first fixed event above the installed version
    fixed = events.find((e) => e.kind === 'fixed' && below(e))?.raw;
    return { affected: true, unevaluable, ...(fixed !== undefined && { fixed }) };
  }
  return { affected: false, unevaluable };
}

/** For a version matched by the explicit list: the first fixed event above it in any range. */
function fixedAbove(entry: Omit<AffectedEntry, 'file'>, version: string, ecosystemOrder: VersionOrder | undefined): { fixed?: string } {
  for (const range of entry.ranges) {
    const order = range.type === 'SEMVER' ? (SEMVER as VersionOrder) : ecosystemOrder;
    const installed = order?.parse(version);
    const events = order ? parseEvents(range, order) : null;
    if (!order || installed === undefined || !events) continue;
    const fix = events.find((e) => e.kind === 'fixed' && !e.bottom && !e.top && order.compare(installed, e.v) < 0);
    if (fix) return { fixed: fix.raw };
  }
  return {};
}
