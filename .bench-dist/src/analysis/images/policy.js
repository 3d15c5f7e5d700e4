import picomatch from 'picomatch';
import { imageUsage } from './usage.js';
/** Registries anyone can publish to and pull from over the internet (the image checks' default). */
export const PUBLIC_REGISTRIES = [
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
const matchers = new WeakMap();
/**
 * A list of registry patterns as one matcher that returns the first pattern an image matches. A
 * pattern without `/` is a glob on the registry host (`registry.example.com`, `*.azurecr.io`), one
 * with `/` a glob on the normalized repository (`docker.io/library/*`, `ghcr.io/acme/**`).
 * Compiled once per list.
 */
export function registryMatcher(patterns) {
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
export function productionReason(namespace, labels, byLabel, names) {
    for (const [key, values] of Object.entries(byLabel)) {
        const value = labels?.[key];
        if (typeof value === 'string' && values.includes(value.toLowerCase()))
            return `label ${key}=${value}`;
    }
    const glob = names.find((n) => picomatch(n, { dot: true })(namespace));
    return glob !== undefined ? `name matches "${glob}"` : undefined;
}
/**
 * The registry most containers pull from among those that are not public: the cluster's own
 * registry. Ties go to the alphabetically first host.
 */
function computeMainPrivateRegistry(inventory, publicRegistries) {
    const isPublic = registryMatcher(publicRegistries);
    let best;
    for (const [registry, count] of imageUsage(inventory).registryCounts) {
        // a registry is public when its host matches (patterns with a path cannot tell)
        if (registry === '' || isPublic({ registry, name: `${registry}/` }))
            continue;
        if (!best || count > best[1] || (count === best[1] && registry < best[0]))
            best = [registry, count];
    }
    return best?.[0];
}
export function mainPrivateRegistry(inventory, publicRegistries) {
    return inventory.analysis(computeMainPrivateRegistry, publicRegistries);
}
//# sourceMappingURL=policy.js.map