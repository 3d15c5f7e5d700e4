import picomatch from 'picomatch';
import type { ImagePolicy, ScanConfig } from '../../config.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { ImageReference } from './reference.js';
import { imageUsage } from './usage.js';

/**
 * A list of registry patterns as one matcher. A pattern without `/` is matched against the registry
 * host, one with `/` against the normalized repository name (`docker.io/library/nginx`).
 */
export function registryMatcher(patterns: readonly string[]): (ref: Pick<ImageReference, 'registry' | 'name'>) => string | undefined {
  // Host names are case-insensitive; repository paths are lower case by the reference grammar.
  const compiled = patterns.map((pattern) => ({ pattern, onName: pattern.includes('/'), test: picomatch(pattern, { dot: true, nocase: !pattern.includes('/') }) }));
  return (ref) => compiled.find((c) => c.test(c.onName ? ref.name : ref.registry))?.pattern;
}

/** The policy's matchers, compiled once per scan configuration. */
export interface CompiledImagePolicy {
  /** The trusted pattern an image matches, if any (always undefined when the list is unset). */
  readonly trusted: (ref: Pick<ImageReference, 'registry' | 'name'>) => string | undefined;
  readonly trustedSet: boolean;
  /** The public registry pattern an image matches, if any. */
  readonly public: (ref: Pick<ImageReference, 'registry' | 'name'>) => string | undefined;
  readonly productionNamespace: (namespace: string, labels: Readonly<Record<string, unknown>> | undefined) => string | undefined;
}

const compiled = new WeakMap<ImagePolicy, CompiledImagePolicy>();

export function compilePolicy(policy: ImagePolicy): CompiledImagePolicy {
  let c = compiled.get(policy);
  if (!c) {
    const names = policy.productionNamespaces.names.map((n) => ({ n, test: picomatch(n, { dot: true }) }));
    c = {
      trusted: registryMatcher(policy.trustedRegistries),
      trustedSet: policy.trustedRegistries.length > 0,
      public: registryMatcher(policy.publicRegistries),
      productionNamespace(namespace, labels) {
        for (const [key, values] of Object.entries(policy.productionNamespaces.labels)) {
          const value = labels?.[key];
          if (typeof value === 'string' && values.includes(value.toLowerCase())) return `label ${key}=${value}`;
        }
        const byName = names.find((x) => x.test(namespace));
        return byName ? `name matches "${byName.n}"` : undefined;
      },
    };
    compiled.set(policy, c);
  }
  return c;
}

/**
 * The registry most containers pull from, among those that are not public: the cluster's own
 * registry when no trusted list is configured. Ties go to the alphabetically first host.
 */
function computeMainPrivateRegistry(inventory: Inventory, config: ScanConfig): string | undefined {
  const policy = compilePolicy(config.images);
  let best: [string, number] | undefined;
  for (const [registry, count] of imageUsage(inventory).registryCounts) {
    // a registry counts as public when its host matches (patterns with a path cannot say)
    if (registry === '' || policy.public({ registry, name: `${registry}/` })) continue;
    if (!best || count > best[1] || (count === best[1] && registry < best[0])) best = [registry, count];
  }
  return best?.[0];
}

export function mainPrivateRegistry(inventory: Inventory, config: ScanConfig): string | undefined {
  return inventory.analysis(computeMainPrivateRegistry, config);
}
