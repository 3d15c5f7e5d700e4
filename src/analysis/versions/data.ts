import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Severity } from '../../findings/finding.js';
import { cvssBaseScore, ratingOf } from '../images/vulnerabilities/cvss.js';
import { compareKubeVersions, minorOf, parseKubeVersion, type KubeVersion } from './version.js';

/**
 * Reference data about Kubernetes releases and CVEs, shipped in `data/` with its sources and the
 * date it describes (`asOf`), rebuilt by `npm run refresh-data` (scripts/refresh-version-data.ts).
 */

/** One minor release line: when it came out, when it stopped getting patches, its newest patch. */
export interface ReleaseLine {
  /** `1.29` */
  readonly minor: string;
  /** YYYY-MM-DD */
  readonly released: string;
  /** YYYY-MM-DD: the last day of maintenance (endoflife.date's `eol`). */
  readonly endOfLife: string;
  /** `1.29.15`: the newest patch release the data knows. */
  readonly latest: string;
}

/** A range of affected versions, as OSV writes one: from `introduced` up to (not including) `fixed`, or through `lastAffected`. */
export interface AffectedRange {
  /** `0` for "every earlier version". */
  readonly introduced: string;
  readonly fixed?: string;
  readonly lastAffected?: string;
}

export type VersionedComponent = 'kube-apiserver' | 'kubelet' | 'kube-proxy' | 'kube-controller-manager' | 'kube-scheduler';
export const VERSIONED_COMPONENTS: readonly VersionedComponent[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'];

export interface KubernetesCve {
  readonly id: string;
  readonly summary: string;
  readonly components: readonly VersionedComponent[];
  /** Only nodes of this operating system are affected (`windows`). */
  readonly platform?: string;
  readonly cvss: string;
  /** YYYY-MM-DD */
  readonly published: string;
  /** The announcement issue. */
  readonly url: string;
  readonly affected: readonly AffectedRange[];
}

/** What every data file says about itself: the date it describes, where it comes from. */
export interface DataFileHeader {
  readonly schema: 1;
  /** YYYY-MM-DD: the newest fact the file holds. */
  readonly asOf: string;
  readonly sources: readonly string[];
  readonly note?: string;
}

export interface ReleaseData extends DataFileHeader {
  readonly releases: readonly ReleaseLine[];
}

export interface CveData extends DataFileHeader {
  readonly cves: readonly KubernetesCve[];
}

/** The reference data as checks use it: indexed, with each CVE's severity from its CVSS vector. */
export interface VersionData {
  readonly releases: ReleaseData;
  readonly cves: CveData;
  /** The older of the two files' dates: how current the data as a whole is. */
  readonly asOf: string;
  line(minor: string): ReleaseLine | undefined;
  /** The newest minor the data knows. */
  readonly newest: KubeVersion;
  cvesOf(component: VersionedComponent): readonly (KubernetesCve & { readonly severity: Severity; readonly score: number })[];
}

export const DATA_FILES = { releases: 'kubernetes-releases.json', cves: 'kubernetes-cves.json' } as const;

/** data/ of the installed package: dist/src/analysis/versions → the package root. */
export function dataDirectory(): string {
  return fileURLToPath(new URL('../../../../data/', import.meta.url));
}

let shipped: VersionData | undefined;

/** The data shipped in data/, read once, on first use. */
export function shippedVersionData(): VersionData {
  shipped ??= indexVersionData(readJson(DATA_FILES.releases) as ReleaseData, readJson(DATA_FILES.cves) as CveData);
  return shipped;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(dataDirectory() + name, 'utf8'));
}

export function indexVersionData(releases: ReleaseData, cves: CveData): VersionData {
  validate(releases, cves);
  const lines = new Map(releases.releases.map((r) => [r.minor, r]));
  const byComponent = new Map<VersionedComponent, (KubernetesCve & { severity: Severity; score: number })[]>();
  for (const cve of cves.cves) {
    const base = cvssBaseScore(cve.cvss);
    const scored = { ...cve, score: base?.score ?? 0, severity: base ? ratingOf(base.score, base.version) : ('medium' as Severity) };
    for (const c of cve.components) {
      let list = byComponent.get(c);
      if (!list) byComponent.set(c, (list = []));
      list.push(scored);
    }
  }
  const newest = releases.releases.map((r) => parseKubeVersion(r.minor)!).sort(compareKubeVersions).at(-1) ?? { major: 1, minor: 0 };
  return {
    releases,
    cves,
    asOf: releases.asOf < cves.asOf ? releases.asOf : cves.asOf,
    line: (minor) => lines.get(minor),
    newest,
    cvesOf: (component) => byComponent.get(component) ?? [],
  };
}

/** A broken data file is a Rampart bug (or a bad refresh): say which entry, once. */
function validate(releases: ReleaseData, cves: CveData): void {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const fail = (what: string): never => {
    throw new Error(`version data: ${what}`);
  };
  if (releases.schema !== 1 || cves.schema !== 1) fail('unknown schema (expected 1)');
  if (!date.test(releases.asOf) || !date.test(cves.asOf)) fail('asOf must be YYYY-MM-DD');
  for (const r of releases.releases) {
    if (!/^\d+\.\d+$/.test(r.minor) || !date.test(r.released) || !date.test(r.endOfLife) || parseKubeVersion(r.latest) === undefined) fail(`bad release line ${JSON.stringify(r)}`);
    if (minorOf(parseKubeVersion(r.latest)!) !== r.minor) fail(`${r.minor}: latest ${r.latest} is of another minor`);
  }
  for (const c of cves.cves) {
    if (!/^CVE-\d{4}-\d+$/.test(c.id) || c.affected.length === 0 || c.components.some((x) => !VERSIONED_COMPONENTS.includes(x))) fail(`bad CVE entry ${c.id}`);
    for (const r of c.affected) {
      if ((r.introduced !== '0' && !parseKubeVersion(r.introduced)) || (r.fixed !== undefined && !parseKubeVersion(r.fixed)) || (r.lastAffected !== undefined && !parseKubeVersion(r.lastAffected))) fail(`${c.id}: bad range ${JSON.stringify(r)}`);
    }
  }
}

/**
 * Whether `v` falls in one of the ranges, and the version that fixes it for `v`'s line: the
 * range's `fixed` (after `lastAffected`: its next patch), else the first fixed version above `v`
 * in a later range (an older line that never got the fix must move to a newer one).
 */
export function affects(cve: Pick<KubernetesCve, 'affected'>, v: KubeVersion): { affected: boolean; fixedIn?: string } {
  // a pre-release of 1.12.0 belongs to the 1.12 line that `introduced: 1.12.0` opens
  const release = v.prerelease !== undefined ? { ...v, prerelease: undefined } : v;
  for (const r of cve.affected) {
    const from = r.introduced === '0' ? undefined : parseKubeVersion(r.introduced)!;
    if (from && compareKubeVersions(release, from) < 0) continue;
    if (r.fixed !== undefined) {
      if (compareKubeVersions(v, parseKubeVersion(r.fixed)!) < 0) return { affected: true, fixedIn: r.fixed };
      continue;
    }
    if (r.lastAffected !== undefined) {
      const last = parseKubeVersion(r.lastAffected)!;
      if (compareKubeVersions(v, last) <= 0) return { affected: true, fixedIn: `${last.major}.${last.minor}.${(last.patch ?? 0) + 1}` };
      continue;
    }
    return { affected: true }; // no fix
  }
  return { affected: false };
}

/** Days from `from` to `to` (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
