import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { containerImage } from '../../analysis/images/container.js';
export default defineCheck({
    meta: {
        id: 'images.not-pinned-by-digest',
        title: 'Image not pinned by digest',
        severity: 'low',
        category: 'images',
        area: 'supply-chain',
        rationale: 'A tag is a movable pointer: whoever can push to the repository can point `app:1.4.2` at different content, and the registry will serve it. ' +
            'A digest (`@sha256:…`) is the hash of the image manifest, so the runtime verifies that it received exactly the image that was reviewed, scanned and signed. ' +
            'Pinning also makes every node run the same bits and makes rollbacks exact. Tools such as Renovate or Dependabot keep digests current.',
        remediation: 'Append the digest of the image you tested; keep the tag for readers:\n\n' +
            '```yaml\ncontainers:\n- name: app\n  image: ghcr.io/example/app:1.4.2@sha256:<digest>   # crane digest ghcr.io/example/app:1.4.2\n```',
        references: {
            cis: ['policies.image-provenance'],
            nsa: ['pod-security.secure-images'],
            mitre: ['T1525', 'T1195.002'],
            microsoft: ['MS-TA9002'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            for (const c of pod.containers) {
                const image = containerImage(c);
                if (image.state !== 'valid' || image.reference.digest !== undefined)
                    continue;
                const { reference } = image;
                ctx.report({
                    object: pod.owner,
                    pointer: image.pointer,
                    key: containerKey(c, '/image'),
                    message: `${describeContainer(c)} image "${image.image}" is not pinned by digest`,
                    evidence: { container: c.name, image: image.image, registry: reference.registry, repository: reference.path, tag: reference.tag ?? 'latest' },
                });
            }
        }
    },
});
//# sourceMappingURL=not-pinned-by-digest.js.map