import type { CheckContext } from '../check.js';
import { containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import type { SignatureState } from '../../analysis/images/evidence.js';
import { imageEvidence, type ImageEvidence } from '../../analysis/images/supply-chain.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { SupplyChainEvidence } from '../../analysis/images/evidence.js';
import { registryMatcher } from '../../analysis/images/policy.js';
import { option } from '../options.js';

/** The option every signature check has: which images must be signed. */
export const SIGNATURE_OPTIONS = {
  images: option.strings(
    ['**'],
    'Images that must be signed: globs on the registry host (`registry.example.com`) or, with a `/`, on the repository (`registry.example.com/shop/*`). Default: every image.',
  ),
};

/** Signature checks apply when trusted keys were given and something runs images. */
export function signaturesApply(inventory: Inventory, inputs: { readonly supplyChain?: SupplyChainEvidence }): boolean {
  return inputs.supplyChain?.signatures !== undefined && inventory.podSpecs().length > 0;
}

/** Reports every container whose image is in `state`, with the message `describe` writes. */
export function reportSignatureState(ctx: CheckContext, state: SignatureState, images: readonly string[], describe: (e: ImageEvidence) => string): void {
  const evidence = ctx.supplyChain;
  if (!evidence?.signatures) return;
  const keys = evidence.signatures.keys.map((k) => k.name);
  const required = registryMatcher(images);
  for (const e of imageEvidence(ctx.inventory, evidence)) {
    if (e.signature !== state || !required(e.use.reference)) continue;
    ctx.report({
      object: e.use.pod.owner,
      pointer: e.use.pointer,
      key: containerKey(e.use.container, '/image'),
      message: `${describeContainer(e.use.container)} image "${e.use.image}" ${describe(e)}`,
      evidence: {
        container: e.use.container.name,
        image: e.use.image,
        digest: e.use.reference.digest ?? null,
        signatureStatus: e.signature,
        trustedKeys: keys,
        signatures: e.verdicts.map((v) => ({ status: v.status, format: v.format, files: v.files, reason: v.reason, ...(v.key !== undefined && { key: v.key }) })),
      },
    });
  }
}
