import type { ScanConfig } from '../config.js';
import type { Inventory } from '../inventory/inventory.js';
import type { PodSpecView } from '../inventory/pod-spec.js';
import { isRecord } from '../k8s/types.js';

function marked(meta: { labels?: Readonly<Record<string, string>>; annotations?: Readonly<Record<string, string>> } | undefined, config: ScanConfig): boolean {
  const { key, value } = config.sensitivity;
  return meta?.labels?.[key] === value || meta?.annotations?.[key] === value;
}

const SECRETS_USED = new WeakMap<PodSpecView, ReadonlySet<string>>();

/** Names of the Secrets a pod template uses: volumes, projected volumes, env and envFrom (once per template: several network checks ask). */
export function secretsUsed(view: PodSpecView): ReadonlySet<string> {
  let names = SECRETS_USED.get(view);
  if (!names) SECRETS_USED.set(view, (names = collectSecretsUsed(view)));
  return names;
}

function collectSecretsUsed(view: PodSpecView): Set<string> {
  const names = new Set<string>();
  for (const v of view.spec.volumes ?? []) {
    if (v.secret?.secretName) names.add(v.secret.secretName);
    for (const source of v.projected?.sources ?? []) {
      const secret = source.secret;
      if (isRecord(secret) && typeof secret.name === 'string') names.add(secret.name);
    }
  }
  for (const { container } of view.containers) {
    for (const e of container.env ?? []) if (e.valueFrom?.secretKeyRef?.name) names.add(e.valueFrom.secretKeyRef.name);
    for (const e of container.envFrom ?? []) if (e.secretRef?.name) names.add(e.secretRef.name);
  }
  return names;
}

/**
 * A workload is sensitive when it, or its pod template, carries the configured label or annotation
 * (default `rampart.dev/sensitivity: high`), or when it uses a Secret that carries it.
 */
export function sensitivityReason(view: PodSpecView, inventory: Inventory, config: ScanConfig): string | undefined {
  let byView = REASONS.get(config);
  if (!byView) REASONS.set(config, (byView = new WeakMap()));
  let known = byView.get(view);
  if (!known) {
    const { kinds, value } = inventory.recordReads(() => findSensitivityReason(view, inventory, config));
    byView.set(view, (known = { reason: value, readSecrets: kinds.has('Secret') }));
  } else if (known.readSecrets) inventory.ofKind('Secret'); // a remembered answer still read Secrets (coverage gaps name the checks that do)
  return known.reason;
}

/** Answers per configuration and pod template (a template belongs to one inventory). */
const REASONS = new WeakMap<ScanConfig, WeakMap<PodSpecView, { readonly reason: string | undefined; readonly readSecrets: boolean }>>();

function findSensitivityReason(view: PodSpecView, inventory: Inventory, config: ScanConfig): string | undefined {
  const { key, value } = config.sensitivity;
  if (marked(view.owner.object.metadata, config) || marked(view.metadata, config)) return `it is marked ${key}=${value}`;
  for (const name of [...secretsUsed(view)].sort()) {
    const secret = inventory.get('Secret', view.namespace, name);
    if (secret && marked(secret.object.metadata, config)) return `it uses Secret "${name}", which is marked ${key}=${value}`;
  }
  return undefined;
}

/** Nodes marked sensitive with the same label, for placing sensitive workloads. */
export function isSensitiveNode(node: { metadata: { labels?: Readonly<Record<string, string>>; annotations?: Readonly<Record<string, string>> } }, config: ScanConfig): boolean {
  return marked(node.metadata, config);
}
