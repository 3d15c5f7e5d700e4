import { defineCheck, containerKey } from '../check.js';
import { option } from '../options.js';
import { describeContainer } from '../../analysis/security-context.js';
import { containerImage } from '../../analysis/images/container.js';
/** Tags that name "whatever was pushed last" rather than a release. */
const FLOATING_TAGS = ['latest'];
export default defineCheck({
    meta: {
        id: 'images.latest-tag',
        title: 'Image uses the latest tag',
        severity: 'medium',
        category: 'images',
        area: 'supply-chain',
        rationale: 'An image with no tag and no digest is pulled as `:latest`, and `:latest` is whatever was pushed most recently. ' +
            'Two nodes can run different code under the same manifest, a rollback cannot return to the previous version, and anyone who can push to the repository ' +
            '(or compromise its build) changes what your cluster runs the next time a pod starts, without any change in Git. ' +
            'Reviews, vulnerability scans and admission policies all reason about a version that may no longer be the one deployed. ' +
            'A digest (`@sha256:…`) names the image content itself; the tag then becomes a comment.',
        remediation: 'Reference a specific version, ideally pinned by digest (the tag is then only for people reading the manifest):\n\n' +
            '```yaml\ncontainers:\n- name: app\n  image: nginx:1.27.2@sha256:<digest>   # crane digest nginx:1.27.2\n```',
        references: {
            cis: ['policies.image-provenance'],
            nsa: ['pod-security.secure-images'],
            mitre: ['T1525', 'T1195.002'],
            microsoft: ['MS-TA9002'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
        },
        options: {
            floatingTags: option.strings(FLOATING_TAGS, 'Tags that name "whatever was pushed last" rather than a release (add your own, such as main or stable).'),
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            for (const c of pod.containers) {
                const image = containerImage(c);
                if (image.state !== 'valid')
                    continue; // images.invalid-reference reports those
                const { reference } = image;
                // With a digest the runtime pulls by digest and ignores the tag.
                if (reference.digest !== undefined)
                    continue;
                const { tag } = reference;
                const implicit = tag === undefined;
                if (tag !== undefined && !ctx.options.floatingTags.includes(tag))
                    continue;
                ctx.report({
                    object: pod.owner,
                    pointer: image.pointer,
                    key: containerKey(c, '/image'),
                    message: implicit
                        ? `${describeContainer(c)} uses image "${image.image}" with no tag, which pulls :latest`
                        : `${describeContainer(c)} uses image "${image.image}" with the floating tag :${tag}`,
                    evidence: { container: c.name, image: image.image, tag: tag ?? 'latest', implicitTag: implicit },
                });
            }
        }
    },
});
//# sourceMappingURL=latest-tag.js.map