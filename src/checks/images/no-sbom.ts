import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { imageEvidence } from '../../analysis/images/supply-chain.js';

export default defineCheck({
  meta: {
    id: 'images.no-sbom',
    title: 'No SBOM describes the image: its vulnerabilities are not known',
    severity: 'low',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'Vulnerabilities are matched through SBOMs. An image that no SBOM describes (`--sbom`) is not clean: nobody knows. ' +
      'An SBOM is tied to a workload by the digest it describes, or, for images not pinned by digest, by repository and tag; ' +
      'an SBOM of another digest under the same tag describes different content and does not count. ' +
      'Reporting the gap keeps an empty vulnerability report from reading as a clean one.',
    remediation:
      'Generate an SBOM for the image digest in the pipeline (or from the registry) and add it to the SBOM directory:\n\n' +
      '```sh\nsyft registry.example.com/shop/api@sha256:<digest> -o cyclonedx-json > sboms/api.cdx.json\n' +
      'trivy image --format spdx-json -o sboms/api.spdx.json registry.example.com/shop/api@sha256:<digest>\n```',
    references: {
      nsa: ['upgrading.application-security'],
      mitre: ['T1195.002'],
      kcsa: ['platform-security'],
      docs: ['https://cyclonedx.org/', 'https://spdx.dev/'],
    },
  },
  applies: (inventory, { supplyChain }) => supplyChain?.vulnerabilities !== undefined && inventory.podSpecs().length > 0,
  run(ctx) {
    const evidence = ctx.supplyChain;
    if (!evidence?.vulnerabilities) return;
    for (const e of imageEvidence(ctx.inventory, evidence)) {
      if (e.sboms.length > 0) continue;
      const ref = e.use.reference;
      // SBOMs of the same repository at other digests: often the platform manifest's SBOM beside a
      // workload pinned to the multi-platform index (or the reverse); they describe other bytes
      const others = ref.digest === undefined ? [] : [...new Set(evidence.vulnerabilities.sboms.filter((s) => s.sbom.image.names.includes(ref.name)).flatMap((s) => s.sbom.image.digests))].sort();
      const hint =
        others.length > 0
          ? `; SBOMs of ${ref.name} name other digests (${others.map((d) => `${d.slice(0, 19)}…`).join(', ')}): an SBOM describes the exact manifest it names, so a platform image's SBOM does not describe the multi-platform index a workload pins, nor the reverse`
          : '';
      ctx.report({
        object: e.use.pod.owner,
        pointer: e.use.pointer,
        key: containerKey(e.use.container, '/image'),
        message: `${describeContainer(e.use.container)} image "${e.use.image}" is described by no SBOM (${ref.digest !== undefined ? `none names ${ref.digest}` : `none names ${ref.name} with tag ${ref.tag ?? 'latest'}`}): its known vulnerabilities were not checked${hint}`,
        evidence: { container: e.use.container.name, image: e.use.image, repository: ref.name, digest: ref.digest ?? null, tag: ref.tag ?? null, ...(others.length > 0 && { sbomDigestsOfRepository: others }) },
      });
    }
  },
});
