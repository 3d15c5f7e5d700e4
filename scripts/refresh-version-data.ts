/**
 * Rebuilds data/kubernetes-releases.json and data/kubernetes-cves.json from their upstream sources:
 *
 *   npm run refresh-data                      # fetch, rebuild, write data/
 *   npm run refresh-data -- --dry-run         # print what would change
 *   npm run refresh-data -- --releases eol.json --feed index.json --osv vulns/   # from saved copies (offline)
 *
 * Sources:
 * - releases: endoflife.date's Kubernetes API (https://endoflife.date/api/kubernetes.json): each
 *   minor's release date, end of maintenance (`eol`) and newest patch (`latest`);
 * - CVEs: the official Kubernetes CVE feed (https://kubernetes.io/docs/reference/issues-security/official-cve-feed/index.json,
 *   a JSON Feed) says which CVEs exist, with their announcement issue; it gives fixed versions only in
 *   its text, so affected ranges come from the OSV records kubernetes-sigs/cve-feed-osv curates from it
 *   (`vulns/<CVE>.json`), and, for a CVE without one, from the "fixed in vX.Y.Z" versions of the text.
 *
 * Only CVEs of the components Rampart sees the version of are kept (kube-apiserver, kubelet,
 * kube-proxy, kube-controller-manager, kube-scheduler); an entry of the current data the sources no
 * longer carry is kept, so a hand-curated entry is not lost. `asOf` is the day of the refresh.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AffectedRange, CveData, KubernetesCve, ReleaseData, ReleaseLine, VersionedComponent } from '../src/analysis/versions/data.js';
import { DATA_FILES, dataDirectory, indexVersionData } from '../src/analysis/versions/data.js';
import { compareKubeVersions, parseKubeVersion } from '../src/analysis/versions/version.js';

export const SOURCES = {
  releases: 'https://endoflife.date/api/kubernetes.json',
  feed: 'https://kubernetes.io/docs/reference/issues-security/official-cve-feed/index.json',
  osv: (id: string) => `https://raw.githubusercontent.com/kubernetes-sigs/cve-feed-osv/main/vulns/${id}.json`,
  osvRepository: 'https://github.com/kubernetes-sigs/cve-feed-osv',
};

/** endoflife.date: `[{cycle: "1.34", releaseDate: "2025-08-27", eol: "2026-10-27", latest: "1.34.2", ...}]`. */
export function parseEndOfLife(json: unknown): ReleaseLine[] {
  if (!Array.isArray(json)) throw new Error('endoflife.date: expected an array of release cycles');
  const lines: ReleaseLine[] = [];
  for (const c of json) {
    if (typeof c !== 'object' || c === null) continue;
    const { cycle, releaseDate, eol, latest } = c as Record<string, unknown>;
    // eol is a date, or false while the end is not scheduled
    if (typeof cycle !== 'string' || !/^\d+\.\d+$/.test(cycle) || typeof releaseDate !== 'string' || typeof eol !== 'string' || typeof latest !== 'string') continue;
    lines.push({ minor: cycle, released: releaseDate, endOfLife: eol, latest: latest.replace(/^v/, '') });
  }
  return lines.sort((a, b) => compareKubeVersions(parseKubeVersion(b.minor)!, parseKubeVersion(a.minor)!));
}

/** One item of the official feed (JSON Feed 1.1 with `_kubernetes_io` extensions). */
export interface FeedItem {
  readonly id: string;
  readonly summary: string;
  readonly url: string;
  readonly published: string;
  readonly text: string;
}

export function parseCveFeed(json: unknown): FeedItem[] {
  const items = typeof json === 'object' && json !== null ? (json as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) throw new Error('official CVE feed: expected a JSON Feed with items');
  const out: FeedItem[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const i = item as Record<string, unknown>;
    if (typeof i.id !== 'string') continue;
    // one issue can announce several CVEs: "CVE-2023-2727, CVE-2023-2728"
    for (const id of i.id.split(/[,\s]+/).filter((x) => /^CVE-\d{4}-\d+$/.test(x))) {
      out.push({ id, summary: String(i.summary ?? ''), url: String(i.url ?? ''), published: String(i.date_published ?? '').slice(0, 10), text: String(i.content_text ?? '') });
    }
  }
  return out;
}

const PACKAGES: Readonly<Record<string, VersionedComponent>> = {
  'k8s.io/apiserver': 'kube-apiserver',
  'k8s.io/kube-apiserver': 'kube-apiserver',
  'k8s.io/kubelet': 'kubelet',
  'k8s.io/kube-proxy': 'kube-proxy',
  'k8s.io/controller-manager': 'kube-controller-manager',
  'k8s.io/kube-controller-manager': 'kube-controller-manager',
  'k8s.io/kube-scheduler': 'kube-scheduler',
};

