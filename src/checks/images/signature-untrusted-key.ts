import { defineCheck } from '../check.js';
import { reportSignatureState, SIGNATURE_OPTIONS, signaturesApply } from './signature-common.js';

export default defineCheck({
  meta: {
    id: 'images.signature-untrusted-key',
    title: 'Image is signed by a key that is not trusted',
    severity: 'high',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'The image has a signature for its digest, but none of the trusted keys (`--trusted-key`) verifies it. ' +
      'Anyone can sign anything with a key of their own: a signature is evidence only when it comes from a key you trust, so this image is as good as unsigned. ' +
      'It may be signed by another team\'s key that should be added, by an old key after a rotation, or by an attacker. ' +
      'A cosign simple-signing signature does not say which key made it, so when the key is ECDSA or Ed25519 "another key" cannot be told from "the payload was altered after signing"; ' +
      'an RSA signature and a Sigstore bundle that names its key can be told apart, and an altered one is reported by `images.signature-invalid` instead. ' +
      'Keyless (Fulcio certificate) signatures land here too: they need Sigstore\'s online trust root.',
    remediation:
      'If the signer is legitimate, add its public key (`--trusted-key other-team.pub`); otherwise re-sign from your pipeline with a trusted key:\n\n' +
      '```sh\ncosign sign --key cosign.key registry.example.com/shop/api@sha256:<digest>\n```',
    references: {
      cis: ['policies.image-provenance'],
      nsa: ['pod-security.secure-images'],
      mitre: ['T1195.002', 'T1525'],
      microsoft: ['MS-TA9002'],
      kcsa: ['platform-security'],
      docs: ['https://docs.sigstore.dev/cosign/verifying/verify/'],
    },
    options: SIGNATURE_OPTIONS,
  },
  applies: signaturesApply,
  run(ctx) {
    reportSignatureState(ctx, 'untrusted', ctx.options.images, (e) => `is signed, but not by a trusted key: ${[...new Set(e.verdicts.map((v) => v.reason))].join('; ')}`);
  },
});
