import type { CheckContext, Report } from '../check.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { ScanConfig } from '../../config.js';
import { clusterVersions, hasVersions, type ClusterVersions, type VersionGroup } from '../../analysis/versions/cluster.js';
import { shippedVersionData, type VersionData } from '../../analysis/versions/data.js';
import { formatKubeVersion } from '../../analysis/versions/version.js';
import { todayUtc } from '../../policy/exceptions.js';

export const VERSION_DOCS = ['https://kubernetes.io/releases/', 'https://kubernetes.io/releases/version-skew-policy/'];

export function versionsOf(ctx: Pick<CheckContext, 'inventory' | 'config'>): ClusterVersions {
  return ctx.inventory.analysis(clusterVersions, ctx.config);
}

export function versionData(): VersionData {
  return shippedVersionData();
}

export function today(config: ScanConfig): string {
  return config.today ?? todayUtc();
}

export function applies(inventory: Inventory, inputs: { readonly config: ScanConfig }): boolean {
  return hasVersions(inventory, inputs.config);
}

/** How many Nodes evidence lists by name; the count is always given. */
const LISTED = 20;

/** Where a group's findings point (its first sighting) and what they say about the rest. */
export function reportOn(group: VersionGroup, extra: Omit<Report, 'object' | 'pointer'>): Report {
  const first = group.sightings[0];
  const others = group.sightings.length - 1;
  const where = group.sightings.length > 1 ? ` (${group.sightings.length} ${first.target.ref.kind === 'Node' ? 'nodes' : 'places'}: ${first.target.ref.name} and ${others} more)` : '';
  return {
    ...extra,
    object: first.target,
    ...(first.pointer ? { pointer: first.pointer } : {}),
    message: `${extra.message}${where}`,
    evidence: {
      component: group.component,
      version: group.raw,
      source: first.source,
      ...(group.sightings.length > 1 ? { seenOn: group.sightings.slice(0, LISTED).map((s) => s.target.ref.name), count: group.sightings.length } : {}),
      ...extra.evidence,
    },
  };
}

/** `kubelet v1.27.3` or `kube-apiserver v1.27.3 (eks-4f4795d)`. */
export function describeGroup(group: VersionGroup): string {
  return `${group.component} ${formatKubeVersion(group.version)}${group.version.distribution ? ` (${group.version.distribution})` : ''}`;
}