/** What an OSV record (cve-feed-osv's `vulns/<CVE>.json`) says: components, CVSS vector, ranges. */
export function fromOsv(json: unknown): { components: VersionedComponent[]; cvss?: string; affected: AffectedRange[]; summary?: string } | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as { summary?: unknown; affected?: unknown };
  if (!Array.isArray(record.affected)) return undefined;
  const components = new Set<VersionedComponent>();
  const affected: AffectedRange[] = [];
  let cvss: string | undefined;
  for (const a of record.affected as Record<string, unknown>[]) {
    const pkg = (a.package as { name?: unknown } | undefined)?.name;
    const component = typeof pkg === 'string' ? PACKAGES[pkg.toLowerCase()] : undefined;
    if (!component) continue;
    components.add(component);
    for (const s of Array.isArray(a.severity) ? (a.severity as { type?: unknown; score?: unknown }[]) : []) if (typeof s.score === 'string' && String(s.type).startsWith('CVSS_V3')) cvss ??= s.score;
    for (const range of Array.isArray(a.ranges) ? (a.ranges as { events?: unknown }[]) : []) affected.push(...rangesOfEvents(Array.isArray(range.events) ? (range.events as Record<string, unknown>[]) : []));
  }
  if (components.size === 0 || affected.length === 0) return undefined;
  return { components: [...components].sort(), cvss, affected: mergeRanges(affected), ...(typeof record.summary === 'string' ? { summary: record.summary } : {}) };
}

/**
 * OSV events in order: `introduced` opens a range that the next `fixed` or `last_affected` closes.
 * Records write versions with or without `v`, and sometimes two `introduced` in a row (the first
 * line never got a fix: it stays open until the next range's end).
 */
export function rangesOfEvents(events: readonly Record<string, unknown>[]): AffectedRange[] {
  const out: AffectedRange[] = [];
  let open: string | undefined;
  const clean = (v: unknown) => (typeof v === 'string' ? v.replace(/^v/, '') : undefined);
  for (const e of events) {
    const introduced = clean(e.introduced);
    const fixed = clean(e.fixed);
    const last = clean(e.last_affected);
    if (introduced !== undefined) {
      open ??= introduced === '' ? '0' : introduced;
      continue;
    }
    if (open === undefined) continue;
    if (fixed !== undefined) out.push({ introduced: open, fixed });
    else if (last !== undefined) out.push({ introduced: open, lastAffected: last });
    open = undefined;
  }
  if (open !== undefined) out.push({ introduced: open });
  return out;
}

/** Sorted by where each range starts, duplicates removed. */
function mergeRanges(ranges: readonly AffectedRange[]): AffectedRange[] {
  const seen = new Map(ranges.map((r) => [JSON.stringify(r), r]));
  const start = (r: AffectedRange) => (r.introduced === '0' ? { major: 0, minor: 0 } : parseKubeVersion(r.introduced) ?? { major: 0, minor: 0 });
  return [...seen.values()].sort((a, b) => compareKubeVersions(start(a), start(b)));
}

/**
 * The feed's text gives fixed versions as prose or lists ("Fixed Versions: - kube-apiserver
 * v1.28.9 - kube-apiserver v1.29.4", "fixed in v1.10.11, v1.11.5 and v1.12.3"): one fix per minor
 * line, each closing the range its line opened; the oldest also closes every earlier line.
 */
export function rangesFromText(text: string): AffectedRange[] {
  const section = /fixed versions?|fixed in|patched/i.exec(text);
  const scope = section ? text.slice(section.index) : '';
  const byMinor = new Map<string, string>();
  // releases only: `v1.13.0-rc.1` is not one
  for (const m of scope.matchAll(/\bv?(1\.\d+\.\d+)(?!-|\.\d|\w)/g)) {
    const v = parseKubeVersion(m[1])!;
    const minor = `${v.major}.${v.minor}`;
    const previous = byMinor.get(minor);
    if (previous === undefined || compareKubeVersions(v, parseKubeVersion(previous)!) < 0) byMinor.set(minor, m[1]);
  }
  const fixes = [...byMinor.values()].sort((a, b) => compareKubeVersions(parseKubeVersion(a)!, parseKubeVersion(b)!));
  return fixes.map((fixed, i) => ({ introduced: i === 0 ? '0' : `${fixed.split('.').slice(0, 2).join('.')}.0`, fixed }));
}

/** Components the feed's text names, for a CVE without an OSV record. */
export function componentsFromText(text: string): VersionedComponent[] {
  const found = new Set<VersionedComponent>();
  for (const c of ['kube-apiserver', 'kubelet', 'kube-proxy', 'kube-controller-manager', 'kube-scheduler'] as const) if (new RegExp(`\\b${c}\\b`).test(text)) found.add(c);
  return [...found].sort();
}

