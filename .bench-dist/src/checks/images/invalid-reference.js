import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { containerImage } from '../../analysis/images/container.js';
export default defineCheck({
    meta: {
        id: 'images.invalid-reference',
        title: 'Image reference is missing or invalid',
        severity: 'medium',
        category: 'images',
        area: 'supply-chain',
        rationale: 'The kubelet parses every image with the Docker reference grammar; a reference it cannot parse leaves the pod stuck in `InvalidImageName`, ' +
            'and a container without an image is rejected by the API server. This is its own check, not part of `images.latest-tag`, because the problem is different: ' +
            'nothing runs, and no other image check can say anything about an image that has no registry, tag or digest. ' +
            'It often means the scanned manifest is not what gets deployed (an unrendered template such as `{{ .Values.image }}`, a URL pasted as an image, ' +
            'an upper-case repository name), so the scan gives false assurance about what will run. ' +
            'It is rated medium rather than high: an unparsable image cannot be pulled, so by itself it runs no untrusted code.',
        remediation: 'Write the image as `[registry[:port]/]path[:tag][@sha256:digest]`, with a lower-case path, a tag of at most 128 characters and a full 64-hex-digit sha256 digest; ' +
            'render templates before scanning:\n\n```yaml\ncontainers:\n- name: app\n  image: registry.example.com:5000/team/app:1.4.2@sha256:<64 hex digits>\n```',
        references: {
            cis: ['policies.image-provenance'],
            nsa: ['pod-security.secure-images'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/containers/images/#image-names', 'https://pkg.go.dev/github.com/distribution/reference'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            for (const c of pod.containers) {
                const image = containerImage(c);
                if (image.state === 'valid')
                    continue;
                if (image.state === 'missing') {
                    ctx.report({
                        object: pod.owner,
                        pointer: image.pointer,
                        key: containerKey(c, '/image'),
                        message: `${describeContainer(c)} has no image`,
                        evidence: { container: c.name, image: c.container.image ?? null },
                    });
                    continue;
                }
                const { error } = image;
                ctx.report({
                    object: pod.owner,
                    pointer: image.pointer,
                    key: containerKey(c, '/image'),
                    message: `${describeContainer(c)} has an invalid image reference "${image.image}": ${error.message}${error.hint ? ` (${error.hint})` : ''}`,
                    evidence: { container: c.name, image: image.image, error: error.code, reason: error.message, ...(error.hint !== undefined && { hint: error.hint }) },
                });
            }
        }
    },
});
//# sourceMappingURL=invalid-reference.js.map