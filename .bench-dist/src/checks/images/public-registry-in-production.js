import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { imageUsage } from '../../analysis/images/usage.js';
import { productionReason, PUBLIC_REGISTRIES, registryMatcher } from '../../analysis/images/policy.js';
import { option } from '../options.js';
export default defineCheck({
    meta: {
        id: 'images.public-registry-in-production',
        title: 'Production workload pulls from a public registry',
        severity: 'medium',
        category: 'images',
        area: 'supply-chain',
        rationale: 'A production pod that pulls from a public registry (Docker Hub, ghcr.io, quay.io...) depends at every start on a service you do not control: ' +
            'an outage or rate limit (Docker Hub limits anonymous pulls) stops rollouts and rescheduling, and a compromised or re-pointed upstream repository reaches production directly. ' +
            'Production images belong in a registry you operate, copied there after scanning and signing. ' +
            'A namespace is production when one of the `productionLabels` has one of its values (default `environment`, `env` or `app.kubernetes.io/environment` set to `production` or `prod`) ' +
            'or its name matches one of the `productionNames` globs (default `production`, `prod`, `*-prod`, `*-production`, `prod-*`). ' +
            'Images matching `allowedRegistries` are not reported: that is a decision someone made.',
        remediation: 'Copy the image into your registry (for example with `crane copy` or a pull-through cache) and reference the copy, pinned by digest:\n\n' +
            '```yaml\ncontainers:\n- name: app\n  image: registry.example.com/mirror/redis:7.2.4@sha256:<digest>\n```',
        references: {
            nsa: ['pod-security.secure-images'],
            mitre: ['T1195.002'],
            microsoft: ['MS-TA9002'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/containers/images/'],
        },
        options: {
            publicRegistries: option.strings(PUBLIC_REGISTRIES, 'Public registries: globs on the registry host, or with a `/` on the repository.'),
            allowedRegistries: option.strings([], 'Public registries or repositories (same globs) that production may pull from anyway.'),
            productionLabels: option.map({ environment: ['production', 'prod'], env: ['production', 'prod'], 'app.kubernetes.io/environment': ['production', 'prod'] }, 'Namespace labels that mark production, each with the values (lower case) that do.', { type: 'array', items: { type: 'string' } }),
            productionNames: option.strings(['production', 'prod', '*-prod', '*-production', 'prod-*'], 'Namespace name globs that mark production.'),
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        const isPublic = registryMatcher(ctx.options.publicRegistries);
        const allowed = registryMatcher(ctx.options.allowedRegistries);
        const production = new Map();
        const why = (namespace) => {
            if (!production.has(namespace)) {
                const declared = ctx.inventory.get('Namespace', undefined, namespace);
                production.set(namespace, productionReason(namespace, declared?.object.metadata.labels, ctx.options.productionLabels, ctx.options.productionNames));
            }
            return production.get(namespace);
        };
        for (const use of imageUsage(ctx.inventory).uses) {
            const reason = why(use.pod.namespace);
            if (reason === undefined)
                continue;
            if (isPublic(use.reference) === undefined || allowed(use.reference))
                continue;
            ctx.report({
                object: use.pod.owner,
                pointer: use.pointer,
                key: containerKey(use.container, '/image'),
                message: `${describeContainer(use.container)} in production namespace "${use.pod.namespace}" (${reason}) pulls "${use.image}" from public registry ${use.reference.registry}`,
                evidence: { container: use.container.name, image: use.image, registry: use.reference.registry, namespace: use.pod.namespace, production: reason },
            });
        }
    },
});
//# sourceMappingURL=public-registry-in-production.js.map