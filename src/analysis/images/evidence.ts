// What the offline supply-chain inputs (--trusted-key, --signatures, --sbom, --osv) say, as the
// image checks and `rampart images` read it. This module is light on purpose: the checks import
// it, and a scan without supply-chain inputs must cost nothing. The loaders (verification,
// SBOM parsing, the OSV index) are in load-evidence.ts and are imported only when inputs are given.
import type { Diagnostic } from '../../inventory/diagnostics.js';
import type { ImageReference } from './reference.js';
import type { SignatureVerdict } from './signatures/verify.js';
import type { SbomMatch } from './vulnerabilities/match.js';
import type { Sbom } from './vulnerabilities/sbom.js';

export interface SupplyChainEvidence {
  /** Present when trusted keys were given: signatures are then required and verified. */
  readonly signatures?: SignatureEvidence;
  /** Present when SBOMs were given. */
  readonly vulnerabilities?: VulnerabilityEvidence;
  /** Problems with the inputs (malformed SBOMs, stale data...), reported with the scan's. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface SignatureEvidence {
  readonly keys: readonly { readonly name: string; readonly file: string; readonly type: string; readonly fingerprint: string }[];
  /** The signatures directory, when one was given. */
  readonly dir?: string;
  readonly byDigest: ReadonlyMap<string, readonly SignatureVerdict[]>;
}

export interface SbomEvidence {
  readonly sbom: Sbom;
  /** Undefined when no vulnerability data was given. */
  readonly match?: SbomMatch;
}

export interface OsvDataInfo {
  readonly dir: string;
  readonly records: number;
  /** The newest `modified` of any record: the data is as of then. */
  readonly newestModified?: string;
  readonly ageDays?: number;
  readonly maxAgeDays: number;
  readonly stale: boolean;
  /** Whether the index came from the cache. */
  readonly fromCache: boolean;
}

export interface VulnerabilityEvidence {
  readonly sboms: readonly SbomEvidence[];
  readonly osv?: OsvDataInfo;
}

/** What supply-chain data a run used, and how old the vulnerability data is (`rampart images` and `scan` JSON: `data` / `supplyChain`). */
export interface SupplyChainData {
  readonly signatures: { readonly keys: readonly string[]; readonly dir: string | null } | null;
  readonly sboms: number | null;
  readonly osv: OsvDataInfo | null;
}

export function supplyChainData(evidence: SupplyChainEvidence | undefined): SupplyChainData {
  return {
    signatures: evidence?.signatures ? { keys: evidence.signatures.keys.map((k) => k.name), dir: evidence.signatures.dir ?? null } : null,
    sboms: evidence?.vulnerabilities ? evidence.vulnerabilities.sboms.length : null,
    osv: evidence?.vulnerabilities?.osv ?? null,
  };
}

/** The vulnerability data's age in words, for the tables of `images` and `scan`: never used without saying how old it is. */
export function describeOsvData(o: OsvDataInfo): { readonly text: string; readonly stale: boolean } {
  const age = `${o.records} records, newest modified ${o.newestModified?.slice(0, 10) ?? 'unknown'} (${o.ageDays ?? '?'} days old${o.fromCache ? ', cached index' : ''})`;
  return { text: o.stale ? `Vulnerability data: ${age}: STALE, older than ${o.maxAgeDays} days` : `Vulnerability data: ${age}`, stale: o.stale };
}

export type SignatureState = 'verified' | 'invalid' | 'untrusted' | 'unsigned' | 'not-pinned' | 'not-checked';

/** A digest's status from its verdicts: verified when any material verifies; else the worst there is. */
export function digestStatus(verdicts: readonly SignatureVerdict[] | undefined): 'verified' | 'invalid' | 'untrusted' | 'unsigned' {
  if (!verdicts || verdicts.length === 0) return 'unsigned';
  if (verdicts.some((v) => v.status === 'verified')) return 'verified';
  return verdicts.some((v) => v.status === 'invalid') ? 'invalid' : 'untrusted';
}

/** The signature status of one image reference. */
export function signatureState(reference: ImageReference, evidence: SupplyChainEvidence | undefined): { state: SignatureState; verdicts: readonly SignatureVerdict[] } {
  if (!evidence?.signatures) return { state: 'not-checked', verdicts: [] };
  if (reference.digest === undefined) return { state: 'not-pinned', verdicts: [] };
  const verdicts = evidence.signatures.byDigest.get(reference.digest) ?? [];
  return { state: digestStatus(verdicts), verdicts };
}

/** How an SBOM was tied to an image: by the digest it describes, or by repository and tag only. */
export type SbomMatchKind = 'digest' | 'tag';

/**
 * The SBOMs that describe an image: those naming its digest; else, when the image is not pinned or
 * no SBOM names a digest for it, those naming its repository and tag. An SBOM of another digest
 * of the same tag describes other content and is not used.
 */
export function sbomsFor(reference: ImageReference, evidence: SupplyChainEvidence | undefined): { sboms: readonly SbomEvidence[]; matchedBy?: SbomMatchKind } {
  const sboms = evidence?.vulnerabilities?.sboms;
  if (!sboms || sboms.length === 0) return { sboms: [] };
  if (reference.digest !== undefined) {
    const byDigest = sboms.filter((s) => s.sbom.image.digests.includes(reference.digest!));
    if (byDigest.length > 0) return { sboms: byDigest, matchedBy: 'digest' };
  }
  const tag = reference.tag ?? (reference.digest === undefined ? 'latest' : undefined);
  if (tag === undefined) return { sboms: [] };
  const byTag = sboms.filter(
    (s) => s.sbom.image.names.includes(reference.name) && s.sbom.image.tags.includes(tag) && (reference.digest === undefined || s.sbom.image.digests.length === 0),
  );
  return byTag.length > 0 ? { sboms: byTag, matchedBy: 'tag' } : { sboms: [] };
}
