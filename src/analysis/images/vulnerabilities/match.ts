import type { Severity } from '../../../findings/finding.js';
import { severityRank } from '../../../findings/finding.js';
import type { VulnerabilitySeverity } from './cvss.js';
import { evaluate, type AffectedEntry } from './osv.js';
import { recordDetails, type OsvIndex, type RecordDetails } from './osv-index.js';
import { packageKey, type SbomPackage } from './packages.js';
import { versionOrder } from './versions/index.js';
import type { Sbom } from './sbom.js';

/** One known vulnerability of one package of an image. */
export interface Vulnerability {
  /** The id people search for: the CVE when there is one, else the advisory's. */
  readonly id: string;
  /** Every id the matched records go by (advisories, their aliases and upstream ids), sorted. */
  readonly ids: readonly string[];
  readonly package: { readonly ecosystem: string; readonly name: string; readonly version: string; readonly purl: string };
  /** The first version that fixes it, when the data says. */
  readonly fixed?: string;
  /** Undefined when no matched record rates it. */
  readonly severity?: VulnerabilitySeverity;
  readonly summary?: string;
  /** Records that matched (their files, relative to the OSV directory). */
  readonly records: readonly string[];
}

export interface SbomMatch {
  readonly vulnerabilities: readonly Vulnerability[];
  /** Packages looked up. */
  readonly packages: number;
  /** Ranges that could not be evaluated (an ecosystem without ordering, an unparsable version). */
  readonly unevaluable: number;
  /** The packages (`name version (ecosystem)`) with such ranges, sorted: whether they are affected is not known. */
  readonly unevaluablePackages: readonly string[];
}

/** Whether an entry's ecosystem (`Debian:12`, `Ubuntu:22.04:LTS`, `Alpine:v3.19`, `npm`) covers the package's release. */
function releaseMatches(entryEcosystem: string, pkg: SbomPackage): boolean {
  const parts = entryEcosystem.split(':');
  if (parts.length === 1) return true; // no release: every release
  return pkg.release !== undefined && parts.slice(1).includes(pkg.release);
}

function worst(a: VulnerabilitySeverity | undefined, b: VulnerabilitySeverity | undefined): VulnerabilitySeverity | undefined {
  if (!a) return b;
  if (!b) return a;
  return severityRank(b.level) > severityRank(a.level) ? b : a;
}

/**
 * The vulnerabilities of an SBOM's packages in an OSV index. Records that share an id or alias for
 * the same package (a GHSA and the PYSEC or DEBIAN record of the same CVE) are one vulnerability;
 * binary packages built from one source package share its findings.
 */
export function matchSbom(sbom: Sbom, index: OsvIndex, now: Date = new Date()): SbomMatch {
  let unevaluable = 0;
  const unevaluablePackages = new Set<string>();
  const out: Vulnerability[] = [];
  const seen = new Set<string>();
  for (const pkg of sbom.packages) {
    const entries = index.entries(packageKey(pkg.ecosystem, pkg.name));
    if (!entries) continue;
    const hits: { entry: AffectedEntry; fixed?: string; details: RecordDetails }[] = [];
    for (const entry of entries) {
      if (!releaseMatches(entry.ecosystem, pkg)) continue;
      const result = evaluate(entry, pkg.version);
      unevaluable += result.unevaluable;
      if (result.unevaluable > 0) unevaluablePackages.add(`${pkg.name} ${pkg.version} (${pkg.ecosystem})`);
      if (!result.affected) continue;
      const details = recordDetails(index, entry.file, now);
      if (details) hits.push({ entry, fixed: result.fixed, details });
    }
    for (const group of groupByAlias(hits)) {
      // upstream ids too: a distribution's DEBIAN-CVE-… record is known by its CVE
      const ids = [...new Set(group.flatMap((h) => [h.details.id, ...h.details.related]))].sort();
      const id = ids.find((i) => i.startsWith('CVE-')) ?? group[0].details.id;
      const key = `${pkg.ecosystem}\0${pkg.name}\0${pkg.version}\0${id}`;
      if (seen.has(key)) continue; // another binary package of the same source
      seen.add(key);
      const severity = group.reduce<VulnerabilitySeverity | undefined>((s, h) => worst(s, h.entry.severity ?? h.details.severity), undefined);
      const fixed = latestFix(pkg.ecosystem, group.map((h) => h.fixed).filter((f): f is string => f !== undefined));
      const summary = group.find((h) => h.details.summary)?.details.summary;
      out.push({
        id,
        ids,
        package: { ecosystem: pkg.ecosystem + (pkg.release !== undefined ? `:${pkg.release}` : ''), name: pkg.name, version: pkg.version, purl: pkg.purl },
        ...(fixed !== undefined && { fixed }),
        ...(severity && { severity }),
        ...(summary !== undefined && { summary }),
        records: group.map((h) => h.details.file).sort(),
      });
    }
  }
  out.sort((a, b) => cmp(a.package.name, b.package.name) || cmp(a.id, b.id));
  return { vulnerabilities: out, packages: sbom.packages.length, unevaluable, unevaluablePackages: [...unevaluablePackages].sort() };
}

/** When advisories disagree on the fix, the later version is fixed by all of them. */
function latestFix(ecosystem: string, fixes: readonly string[]): string | undefined {
  if (fixes.length <= 1) return fixes[0];
  const order = versionOrder(ecosystem);
  const parsed = order ? fixes.map((f) => [f, order.parse(f)] as const).filter(([, p]) => p !== undefined) : [];
  if (!order || parsed.length === 0) return [...fixes].sort().at(-1);
  return parsed.reduce((a, b) => (order.compare(b[1], a[1]) > 0 ? b : a))[0];
}

/** Records of one package that name each other (directly or through a shared alias). */
function groupByAlias<T extends { details: RecordDetails }>(hits: readonly T[]): T[][] {
  const groups: { ids: Set<string>; members: T[] }[] = [];
  for (const hit of hits) {
    const ids = new Set([hit.details.id, ...hit.details.related]);
    const overlapping = groups.filter((g) => [...ids].some((i) => g.ids.has(i)));
    const merged = { ids, members: [hit] };
    for (const g of overlapping) {
      for (const i of g.ids) merged.ids.add(i);
      merged.members.unshift(...g.members);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.map((g) => g.members);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts by severity; vulnerabilities without a rating are counted as `unknown`. */
export function countBySeverity(vulns: readonly Vulnerability[]): Record<Severity | 'unknown', number> {
  const counts: Record<Severity | 'unknown', number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
  for (const v of vulns) counts[v.severity?.level ?? 'unknown']++;
  return counts;
}
