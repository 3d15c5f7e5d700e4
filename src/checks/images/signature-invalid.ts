import { defineCheck } from '../check.js';
import { reportSignatureState, SIGNATURE_OPTIONS, signaturesApply } from './signature-common.js';

export default defineCheck({
  meta: {
    id: 'images.signature-invalid',
    title: 'Image is badly signed',
    severity: 'critical',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'The signature material for this image digest is there but does not hold: the payload names another digest (a genuine signature of another image copied next to this one), ' +
      'a trusted key is named but its signature does not verify over the content (the payload or statement was changed after signing), or the files are malformed. ' +
      'Unlike a missing signature, this is what tampering looks like: someone made an image appear signed. ' +
      'Verification follows cosign: the signed payload\'s `critical.image.docker-manifest-digest` (or the in-toto statement\'s subject) must be the workload\'s digest, ' +
      'and the signature must verify with a trusted key (ECDSA P-256 and RSA over SHA-256, Ed25519 over the bytes).',
    remediation:
      'Treat it as an incident until explained: find who wrote the signature material and the image, compare the digest with what your pipeline built, ' +
      'and re-sign from the pipeline only after the image is known good:\n\n' +
      '```sh\ncosign verify --key cosign.pub registry.example.com/shop/api@sha256:<digest>\n```',
    references: {
      cis: ['policies.image-provenance'],
      nsa: ['pod-security.secure-images'],
      mitre: ['T1195.002', 'T1525', 'T1036.005'],
      microsoft: ['MS-TA9002'],
      kcsa: ['platform-security'],
      docs: ['https://docs.sigstore.dev/cosign/verifying/verify/'],
    },
    options: SIGNATURE_OPTIONS,
  },
  applies: signaturesApply,
  run(ctx) {
    reportSignatureState(ctx, 'invalid', ctx.options.images, (e) => `is badly signed: ${e.verdicts.filter((v) => v.status === 'invalid').map((v) => `${v.reason} (${v.files.join(', ')})`).join('; ')}`);
  },
});
