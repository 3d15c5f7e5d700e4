import { defineCheck } from '../check.js';
import { reportSignatureState, SIGNATURE_OPTIONS, signaturesApply } from './signature-common.js';

export default defineCheck({
  meta: {
    id: 'images.signature-unverifiable',
    title: 'Image signature cannot be verified: not pinned by digest',
    severity: 'medium',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'Signatures sign digests, not tags. An image referenced by tag alone runs whatever the tag points to when the pod starts, which may not be what was signed, ' +
      'so no signature can vouch for it, and an admission controller that verifies signatures has to resolve the tag itself (and can be raced). ' +
      'This check runs when trusted keys are given (`--trusted-key`); `images.not-pinned-by-digest` reports the same images without the signature policy. ' +
      'The `images` option narrows the requirement (default: every image).',
    remediation:
      'Reference the signed digest (keep the tag for readers):\n\n' +
      '```yaml\ncontainers:\n- name: api\n  image: registry.example.com/shop/api:1.4.2@sha256:<signed digest>\n```',
    references: {
      cis: ['policies.image-provenance'],
      nsa: ['pod-security.secure-images'],
      mitre: ['T1525'],
      microsoft: ['MS-TA9002'],
      kcsa: ['platform-security'],
      docs: ['https://docs.sigstore.dev/cosign/signing/signing_with_containers/'],
    },
    options: SIGNATURE_OPTIONS,
  },
  applies: signaturesApply,
  run(ctx) {
    reportSignatureState(ctx, 'not-pinned', ctx.options.images, () => 'is not pinned by digest, so whether it is signed cannot be verified');
  },
});
