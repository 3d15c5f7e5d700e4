import { defineCheck } from '../check.js';
import { reportSignatureState, SIGNATURE_OPTIONS, signaturesApply } from './signature-common.js';

export default defineCheck({
  meta: {
    id: 'images.unsigned',
    title: 'Image is not signed',
    severity: 'high',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'A signature ties an image digest to whoever holds the signing key: the CI system that built and scanned it. ' +
      'An unsigned image could have been pushed by anyone with write access to the registry, or built outside the pipeline, and nothing distinguishes it from a legitimate one. ' +
      'This check runs when trusted keys are given (`--trusted-key`): every digest-pinned image must then have a signature in the signatures directory (`--signatures`, ' +
      'cosign\'s `sha256-<hex>.payload.json` + `.sig` or a Sigstore bundle `sha256-<hex>.sigstore.json`) that one of those keys verifies. Verification is offline: no registry or transparency log is contacted. ' +
      'The `images` option narrows the requirement to your own registries or repositories (default: every image).',
    remediation:
      'Sign the image digest in the pipeline that builds it, and export the signature with the others:\n\n' +
      '```sh\ncosign sign --key cosign.key registry.example.com/shop/api@sha256:<digest>\n' +
      'cosign download signature registry.example.com/shop/api@sha256:<digest>   # or cosign save, for the signatures directory\n```\n\n' +
      'Then enforce signatures at admission (sigstore policy-controller, Kyverno verifyImages).',
    references: {
      cis: ['policies.image-provenance'],
      nsa: ['pod-security.secure-images'],
      mitre: ['T1195.002', 'T1525'],
      microsoft: ['MS-TA9002'],
      kcsa: ['platform-security'],
      docs: ['https://docs.sigstore.dev/cosign/verifying/verify/', 'https://kubernetes.io/docs/tasks/administer-cluster/verify-signed-artifacts/'],
    },
    options: SIGNATURE_OPTIONS,
  },
  applies: signaturesApply,
  run(ctx) {
    const dir = ctx.supplyChain?.signatures?.dir;
    reportSignatureState(ctx, 'unsigned', ctx.options.images, (e) =>
      dir === undefined ? `has no signature: no signatures directory was given (--signatures)` : `has no signature: nothing in ${dir} signs ${e.use.reference.digest}`,
    );
  },
});
