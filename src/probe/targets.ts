import { isIPv6 } from 'node:net';
import type { Inventory } from '../inventory/inventory.js';
import type { ResourceRef } from '../inventory/object.js';
import { isRecord } from '../k8s/types.js';
import { APISERVER_REQUESTS, DASHBOARDS, ETCD_REQUESTS, KUBELET_REQUESTS, METADATA_REQUESTS, READ_ONLY_REQUESTS, type ProbeRequest } from './probes.js';

/** One GET to make: where, what, and which resource an open door is reported on. */
export interface PlannedProbe {
  readonly url: string;
  readonly request: ProbeRequest;
  readonly resource: ResourceRef;
}

export type TargetGroup = 'apiserver' | 'nodes' | 'services';
export const TARGET_GROUPS: readonly TargetGroup[] = ['apiserver', 'nodes', 'services'];

export interface ProbePlanOptions {
  /** Which of the cluster's endpoints to probe (default: all three groups). */
  readonly groups?: readonly TargetGroup[];
  /** Extra hosts to probe as nodes (kubelet, read-only port, etcd). */
  readonly hosts?: readonly string[];
  /** Extra API server URLs. */
  readonly apiServers?: readonly string[];
  /** Probe the cloud metadata address too: meaningful only from inside a pod. */
  readonly fromPod?: boolean;
  readonly ports?: { readonly kubelet?: number; readonly readOnly?: number; readonly etcd?: number };
  /** `host[:port]` of the metadata service (169.254.169.254). */
  readonly metadataAddress?: string;
}

const HOST_KIND = 'rampart.dev/v1';

/**
 * Every GET a probe run makes, from the cluster's own description of itself: the API servers it
 * was read from, each Node's addresses (kubelet ports; etcd on control-plane nodes, or on every node
 * when none is labelled as one), Services that look like dashboards (at their load-balancer and
 * external addresses, and their cluster IP, reachable from inside the cluster).
 */
export function planProbes(inventory: Inventory | undefined, options: ProbePlanOptions = {}): PlannedProbe[] {
  const groups = new Set(options.groups ?? TARGET_GROUPS);
  const ports = { kubelet: 10250, readOnly: 10255, etcd: 2379, ...options.ports };
  const plan: PlannedProbe[] = [];
  const add = (base: string, requests: readonly ProbeRequest[], resource: ResourceRef): void => {
    for (const request of requests) plan.push({ url: base + request.path, request, resource });
  };

  if (groups.has('apiserver')) {
    const servers = new Set([...(inventory?.clusters.map((c) => c.server).filter(Boolean) ?? []), ...(options.apiServers ?? [])]);
    for (const server of servers) add(server.replace(/\/+$/, ''), APISERVER_REQUESTS, { apiVersion: HOST_KIND, kind: 'APIServer', name: server });
  }

  const nodeHosts: { host: string; resource: ResourceRef; controlPlane: boolean }[] = [];
  if (groups.has('nodes') && inventory) {
    for (const node of inventory.ofKind('Node')) {
      const labels = node.object.metadata.labels ?? {};
      const controlPlane = 'node-role.kubernetes.io/control-plane' in labels || 'node-role.kubernetes.io/master' in labels;
      for (const address of nodeAddresses(node.object)) nodeHosts.push({ host: address, resource: node.ref, controlPlane });
    }
  }
  for (const host of options.hosts ?? []) nodeHosts.push({ host, resource: { apiVersion: HOST_KIND, kind: 'Host', name: host }, controlPlane: true });
  const anyControlPlane = nodeHosts.some((n) => n.controlPlane);
  for (const n of nodeHosts) {
    const h = hostPart(n.host);
    add(`https://${h}:${ports.kubelet}`, KUBELET_REQUESTS, n.resource);
    add(`http://${h}:${ports.readOnly}`, READ_ONLY_REQUESTS, n.resource);
    if (n.controlPlane || !anyControlPlane) {
      add(`https://${h}:${ports.etcd}`, ETCD_REQUESTS, n.resource);
      add(`http://${h}:${ports.etcd}`, ETCD_REQUESTS, n.resource);
    }
  }

  if (groups.has('services') && inventory) {
    for (const service of inventory.ofKind('Service')) {
      const meta = service.object.metadata;
      const dashboard = DASHBOARDS.find((d) => d.matches({ name: meta.name, labels: meta.labels ?? {} }));
      if (!dashboard) continue;
      for (const address of serviceAddresses(service.object)) {
        for (const port of servicePorts(service.object)) {
          add(`${port.https ? 'https' : 'http'}://${hostPart(address)}:${port.port}`, [dashboard.request], service.ref);
        }
      }
    }
  }

  if (options.fromPod) {
    const address = options.metadataAddress ?? '169.254.169.254';
    add(`http://${address}`, METADATA_REQUESTS, { apiVersion: HOST_KIND, kind: 'Host', name: address });
  }
  // one request per URL, even when two Nodes report the same address
  const seen = new Set<string>();
  return plan.filter((p) => !seen.has(p.url) && (seen.add(p.url), true));
}

function hostPart(host: string): string {
  return isIPv6(host) ? `[${host}]` : host;
}

/** InternalIP first, then ExternalIP, then the hostname, as the API server picks (--kubelet-preferred-address-types). */
function nodeAddresses(node: Record<string, unknown>): string[] {
  const status = isRecord(node.status) ? node.status : {};
  const addresses = Array.isArray(status.addresses) ? status.addresses.filter(isRecord) : [];
  const order = ['InternalIP', 'ExternalIP', 'Hostname'];
  return [...new Set(addresses.filter((a) => typeof a.address === 'string' && order.includes(String(a.type))).sort((a, b) => order.indexOf(String(a.type)) - order.indexOf(String(b.type))).map((a) => String(a.address)))];
}

function serviceAddresses(service: Record<string, unknown>): string[] {
  const spec = isRecord(service.spec) ? service.spec : {};
  const status = isRecord(service.status) ? service.status : {};
  const lb = isRecord(status.loadBalancer) && Array.isArray(status.loadBalancer.ingress) ? status.loadBalancer.ingress.filter(isRecord) : [];
  const out: string[] = [];
  for (const i of lb) for (const a of [i.ip, i.hostname]) if (typeof a === 'string' && a) out.push(a);
  if (Array.isArray(spec.externalIPs)) for (const a of spec.externalIPs) if (typeof a === 'string') out.push(a);
  if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '' && spec.clusterIP !== 'None') out.push(spec.clusterIP);
  return [...new Set(out)];
}

function servicePorts(service: Record<string, unknown>): { port: number; https: boolean }[] {
  const spec = isRecord(service.spec) ? service.spec : {};
  const ports = Array.isArray(spec.ports) ? spec.ports.filter(isRecord) : [];
  return ports
    .filter((p) => typeof p.port === 'number' && (p.protocol === undefined || p.protocol === 'TCP'))
    .map((p) => ({ port: p.port as number, https: p.port === 443 || p.port === 8443 || /https|tls/i.test(String(p.name ?? '')) }));
}
