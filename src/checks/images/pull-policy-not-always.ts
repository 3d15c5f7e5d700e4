import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { containerImage, effectiveTag, pullPolicy, type PullPolicy } from '../../analysis/images/container.js';

/** Explicit policies that let a node start a container from its image cache. */
const CACHE_POLICIES: readonly PullPolicy[] = ['IfNotPresent', 'Never'];

export default defineCheck({
  meta: {
    id: 'images.pull-policy-not-always',
    title: 'Mutable image tag with a cache-first pull policy',
    severity: 'low',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'With `imagePullPolicy: IfNotPresent` or `Never` the kubelet starts the container from whatever image the node has cached under that tag. ' +
      'For a mutable tag this has two consequences. Nodes that pulled at different times run different code under the same name, ' +
      'and a tampered or stale image planted in a node\'s cache keeps being used. And the registry is never asked: ' +
      'any pod on that node that names the same image can run it without the image pull secret that protects it in the registry. ' +
      'Kubernetes defaults to `Always` for `:latest` or no tag and to `IfNotPresent` otherwise; this check reports only a policy set explicitly, ' +
      'since that is a decision someone made in the manifest. A digest-pinned image is not reported: its cached copy is verified to be the same content. ' +
      'Cluster-wide, the `AlwaysPullImages` admission plugin (CIS 1.2.11) forces `Always` for every pod.',
    remediation:
      'Pin the image by digest, or let the kubelet check with the registry each time the container starts (a cached layer is not downloaded again):\n\n' +
      '```yaml\ncontainers:\n- name: app\n  image: registry.example.com/team/app:1.4.2\n  imagePullPolicy: Always\n```',
    // No CIS id: 1.2.11 tests the API server's admission plugins (controlplane.apiserver-admission-always-pull-images),
    // not a pod's pull policy, which that plugin overrides when it is on.
    references: {
      nsa: ['pod-security.secure-images'],
      mitre: ['T1525'],
      microsoft: ['MS-TA9037'],
      kcsa: ['platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy', 'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages'],
    },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      for (const c of pod.containers) {
        const image = containerImage(c);
        if (image.state !== 'valid' || image.reference.digest !== undefined) continue;
        const policy = pullPolicy(c);
        if (!policy.explicit || !CACHE_POLICIES.includes(policy.value)) continue;
        ctx.report({
          object: pod.owner,
          pointer: policy.pointer,
          key: containerKey(c, '/imagePullPolicy'),
          message: `${describeContainer(c)} runs mutable image "${image.image}" with imagePullPolicy: ${policy.value}`,
          evidence: { container: c.name, image: image.image, tag: effectiveTag(image.reference), imagePullPolicy: policy.value },
        });
      }
    }
  },
});
