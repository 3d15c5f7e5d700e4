import picomatch from 'picomatch';
import type { Inventory } from '../../inventory/inventory.js';
import type { ImageReference } from './reference.js';
import { imageUsage } from './usage.js';

/** Registries anyone can publish to and pull from over the internet (the image checks' default). */
export const PUBLIC_REGISTRIES: readonly string[] = [
  'docker.io',
  'ghcr.io',
  'quay.io',
  'gcr.io',
  '*.gcr.io',
  'registry.k8s.io',
  'k8s.gcr.io',
  'public.ecr.aws',
  'mcr.microsoft.com',
  'registry.gitlab.com',
  'docker.elastic.co',
  'nvcr.io',
  'cgr.dev',
  'registry.access.redhat.com',
];

export type RegistryMatcher = (ref: Pick<ImageReference, 'registry' | 'name'>) => string | undefined;

const matchers = new WeakMap<readonly string[], RegistryMatcher>();

/**
 * A list of registry patterns as one matcher that returns the first pattern an image matches. A
 * pattern without `/` is a glob on the registry host (`registry.example.com`, `*.azurecr.io`), one
 * with `/` a glob on the normalized repository (`docker.io/library/*`, `ghcr.io/acme/**`).
 * Compiled once per list.
 */
export function registryMatcher(patterns: readonly string[]): RegistryMatcher {
  let m = matchers.get(patterns);
  if (!m) {
    // host names are case-insensitive; repository paths are lower case by the reference grammar
    const compiled = patterns.map((pattern) => ({ pattern, onName: pattern.includes('/'), test: picomatch(pattern, { dot: true, nocase: !pattern.includes('/') }) }));
    m = (ref) => compiled.find((c) => c.test(c.onName ? ref.name : ref.registry))?.pattern;
    matchers.set(patterns, m);
  }
  return m;
}

/**
 * Why a namespace counts as production: one of its labels has one of the given values (any case),
 * or its name matches one of the globs; undefined when it does not.
 */
export function productionReason(namespace: string, labels: Readonly<Record<string, unknown>> | undefined, byLabel: Readonly<Record<string, readonly string[]>>, names: readonly string[]): string | undefined {
  for (const [key, values] of Object.entries(byLabel)) {
    const value = labels?.[key];
    if (typeof value === 'string' && values.includes(value.toLowerCase())) return `label ${key}=${value}`;
  }
  let globs = nameGlobs.get(names);
  if (!globs) nameGlobs.set(names, (globs = names.map((n) => ({ n, test: picomatch(n, { dot: true }) }))));
  const glob = globs.find((g) => g.test(namespace));
  return glob !== undefined ? `name matches "${glob.n}"` : undefined;
}

/** Name globs compiled once per list (a cluster has thousands of namespaces). */
const nameGlobs = new WeakMap<readonly string[], { n: string; test: (s: string) => boolean }[]>();

/**
 * The registry most containers pull from among those that are not public: the cluster's own
 * registry. Ties go to the alphabetically first host.
 */
function computeMainPrivateRegistry(inventory: Inventory, publicRegistries: readonly string[]): string | undefined {
  const isPublic = registryMatcher(publicRegistries);
  let best: [string, number] | undefined;
  for (const [registry, count] of imageUsage(inventory).registryCounts) {
    // a registry is public when its host matches (patterns with a path cannot tell)
    if (registry === '' || isPublic({ registry, name: `${registry}/` })) continue;
    if (!best || count > best[1] || (count === best[1] && registry < best[0])) best = [registry, count];
  }
  return best?.[0];
}

export function mainPrivateRegistry(inventory: Inventory, publicRegistries: readonly string[]): string | undefined {
  return inventory.analysis(computeMainPrivateRegistry, publicRegistries);
}
