import type { ReportTarget } from '../../checks/check.js';
import type { ScanConfig } from '../../config.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import { joinPointer } from '../../inventory/pointer.js';
import { isRecord } from '../../k8s/types.js';
import { findComponents } from '../components/components.js';
import type { VersionedComponent } from './data.js';
import { compareKubeVersions, formatKubeVersion, parseKubeVersion, type KubeVersion } from './version.js';

/** Where a version was read. */
export type VersionSource = 'server' | 'node' | 'image' | 'command-line' | 'flag';

/** One component's version as the input shows it. */
export interface VersionSighting {
  readonly component: VersionedComponent;
  readonly version: KubeVersion;
  /** As written: `v1.27.3-eks-4f4795d`. */
  readonly raw: string;
  readonly source: VersionSource;
  /** What a finding is about: the Node, the static Pod, the cluster. */
  readonly target: InventoryObject | ReportTarget;
  /** The field that says the version (the image, `status.nodeInfo.kubeletVersion`). */
  readonly pointer?: string;
  /** A Node's `status.nodeInfo.operatingSystem` (`linux`, `windows`). */
  readonly os?: string;
}

/**
 * A component running one version, with every place it was seen: a thousand Nodes on one kubelet
 * version are one group, so one CVE is one finding, not a thousand.
 */
export interface VersionGroup {
  readonly component: VersionedComponent;
  readonly version: KubeVersion;
  readonly raw: string;
  /** Sorted by target name; the first is where findings point. */
  readonly sightings: readonly VersionSighting[];
  /** Operating systems of the Nodes in the group. */
  readonly os: readonly string[];
}

export interface ClusterVersions {
  readonly sightings: readonly VersionSighting[];
  readonly groups: readonly VersionGroup[];
  /** The API server versions (several in HA clusters mid-upgrade), oldest first. */
  readonly apiServers: readonly KubeVersion[];
}

const CLUSTER_API_VERSION = 'rampart.dev/v1';

/** Every component version the input shows. Use through `inventory.analysis(clusterVersions, config)`. */
export function clusterVersions(inventory: Inventory, config: ScanConfig): ClusterVersions {
  const sightings: VersionSighting[] = [];
  for (const info of inventory.clusters) {
    const raw = info.version?.gitVersion;
    const version = raw !== undefined ? parseKubeVersion(raw) : undefined;
    if (raw !== undefined && version) {
      sightings.push({ component: 'kube-apiserver', version, raw, source: 'server', target: { ref: { apiVersion: CLUSTER_API_VERSION, kind: 'Cluster', name: info.context || info.server } } });
    }
  }
  for (const node of inventory.ofKind('Node')) {
    const status = node.object.status;
    const info = isRecord(status) && isRecord(status.nodeInfo) ? status.nodeInfo : undefined;
    if (!info) continue;
    const os = typeof info.operatingSystem === 'string' ? info.operatingSystem : undefined;
    for (const [field, component] of [['kubeletVersion', 'kubelet'], ['kubeProxyVersion', 'kube-proxy']] as const) {
      const raw = info[field];
      const version = typeof raw === 'string' ? parseKubeVersion(raw) : undefined;
      // kubeProxyVersion is deprecated (1.31) and was never reliable: it repeats the kubelet's version
      if (typeof raw !== 'string' || !version || component === 'kube-proxy') continue;
      sightings.push({ component, version, raw, source: 'node', target: node, pointer: joinPointer('/status/nodeInfo', field), ...(os ? { os } : {}) });
    }
  }
  for (const c of inventory.analysis(findComponents, undefined)) {
    if (c.type === 'etcd' || !c.version) continue;
    const component = c.type as VersionedComponent;
    const raw = c.container && typeof c.container.container.image === 'string' ? c.container.container.image : formatKubeVersion(c.version);
    sightings.push({
      component,
      version: c.version,
      raw,
      source: c.container ? 'image' : 'command-line',
      target: c.object,
      ...(c.container ? { pointer: joinPointer(c.container.pointer, 'image') } : {}),
    });
  }
  if (config.kubernetesVersion !== undefined && !sightings.some((s) => s.component === 'kube-apiserver')) {
    const version = parseKubeVersion(config.kubernetesVersion);
    if (version) sightings.push({ component: 'kube-apiserver', version, raw: config.kubernetesVersion, source: 'flag', target: { ref: { apiVersion: CLUSTER_API_VERSION, kind: 'Cluster', name: 'cluster' } } });
  }
  return { sightings, groups: group(sightings), apiServers: sightings.filter((s) => s.component === 'kube-apiserver').map((s) => s.version).sort(compareKubeVersions) };
}

function group(sightings: readonly VersionSighting[]): VersionGroup[] {
  const groups = new Map<string, VersionSighting[]>();
  for (const s of sightings) {
    const key = `${s.component}\n${formatKubeVersion(s.version)}\n${s.version.distribution ?? ''}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(s);
  }
  return [...groups.values()]
    .map((list) => {
      list.sort((a, b) => compareTargets(a.target, b.target));
      return { component: list[0].component, version: list[0].version, raw: list[0].raw, sightings: list, os: [...new Set(list.flatMap((s) => (s.os ? [s.os] : [])))].sort() };
    })
    .sort((a, b) => (a.component < b.component ? -1 : a.component > b.component ? 1 : compareKubeVersions(a.version, b.version)));
}

function compareTargets(a: InventoryObject | ReportTarget, b: InventoryObject | ReportTarget): number {
  const ka = `${a.ref.kind}/${a.ref.namespace ?? ''}/${a.ref.name}`;
  const kb = `${b.ref.kind}/${b.ref.namespace ?? ''}/${b.ref.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Whether the input says anything about versions: the versions checks' `applies`. */
export function hasVersions(inventory: Inventory, config: ScanConfig): boolean {
  return inventory.analysis(clusterVersions, config).sightings.length > 0;
}