export interface BuildInputs {
  readonly endOfLife: unknown;
  readonly feed: unknown;
  /** OSV records by CVE id (absent ones are looked up in the text). */
  readonly osv: ReadonlyMap<string, unknown>;
  readonly previous?: CveData;
  /** YYYY-MM-DD */
  readonly today: string;
}

export function buildVersionData(inputs: BuildInputs): { releases: ReleaseData; cves: CveData; skipped: string[] } {
  const releases: ReleaseData = {
    schema: 1,
    asOf: inputs.today,
    sources: [SOURCES.releases, 'https://kubernetes.io/releases/'],
    note: `Fetched from endoflife.date by scripts/refresh-version-data.ts on ${inputs.today}.`,
    releases: parseEndOfLife(inputs.endOfLife),
  };
  const cves: KubernetesCve[] = [];
  const skipped: string[] = [];
  for (const item of parseCveFeed(inputs.feed)) {
    const osv = inputs.osv.has(item.id) ? fromOsv(inputs.osv.get(item.id)) : undefined;
    const components = osv?.components ?? componentsFromText(item.text);
    const affected = osv?.affected ?? rangesFromText(item.text);
    const cvss = osv?.cvss ?? /CVSS:3\.[01]\/[A-Z:/]+/.exec(item.text)?.[0];
    if (components.length === 0 || affected.length === 0 || cvss === undefined) {
      skipped.push(`${item.id}: ${components.length === 0 ? 'not a core component' : affected.length === 0 ? 'no affected versions' : 'no CVSS vector'}`);
      continue;
    }
    cves.push({
      id: item.id,
      summary: item.summary,
      components,
      ...(/\bwindows\b/i.test(`${item.summary} ${item.text}`) && /only .{0,40}windows|windows nodes?/i.test(`${item.summary} ${item.text}`) ? { platform: 'windows' } : {}),
      cvss,
      published: item.published,
      url: item.url,
      affected,
    });
  }
  const ids = new Set(cves.map((c) => c.id));
  for (const c of inputs.previous?.cves ?? []) if (!ids.has(c.id)) cves.push(c); // kept: curated by hand
  cves.sort((a, b) => (a.id.localeCompare(b.id, 'en', { numeric: true })));
  const data: CveData = {
    schema: 1,
    asOf: inputs.today,
    sources: [SOURCES.feed, SOURCES.osvRepository],
    note: `Fetched by scripts/refresh-version-data.ts on ${inputs.today}: the CVEs of Kubernetes' official feed, affected ranges from kubernetes-sigs/cve-feed-osv (or the feed's text). Only core components Rampart sees the version of.`,
    cves,
  };
  indexVersionData(releases, data); // validates: a bad refresh fails here, not in a user's scan
  return { releases, cves: data, skipped };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' } }).catch((e: unknown) => {
    throw new Error(`${url}: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)} (offline? use --releases, --feed and --osv with saved copies)`);
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      releases: { type: 'string' },
      feed: { type: 'string' },
      osv: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const out = values.out ?? dataDirectory();
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const endOfLife = values.releases ? read(values.releases) : await fetchJson(SOURCES.releases);
  const feed = values.feed ? read(values.feed) : await fetchJson(SOURCES.feed);
  const osv = new Map<string, unknown>();
  if (values.osv) {
    for (const f of readdirSync(values.osv)) if (/^CVE-\d{4}-\d+\.json$/.test(f)) osv.set(f.slice(0, -5), read(join(values.osv, f)));
  } else {
    for (const item of parseCveFeed(feed)) {
      const response = await fetch(SOURCES.osv(item.id)).catch(() => undefined);
      if (response?.ok) osv.set(item.id, await response.json());
    }
  }
  const previousFile = join(out, DATA_FILES.cves);
  const previous = existsSync(previousFile) ? (read(previousFile) as CveData) : undefined;
  const built = buildVersionData({ endOfLife, feed, osv, previous, today: values.today ?? new Date().toISOString().slice(0, 10) });
  for (const s of built.skipped) process.stderr.write(`skipped ${s}\n`);
  const files = [
    [DATA_FILES.releases, built.releases],
    [DATA_FILES.cves, built.cves],
  ] as const;
  for (const [name, data] of files) {
    const text = JSON.stringify(data, null, 2) + '\n';
    if (values['dry-run']) process.stdout.write(`${name}: ${text.length} bytes\n`);
    else writeFileSync(join(out, name), text);
  }
  process.stderr.write(`${built.releases.releases.length} release lines, ${built.cves.cves.length} CVEs, as of ${built.cves.asOf}${values['dry-run'] ? ' (dry run: nothing written)' : ` → ${out}`}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`refresh-version-data: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
