import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import { isRecord } from '../../k8s/types.js';
import { findComponents } from './components.js';
import type { ComponentType } from './specs.js';

/** Host paths each component mounts by design (kubeadm's manifests), beside those its flags name. */
const OWN_HOST_PATHS: Readonly<Partial<Record<ComponentType, readonly string[]>>> = {
  'kube-apiserver': ['/etc/ssl/certs', '/etc/pki', '/etc/ca-certificates', '/usr/share/ca-certificates', '/usr/local/share/ca-certificates', '/etc/kubernetes/pki'],
  'kube-controller-manager': ['/etc/ssl/certs', '/etc/pki', '/etc/ca-certificates', '/usr/share/ca-certificates', '/usr/local/share/ca-certificates', '/etc/kubernetes/pki', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec'],
  'kube-scheduler': [],
  etcd: ['/var/lib/etcd', '/etc/kubernetes/pki/etcd'],
  'kube-proxy': ['/run/xtables.lock', '/lib/modules', '/var/lib/kube-proxy'],
};

export interface ByDesign {
  readonly component: ComponentType;
  /** Names of hostPath volumes that point at the component's own configuration, PKI or data. */
  readonly ownHostPathVolumes: ReadonlySet<string>;
  /** Every hostPath volume of the pod is one of its own. */
  readonly onlyOwnHostPaths: boolean;
  /** A static pod (a Pod from a manifest): it cannot use a service account or its token. */
  readonly staticPod: boolean;
}

/**
 * Pods that run a control-plane component or kube-proxy, with what they need by design: the host
 * network, and host paths to their own configuration, PKI and data (those named by their flags or
 * kubeadm's). Workload checks leave those alone on them; everything else is still reported.
 */
export function componentsByDesign(inventory: Inventory): ReadonlyMap<InventoryObject, ByDesign> {
  const out = new Map<InventoryObject, ByDesign>();
  for (const c of inventory.analysis(findComponents, undefined)) {
    if (!c.view || c.type === 'kubelet') continue;
    const flagPaths = c.flags.parsed.occurrences.map((o) => o.value).filter((v) => v.startsWith('/'));
    const known = OWN_HOST_PATHS[c.type] ?? [];
    const volumes = Array.isArray(c.view.spec.volumes) ? c.view.spec.volumes : [];
    const own = new Set<string>();
    let hostPaths = 0;
    for (const v of volumes) {
      if (!isRecord(v) || !isRecord(v.hostPath) || typeof v.hostPath.path !== 'string' || typeof v.name !== 'string') continue;
      hostPaths++;
      const p = v.hostPath.path.replace(/\/+$/, '') || '/';
      if (p === '/') continue;
      if (known.includes(p) || flagPaths.some((f) => f === p || f.startsWith(`${p}/`))) own.add(v.name);
    }
    const previous = out.get(c.view.owner);
    out.set(c.view.owner, {
      component: previous?.component ?? c.type,
      ownHostPathVolumes: new Set([...(previous?.ownHostPathVolumes ?? []), ...own]),
      onlyOwnHostPaths: own.size === hostPaths,
      staticPod: c.view.owner.kind === 'Pod',
    });
  }
  return out;
}

export function byDesign(inventory: Inventory, view: PodSpecView): ByDesign | undefined {
  return inventory.analysis(componentsByDesign, undefined).get(view.owner);
}
