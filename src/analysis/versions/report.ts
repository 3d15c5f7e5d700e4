import type { ScanConfig } from '../../config.js';
import type { Inventory } from '../../inventory/inventory.js';
import { todayUtc } from '../../policy/exceptions.js';
import { clusterVersions, type VersionSource } from './cluster.js';
import { daysBetween, shippedVersionData } from './data.js';
import { formatKubeVersion } from './version.js';

export const DEFAULT_VERSION_DATA_MAX_AGE_DAYS = 90;

/**
 * What a scan says about versions beside its findings: the versions it saw, and how old the
 * release and CVE data is, so that "no CVE" is never read as more than the data can say.
 */
export interface VersionsReport {
  readonly components: readonly { readonly component: string; readonly version: string; readonly raw: string; readonly source: VersionSource; readonly count: number }[];
  readonly data: {
    readonly releasesAsOf: string;
    readonly cvesAsOf: string;
    readonly ageDays: number;
    readonly maxAgeDays: number;
    readonly stale: boolean;
    readonly sources: readonly string[];
  };
}

export function versionsReport(inventory: Inventory, config: ScanConfig): VersionsReport {
  const data = shippedVersionData();
  const ageDays = daysBetween(data.asOf, config.today ?? todayUtc());
  const maxAgeDays = config.versionDataMaxAgeDays ?? DEFAULT_VERSION_DATA_MAX_AGE_DAYS;
  return {
    components: inventory.analysis(clusterVersions, config).groups.map((g) => ({ component: g.component, version: formatKubeVersion(g.version), raw: g.raw, source: g.sightings[0].source, count: g.sightings.length })),
    data: { releasesAsOf: data.releases.asOf, cvesAsOf: data.cves.asOf, ageDays, maxAgeDays, stale: ageDays > maxAgeDays, sources: [...data.releases.sources, ...data.cves.sources] },
  };
}

/** One line for people: `Kubernetes version data of 2025-11-30 (359 days old; stale past 90 days: npm run refresh-data)`. */
export function describeVersionData(r: VersionsReport): string {
  const d = r.data;
  const date = d.releasesAsOf === d.cvesAsOf ? d.releasesAsOf : `${d.releasesAsOf} (releases), ${d.cvesAsOf} (CVEs)`;
  return `Kubernetes release and CVE data of ${date}, ${d.ageDays} days old${d.stale ? `: STALE (older than ${d.maxAgeDays} days); newer releases and CVEs are unknown to it (refresh: npm run refresh-data)` : ''}`;
}
