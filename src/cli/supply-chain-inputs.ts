import type { Command } from 'commander';
import { UsageError } from '../inventory/diagnostics.js';
import type { SupplyChainEvidence } from '../analysis/images/evidence.js';

/**
 * The offline supply-chain inputs, defined once for every command that reports on images
 * (`scan`, `images`): trusted keys and signature material, SBOMs, and OSV vulnerability data.
 * Nothing is loaded (or imported) unless one of them is given.
 */
export interface SupplyChainOptions {
  readonly trustedKey?: readonly string[];
  readonly signatures?: string;
  readonly sbom?: string;
  readonly osv?: string;
  readonly osvMaxAge?: string;
  readonly rebuildOsvIndex?: boolean;
}

/** Repeatable, without splitting on commas: key paths are paths. */
const repeat = (value: string, previous: string[]): string[] => [...previous, value];

export function addSupplyChainOptions(command: Command): Command {
  return command
    .option('--trusted-key <file>', 'PEM public key (cosign.pub: ECDSA P-256, RSA or Ed25519) whose image signatures are trusted; repeatable. Signatures are then required', repeat, [])
    .option('--signatures <dir>', 'signature material: sha256-<hex>.payload.json + .sig (cosign simple signing) or sha256-<hex>.sigstore.json (Sigstore bundle)')
    .option('--sbom <dir>', 'CycloneDX or SPDX JSON SBOMs of images (searched recursively), matched to workloads by digest, or by repository and tag')
    .option('--osv <dir>', 'OSV vulnerability records, one JSON file each (osv.dev exports, unpacked); the index is cached')
    .option('--osv-max-age <days>', 'vulnerability data older than this many days is reported as stale', '7')
    .option('--rebuild-osv-index', 'rebuild the cached OSV index even if the directory looks unchanged');
}

export function hasSupplyChainOptions(opts: SupplyChainOptions): boolean {
  return (opts.trustedKey?.length ?? 0) > 0 || opts.signatures !== undefined || opts.sbom !== undefined || opts.osv !== undefined;
}

/** Loads the supply-chain evidence, or undefined when no supply-chain option was given. */
export async function loadSupplyChain(opts: SupplyChainOptions, env: NodeJS.ProcessEnv): Promise<SupplyChainEvidence | undefined> {
  if (!hasSupplyChainOptions(opts)) return undefined;
  const maxAge = Number(opts.osvMaxAge ?? '7');
  if (!Number.isInteger(maxAge) || maxAge < 0) throw new UsageError(`--osv-max-age: expected a whole number of days, got "${opts.osvMaxAge}"`);
  const { loadSupplyChainEvidence } = await import('../analysis/images/load-evidence.js');
  const { defaultCacheDir } = await import('../analysis/images/vulnerabilities/osv-index.js');
  return loadSupplyChainEvidence({
    trustedKeys: opts.trustedKey ?? [],
    ...(opts.signatures !== undefined && { signaturesDir: opts.signatures }),
    ...(opts.sbom !== undefined && { sbomDir: opts.sbom }),
    ...(opts.osv !== undefined && { osvDir: opts.osv }),
    osvMaxAgeDays: maxAge,
    rebuildOsvIndex: opts.rebuildOsvIndex === true,
    cacheDir: defaultCacheDir(env),
  });
}
