import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import { isRecord } from '../../k8s/types.js';

/** The providers of an EncryptionConfiguration entry (apiserver.config.k8s.io/v1). */
export const PROVIDERS = ['identity', 'aescbc', 'aesgcm', 'secretbox', 'kms'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface ResourceEncryption {
  /** Index of the `resources` entry that covers the resource (the first that names it wins). */
  readonly entry: number;
  /** The provider that encrypts new writes: the first one listed. */
  readonly provider: ProviderName | 'unknown';
  readonly providerConfig: Record<string, unknown>;
  readonly pointer: string;
}

export function encryptionConfigs(inventory: Inventory): InventoryObject[] {
  return inventory.ofKind('EncryptionConfiguration').filter((o) => o.ref.apiVersion.startsWith('apiserver.config.k8s.io/'));
}

/**
 * How a resource (`secrets`, or `deployments.apps`) is written to etcd: the first `resources` entry
 * that names it, exactly or through the `*.` (every core resource) and `*.*` (everything)
 * wildcards, decides, and its first provider encrypts new writes (the others only read). A
 * resource no entry names is written unencrypted.
 */
export function encryptionOf(config: unknown, resource: string): ResourceEncryption | undefined {
  const entries = isRecord(config) && Array.isArray(config.resources) ? config.resources : [];
  const [name, group = ''] = resource.split(/\.(.*)/s);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!isRecord(e) || !Array.isArray(e.resources)) continue;
    const names = e.resources.map(String);
    const hit = names.some((r) => r === resource || (group === '' && (r === `${name}.` || r === '*.')) || r === '*.*' || (group !== '' && r === `*.${group}`));
    if (!hit) continue;
    const providers = Array.isArray(e.providers) ? e.providers : [];
    const first = providers[0];
    const key = isRecord(first) ? Object.keys(first)[0] : undefined;
    const provider = key && (PROVIDERS as readonly string[]).includes(key) ? (key as ProviderName) : 'unknown';
    return { entry: i, provider, providerConfig: isRecord(first) && key && isRecord(first[key]) ? (first[key] as Record<string, unknown>) : {}, pointer: `/resources/${i}/providers/0` };
  }
  return undefined;
}
