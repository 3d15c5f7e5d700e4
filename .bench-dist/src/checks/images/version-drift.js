import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { effectiveTag } from '../../analysis/images/container.js';
import { imageUsage, workloadName } from '../../analysis/images/usage.js';
/** What a use runs: the digest when pinned (the tag is then only a label), else the tag it pulls. */
function versionKey(ref) {
    return ref.digest ?? `:${effectiveTag(ref)}`;
}
function describeVersion(ref) {
    if (ref.digest === undefined)
        return `:${effectiveTag(ref)}`;
    const short = ref.digest.slice(0, ref.digest.indexOf(':') + 13);
    return ref.tag !== undefined ? `:${ref.tag}@${short}…` : `@${short}…`;
}
const MAX_LISTED = 4;
export default defineCheck({
    meta: {
        id: 'images.version-drift',
        title: 'Same image repository at different versions across workloads',
        severity: 'low',
        category: 'images',
        area: 'supply-chain',
        rationale: 'When workloads run one repository at different digests or tags, a fix or a security patch reached some of them and not the others: ' +
            'the sidecar that was updated in one namespace but not in ten others, the API that still runs last month\'s build next to the current one. ' +
            'Vulnerability scans, signatures and reviews that cover "the" image cover only one of its versions. ' +
            'A version is the digest when the image is pinned (two tags of one digest are one version) and the tag otherwise. ' +
            'The check compares workloads, not containers of one workload. It reports each drifting repository once, with every version and how many workloads run it, ' +
            'on the first workload that runs something other than the version most workloads run (`rampart images` lists every workload of every version). ' +
            'Different versions across environments (staging ahead of production) can be deliberate: accept those with an exception.',
        remediation: 'Roll the current version out everywhere, pinned by the same digest, or let one source (a Helm value, a Kustomize image override, Renovate) set it for every workload:\n\n' +
            '```yaml\n# kustomization.yaml\nimages:\n- name: registry.example.com/shop/api\n  digest: sha256:<digest>\n```',
        references: {
            nsa: ['pod-security.secure-images'],
            mitre: ['T1525'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const [repository, uses] of imageUsage(ctx.inventory).byRepository) {
            if (uses.length < 2)
                continue;
            // version -> the workloads that run it
            const byVersion = new Map();
            const workloads = new Set();
            for (const use of uses) {
                const key = versionKey(use.reference);
                const name = workloadName(use);
                let entry = byVersion.get(key);
                if (!entry)
                    byVersion.set(key, (entry = { ref: use.reference, workloads: new Set(), first: use }));
                entry.workloads.add(name);
                workloads.add(name);
            }
            if (byVersion.size < 2 || workloads.size < 2)
                continue;
            const ranked = [...byVersion.entries()].sort(([ka, a], [kb, b]) => b.workloads.size - a.workloads.size || (ka < kb ? -1 : 1));
            const majority = ranked[0][1].workloads.size > ranked[1][1].workloads.size ? ranked[0][0] : undefined;
            // One finding per repository, on the first workload (in input order) that runs a version
            // other than the majority's: one root cause, one finding, however many workloads it spans.
            const anchor = uses.find((u) => versionKey(u.reference) !== majority);
            const summary = ranked
                .slice(0, MAX_LISTED)
                .map(([, v]) => `${describeVersion(v.ref)} in ${v.workloads.size === 1 ? [...v.workloads][0] : `${v.workloads.size} workloads`}`)
                .join(', ');
            const more = ranked.length > MAX_LISTED ? ` and ${ranked.length - MAX_LISTED} more version(s)` : '';
            ctx.report({
                object: anchor.pod.owner,
                pointer: anchor.pointer,
                key: repository,
                message: `${repository} runs at ${ranked.length} versions across ${workloads.size} workloads: ${summary}${more}` +
                    (majority === undefined ? '; no version is in the majority' : `; ${describeContainer(anchor.container)} here runs ${describeVersion(anchor.reference)}`),
                evidence: {
                    repository,
                    container: anchor.container.name,
                    version: describeVersion(anchor.reference),
                    majority: majority === undefined ? null : describeVersion(byVersion.get(majority).ref),
                    versionCount: ranked.length,
                    workloadCount: workloads.size,
                    versions: ranked.slice(0, 10).map(([, v]) => ({ version: describeVersion(v.ref), workloads: [...v.workloads].slice(0, 5), workloadCount: v.workloads.size })),
                },
            });
        }
    },
});
//# sourceMappingURL=version-drift.js.map