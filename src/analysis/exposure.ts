/**
 * Workloads reachable from outside the cluster: behind a NodePort or LoadBalancer Service, behind
 * an Ingress, or on the node's network (hostNetwork, hostPort). The entry points the
 * lateral-movement check starts from; the Service rules are shared with network.exposed-service.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { InventoryObject } from '../inventory/object.js';
import type { PodSpecView } from '../inventory/pod-spec.js';
import { isRecord } from '../k8s/types.js';

/** Service types that open ports outside the cluster network. */
export const EXPOSED_TYPES: readonly string[] = ['NodePort', 'LoadBalancer'];

/** Source ranges that restrict nothing. */
export const ANY_SOURCE: readonly string[] = ['0.0.0.0/0', '::/0'];

/**
 * Legacy spelling of spec.loadBalancerSourceRanges, still honoured by the service controller
 * (k8s.io/cloud-provider service helpers) when the field is empty.
 */
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';

/** Cloud annotations that make a LoadBalancer private to the VPC; value compared case-insensitively. */
const INTERNAL_LOAD_BALANCER_ANNOTATIONS: readonly { readonly key: string; readonly values: readonly string[] }[] = [
  { key: 'service.beta.kubernetes.io/aws-load-balancer-internal', values: ['true', '0.0.0.0/0'] },
  { key: 'service.beta.kubernetes.io/aws-load-balancer-scheme', values: ['internal'] },
  { key: 'service.beta.kubernetes.io/azure-load-balancer-internal', values: ['true'] },
  { key: 'networking.gke.io/load-balancer-type', values: ['internal'] },
  { key: 'cloud.google.com/load-balancer-type', values: ['internal'] },
  { key: 'service.beta.kubernetes.io/oci-load-balancer-internal', values: ['true'] },
  { key: 'service.beta.kubernetes.io/openstack-internal-load-balancer', values: ['true'] },
  { key: 'service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type', values: ['intranet'] },
];


export function sourceRanges(svc: InventoryObject, spec: Record<string, unknown>): string[] {
  if (Array.isArray(spec.loadBalancerSourceRanges) && spec.loadBalancerSourceRanges.length > 0) {
    return spec.loadBalancerSourceRanges.filter((r): r is string => typeof r === 'string').map((r) => r.trim());
  }
  const annotation = svc.object.metadata.annotations?.[SOURCE_RANGES_ANNOTATION];
  return typeof annotation === 'string' ? annotation.split(',').map((r) => r.trim()).filter((r) => r !== '') : [];
}

export function internalAnnotation(svc: InventoryObject): string | undefined {
  const annotations = svc.object.metadata.annotations;
  if (!isRecord(annotations)) return undefined;
  for (const { key, values } of INTERNAL_LOAD_BALANCER_ANNOTATIONS) {
    const v = annotations[key];
    if (typeof v === 'string' && values.includes(v.trim().toLowerCase())) return `${key}: ${v}`;
  }
  return undefined;
}

export interface Exposure {
  /** In words: `LoadBalancer Service shop/frontend`, `Ingress shop/web → Service shop/frontend`, `hostNetwork`, `hostPort 8081`. */
  readonly how: string;
  readonly object: InventoryObject;
  /** False for an internal load balancer or one limited by source ranges. */
  readonly fromAnywhere: boolean;
}

/** How each pod template is reachable from outside the cluster; templates that are not are absent. Run through inventory.analysis(). */
export function exposedWorkloads(inventory: Inventory): ReadonlyMap<PodSpecView, readonly Exposure[]> {
  const out = new Map<PodSpecView, Exposure[]>();
  const add = (view: PodSpecView, e: Exposure) => {
    let list = out.get(view);
    if (!list) out.set(view, (list = []));
    if (!list.some((x) => x.how === e.how)) list.push(e);
  };
  const views = inventory.podSpecs().filter((v) => v.owner.kind !== 'PodTemplate');
  const byNamespace = new Map<string, PodSpecView[]>();
  for (const v of views) {
    let list = byNamespace.get(v.namespace);
    if (!list) byNamespace.set(v.namespace, (list = []));
    list.push(v);
  }
  // A Service sends to the pods its selector matches, in its namespace; one without a selector to none we know.
  const selected = (svc: InventoryObject): PodSpecView[] => {
    const spec = svc.object.spec;
    const selector = isRecord(spec) && isRecord(spec.selector) ? spec.selector : undefined;
    if (!selector || Object.keys(selector).length === 0) return [];
    return (byNamespace.get(svc.namespace ?? 'default') ?? []).filter((v) => Object.entries(selector).every(([k, val]) => v.metadata.labels?.[k] === val));
  };
  for (const svc of inventory.ofKind('Service')) {
    const spec = svc.object.spec;
    if (!isRecord(spec) || typeof spec.type !== 'string' || !EXPOSED_TYPES.includes(spec.type)) continue;
    const ranges = sourceRanges(svc, spec);
    const open = ranges.length === 0 || ranges.some((r) => ANY_SOURCE.includes(r));
    // A LoadBalancer allocates node ports too unless told not to, and node ports take any source.
    const fromAnywhere = spec.type === 'NodePort' || spec.allocateLoadBalancerNodePorts !== false || (open && !internalAnnotation(svc));
    for (const v of selected(svc)) add(v, { how: `${spec.type} Service ${svc.namespace}/${svc.name}`, object: svc, fromAnywhere });
  }
  for (const ing of inventory.ofKind('Ingress')) {
    const spec = isRecord(ing.object.spec) ? ing.object.spec : {};
    const backends = [spec.defaultBackend, spec.backend, ...(Array.isArray(spec.rules) ? spec.rules : []).flatMap((r) => (isRecord(r) && isRecord(r.http) && Array.isArray(r.http.paths) ? r.http.paths.map((p) => (isRecord(p) ? p.backend : undefined)) : []))];
    const names = new Set<string>();
    for (const b of backends) {
      if (!isRecord(b)) continue;
      const name = isRecord(b.service) && typeof b.service.name === 'string' ? b.service.name : typeof b.serviceName === 'string' ? b.serviceName : undefined;
      if (name) names.add(name);
    }
    for (const name of names) {
      const svc = inventory.get('Service', ing.namespace, name);
      if (svc) for (const v of selected(svc)) add(v, { how: `Ingress ${ing.namespace}/${ing.name} → Service ${svc.namespace}/${svc.name}`, object: ing, fromAnywhere: true });
    }
  }
  for (const v of views) {
    if (v.spec.hostNetwork === true) add(v, { how: 'hostNetwork (listens on the node\'s addresses)', object: v.owner, fromAnywhere: true });
    for (const c of v.containers) for (const p of c.container.ports ?? []) if (isRecord(p) && typeof p.hostPort === 'number' && p.hostPort > 0) add(v, { how: `hostPort ${p.hostPort}`, object: v.owner, fromAnywhere: true });
  }
  return out;
}
