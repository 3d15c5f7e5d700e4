import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { imageUsage } from '../../analysis/images/usage.js';
import { mainPrivateRegistry, PUBLIC_REGISTRIES, registryMatcher } from '../../analysis/images/policy.js';
import { option } from '../options.js';
export default defineCheck({
    meta: {
        id: 'images.untrusted-registry',
        title: 'Image from a registry that is not trusted',
        severity: 'medium',
        category: 'images',
        area: 'supply-chain',
        rationale: 'Whoever controls a registry controls what your containers run: an image from an arbitrary registry has not passed your build pipeline, ' +
            'your vulnerability scanning or your signing, and a typo-squatted or hijacked repository serves malicious code under a familiar name. ' +
            'Admission policies (Kyverno, Gatekeeper, sigstore policy-controller) usually start with an allow-list of registries; this check reports what such a list would reject. ' +
            'The list is the `trustedRegistries` option: globs matched against the registry host (`registry.example.com`, `*.azurecr.io`) or, when the pattern holds a `/`, ' +
            'against the repository (`docker.io/library/*`, `ghcr.io/acme/**`). It is empty by default, because no default fits every cluster: ' +
            "Rampart then takes the cluster's most common private registry as its own and reports images from any other registry at info severity only, so the report shows where images come from without guessing at a policy.",
        remediation: 'Mirror the image into your own registry (after scanning and signing it) and reference the mirror; then list your registries as trusted and enforce the list at admission:\n\n' +
            '```yaml\ncontainers:\n- name: app\n  image: registry.example.com/mirror/nginx:1.27.2@sha256:<digest>\n```',
        references: {
            cis: ['policies.image-provenance'],
            nsa: ['pod-security.secure-images'],
            mitre: ['T1195.002', 'T1525'],
            microsoft: ['MS-TA9002'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/containers/images/', 'https://kyverno.io/policies/best-practices/restrict-image-registries/restrict-image-registries/'],
        },
        options: {
            trustedRegistries: option.strings([], 'Registries images may come from: globs on the registry host (`registry.example.com`, `*.azurecr.io`) or, with a `/`, on the repository (`docker.io/library/*`). ' +
                "Empty: images outside the cluster's most common private registry are reported as info only."),
            publicRegistries: option.strings(PUBLIC_REGISTRIES, "Registry hosts that are public, never taken for the cluster's own registry."),
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        const { trustedRegistries } = ctx.options;
        const trusted = registryMatcher(trustedRegistries);
        const trustedSet = trustedRegistries.length > 0;
        const own = trustedSet ? undefined : mainPrivateRegistry(ctx.inventory, ctx.options.publicRegistries);
        for (const use of imageUsage(ctx.inventory).uses) {
            const { reference } = use;
            const registry = reference.registry === '' ? '(none)' : reference.registry;
            if (trustedSet) {
                if (trusted(reference))
                    continue;
                ctx.report({
                    object: use.pod.owner,
                    pointer: use.pointer,
                    key: containerKey(use.container, '/image'),
                    message: `${describeContainer(use.container)} runs image "${use.image}" from registry ${registry}, which matches none of the trusted registries (${trustedRegistries.join(', ')})`,
                    evidence: { container: use.container.name, image: use.image, registry, repository: reference.name, trustedRegistries: [...trustedRegistries] },
                });
                continue;
            }
            if (reference.registry === own)
                continue;
            ctx.report({
                object: use.pod.owner,
                pointer: use.pointer,
                key: containerKey(use.container, '/image'),
                severity: 'info',
                message: own === undefined
                    ? `${describeContainer(use.container)} runs image "${use.image}" from registry ${registry}; no trusted registries are configured and the cluster uses no private registry`
                    : `${describeContainer(use.container)} runs image "${use.image}" from registry ${registry}, not from ${own}, the cluster's most common private registry (no trusted registries are configured)`,
                evidence: { container: use.container.name, image: use.image, registry, repository: reference.name, clusterRegistry: own ?? null, trustedRegistries: [] },
            });
        }
    },
});
//# sourceMappingURL=untrusted-registry.js.map