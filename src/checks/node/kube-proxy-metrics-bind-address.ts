import jsyaml from 'js-yaml';
import { defineCheck } from '../check.js';
import { componentsOf } from '../../analysis/components/components.js';
import { isRecord } from '../../k8s/types.js';
import type { InventoryObject } from '../../inventory/object.js';

const DEFAULT = '127.0.0.1:10249';

/** The host part of `host:port`, `[v6]:port`, or a bare host. */
function hostOf(address: string): string {
  const v6 = /^\[([^\]]*)\]/.exec(address);
  if (v6) return v6[1];
  const colon = address.lastIndexOf(':');
  return colon > 0 && address.indexOf(':') === colon ? address.slice(0, colon) : address;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export default defineCheck({
  meta: {
    id: 'node.kube-proxy-metrics-bind-address',
    title: 'kube-proxy serves metrics on the network',
    severity: 'medium',
    category: 'node',
    area: 'node',
    rationale:
      'kube-proxy serves Prometheus metrics, and /debug/pprof profiling when profiling is on, without authentication on its ' +
      'metrics address. The default, 127.0.0.1:10249, keeps it on the node; 0.0.0.0 (common in guides for scraping) ' +
      'exposes the list of Services, endpoints and the node\'s proxy rules to anyone who reaches the node, pods included.',
    remediation: 'Remove `metricsBindAddress` (or set `metricsBindAddress: 127.0.0.1:10249` in the KubeProxyConfiguration, or `--metrics-bind-address=127.0.0.1:10249`); scrape through a local agent instead.',
    references: {
      cis: ['kube-proxy.metrics-bind-address'],
      nsa: ['network.worker-node-segmentation'],
      mitre: ['T1046', 'T1613'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/config-api/kube-proxy-config.v1alpha1/'],
    },
  },
  applies: (inventory) => componentsOf(inventory, 'kube-proxy').length > 0 || inventory.ofKind('KubeProxyConfiguration').length > 0 || inventory.get('ConfigMap', 'kube-system', 'kube-proxy') !== undefined,
  run(ctx) {
    const report = (object: InventoryObject, pointer: string, address: string, where: string): void => {
      const host = hostOf(address);
      if (isLoopback(host)) return;
      ctx.report({ object, pointer, message: `kube-proxy serves metrics on ${address} (${where}): reachable from the network`, evidence: { metricsBindAddress: address }, key: pointer });
    };
    for (const c of componentsOf(ctx.inventory, 'kube-proxy')) {
      const o = c.flags.last('metrics-bind-address');
      if (o) report(c.object, c.pointerOf(o.index), o.value, `--metrics-bind-address`);
    }
    for (const config of ctx.inventory.ofKind('KubeProxyConfiguration')) {
      const value = config.object.metricsBindAddress;
      report(config, '/metricsBindAddress', typeof value === 'string' && value !== '' ? value : DEFAULT, 'metricsBindAddress in the KubeProxyConfiguration');
    }
    const cm = ctx.inventory.get('ConfigMap', 'kube-system', 'kube-proxy');
    const text = cm && isRecord(cm.object.data) ? cm.object.data['config.conf'] : undefined;
    if (cm && typeof text === 'string') {
      let doc: unknown;
      try {
        doc = jsyaml.load(text);
      } catch {
        doc = undefined;
      }
      const value = isRecord(doc) ? doc.metricsBindAddress : undefined;
      report(cm, '/data/config.conf', typeof value === 'string' && value !== '' ? value : DEFAULT, 'metricsBindAddress in ConfigMap kube-system/kube-proxy, config.conf');
    }
  },
});
