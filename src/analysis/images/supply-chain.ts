import type { Inventory } from '../../inventory/inventory.js';
import { signatureState, sbomsFor, type SbomEvidence, type SbomMatchKind, type SignatureState, type SupplyChainEvidence } from './evidence.js';
import type { SignatureVerdict } from './signatures/verify.js';
import { imageUsage, type ImageUse } from './usage.js';
import type { Vulnerability } from './vulnerabilities/match.js';

/** One container's image with what the supply-chain inputs say about it. */
export interface ImageEvidence {
  readonly use: ImageUse;
  readonly signature: SignatureState;
  readonly verdicts: readonly SignatureVerdict[];
  /** SBOMs describing the image, and how they were tied to it. */
  readonly sboms: readonly SbomEvidence[];
  readonly sbomMatchedBy?: SbomMatchKind;
  /** Known vulnerabilities from every matching SBOM, without duplicates (undefined without OSV data or SBOM). */
  readonly vulnerabilities?: readonly Vulnerability[];
}

function compute(inventory: Inventory, evidence: SupplyChainEvidence): readonly ImageEvidence[] {
  // images repeat across workloads: join each distinct reference once
  const byReference = new Map<string, Omit<ImageEvidence, 'use'>>();
  return imageUsage(inventory).uses.map((use) => {
    let joined = byReference.get(use.reference.normalized);
    if (!joined) {
      const { state, verdicts } = signatureState(use.reference, evidence);
      const { sboms, matchedBy } = sbomsFor(use.reference, evidence);
      const matched = sboms.filter((s) => s.match);
      let vulnerabilities: Vulnerability[] | undefined;
      if (matched.length > 0) {
        const seen = new Set<string>();
        vulnerabilities = [];
        for (const s of matched) {
          for (const v of s.match!.vulnerabilities) {
            const key = `${v.package.ecosystem}\0${v.package.name}\0${v.package.version}\0${v.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            vulnerabilities.push(v);
          }
        }
      }
      joined = { signature: state, verdicts, sboms, ...(matchedBy && { sbomMatchedBy: matchedBy }), ...(vulnerabilities && { vulnerabilities }) };
      byReference.set(use.reference.normalized, joined);
    }
    return { use, ...joined };
  });
}

/** Every container's image joined with the supply-chain evidence; memoized per inventory and evidence. */
export function imageEvidence(inventory: Inventory, evidence: SupplyChainEvidence): readonly ImageEvidence[] {
  return inventory.analysis(compute, evidence);
}
