import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { effectiveTag } from '../../analysis/images/container.js';
import { imageUsage, workloadName } from '../../analysis/images/usage.js';
import type { ImageReference } from '../../analysis/images/reference.js';

/** What a use runs: the digest when pinned (the tag is then only a label), else the tag it pulls. */
function versionKey(ref: ImageReference): string {
  return ref.digest ?? `:${effectiveTag(ref)}`;
}

function describeVersion(ref: ImageReference): string {
  if (ref.digest === undefined) return `:${effectiveTag(ref)}`;
  const short = ref.digest.slice(0, ref.digest.indexOf(':') + 13);
  return ref.tag !== undefined ? `:${ref.tag}@${short}…` : `@${short}…`;
}

const MAX_LISTED = 3;

export default defineCheck({
  meta: {
    id: 'images.version-drift',
    title: 'Same image repository at different versions across workloads',
    severity: 'low',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'When workloads run one repository at different digests or tags, a fix or a security patch reached some of them and not the others: ' +
      'the sidecar that was updated in one namespace but not in ten others, the API that still runs last month\'s build next to the current one. ' +
      'Vulnerability scans, signatures and reviews that cover "the" image cover only one of its versions. ' +
      'A version is the digest when the image is pinned (two tags of one digest are one version) and the tag otherwise. ' +
      'The check compares workloads, not containers of one workload, and reports the workloads that run something other than the version most workloads run; ' +
      'when no version is in the majority, every workload of the repository is reported. ' +
      'Different versions across environments (staging ahead of production) can be deliberate: accept those with an exception.',
    remediation:
      'Roll the current version out everywhere, pinned by the same digest, or let one source (a Helm value, a Kustomize image override, Renovate) set it for every workload:\n\n' +
      '```yaml\n# kustomization.yaml\nimages:\n- name: registry.example.com/shop/api\n  digest: sha256:<digest>\n```',
    references: {
      nsa: ['Pod security: building secure container images'],
      mitre: ['T1525'],
      kcsa: ['platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
    },
  },
  run(ctx) {
    for (const [repository, uses] of imageUsage(ctx.inventory).byRepository) {
      if (uses.length < 2) continue;
      // version -> workloads (by owner) that run it
      const byVersion = new Map<string, { ref: ImageReference; workloads: Set<string> }>();
      const workloads = new Set<string>();
      for (const use of uses) {
        const key = versionKey(use.reference);
        let entry = byVersion.get(key);
        if (!entry) byVersion.set(key, (entry = { ref: use.reference, workloads: new Set() }));
        const name = workloadName(use);
        entry.workloads.add(name);
        workloads.add(name);
      }
      if (byVersion.size < 2 || workloads.size < 2) continue;
      const ranked = [...byVersion.entries()].sort(([ka, a], [kb, b]) => b.workloads.size - a.workloads.size || (ka < kb ? -1 : 1));
      const majority = ranked[0][1].workloads.size > ranked[1][1].workloads.size ? ranked[0][0] : undefined;
      for (const use of uses) {
        const key = versionKey(use.reference);
        if (key === majority) continue;
        const self = workloadName(use);
        const others = ranked.filter(([k]) => k !== key);
        const listed = others
          .slice(0, MAX_LISTED)
          .map(([, v]) => {
            const names = [...v.workloads].filter((w) => w !== self);
            return `${describeVersion(v.ref)} in ${names.length === 1 ? names[0] : `${names.length} workloads`}`;
          })
          .join(', ');
        const more = others.length > MAX_LISTED ? ` and ${others.length - MAX_LISTED} more version(s)` : '';
        ctx.report({
          object: use.pod.owner,
          pointer: use.pointer,
          key: containerKey(use.container, '/image'),
          message: `${describeContainer(use.container)} runs ${repository} at ${describeVersion(use.reference)}, while ${listed}${more}`,
          evidence: {
            container: use.container.name,
            image: use.image,
            repository,
            version: describeVersion(use.reference),
            versionCount: ranked.length,
            versions: ranked.slice(0, 10).map(([, v]) => ({ version: describeVersion(v.ref), workloads: v.workloads.size })),
            majority: majority === undefined ? null : describeVersion(byVersion.get(majority)!.ref),
          },
        });
      }
    }
  },
});
