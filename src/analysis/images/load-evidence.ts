// Reads the offline supply-chain inputs into SupplyChainEvidence: trusted keys, the signatures
// directory (every piece verified once), SBOMs, and the OSV index with each SBOM matched against
// it. Everything is read from disk; nothing touches the network.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../inventory/diagnostics.js';
import { UsageError } from '../../inventory/diagnostics.js';
import type { SupplyChainEvidence, VulnerabilityEvidence } from './evidence.js';
import { KeyError, parseTrustedKeys, type TrustedKey } from './signatures/keys.js';
import { readSignatures } from './signatures/store.js';
import { matchSbom } from './vulnerabilities/match.js';
import { loadOsvIndex } from './vulnerabilities/osv-index.js';
import { parseSbom, SbomError, type Sbom } from './vulnerabilities/sbom.js';

export interface SupplyChainInputs {
  /** PEM public keys whose signatures are trusted (`--trusted-key`, repeatable). */
  readonly trustedKeys?: readonly string[];
  /** Signature material (`--signatures`). */
  readonly signaturesDir?: string;
  /** CycloneDX or SPDX JSON SBOMs, searched recursively (`--sbom`). */
  readonly sbomDir?: string;
  /** OSV records, one a file (`--osv`). */
  readonly osvDir?: string;
  /** Vulnerability data older than this is stale (default 7 days). */
  readonly osvMaxAgeDays?: number;
  /** The OSV index cache directory; null disables it (default: see `defaultCacheDir`). */
  readonly cacheDir?: string | null;
  readonly rebuildOsvIndex?: boolean;
  /** The time data ages are measured against (tests fix it). */
  readonly now?: Date;
}

export const DEFAULT_OSV_MAX_AGE_DAYS = 7;

/** True when any supply-chain input is given: only then is anything loaded. */
export function hasSupplyChainInputs(inputs: SupplyChainInputs): boolean {
  return (inputs.trustedKeys?.length ?? 0) > 0 || inputs.signaturesDir !== undefined || inputs.sbomDir !== undefined || inputs.osvDir !== undefined;
}

function directory(path: string, flag: string): string {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new UsageError(`${flag} ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (e as Error).message}`);
  }
  if (!isDir) throw new UsageError(`${flag} ${path}: not a directory`);
  return path;
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

export function loadSupplyChainEvidence(inputs: SupplyChainInputs): SupplyChainEvidence {
  const now = inputs.now ?? new Date();
  const diagnostics: Diagnostic[] = [];
  let signatures: SupplyChainEvidence['signatures'];
  if (inputs.signaturesDir !== undefined && !(inputs.trustedKeys?.length ?? 0)) {
    throw new UsageError('--signatures needs --trusted-key: a signature means something only against a key you trust');
  }
  if (inputs.trustedKeys?.length) {
    const keys: TrustedKey[] = [];
    for (const file of inputs.trustedKeys) {
      let pem: string;
      try {
        pem = readFileSync(file, 'utf8');
      } catch (e) {
        throw new UsageError(`--trusted-key ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      try {
        keys.push(...parseTrustedKeys(pem, file));
      } catch (e) {
        if (e instanceof KeyError) throw new UsageError(`--trusted-key ${e.message}`);
        throw e;
      }
    }
    const dir = inputs.signaturesDir !== undefined ? directory(inputs.signaturesDir, '--signatures') : undefined;
    const store = dir !== undefined ? readSignatures(dir, keys) : undefined;
    if (store && store.ignored.length > 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'incomplete-data',
        file: dir!,
        message: `${store.ignored.length} file(s) in the signatures directory follow no known naming (sha256-<hex>.payload.json, .sig, .sigstore.json) and were ignored: ${store.ignored.slice(0, 3).join(', ')}${store.ignored.length > 3 ? ', …' : ''}`,
      });
    }
    signatures = { keys: keys.map((k) => ({ name: k.name, file: k.file, type: k.type, fingerprint: k.fingerprint })), ...(dir !== undefined && { dir }), byDigest: store?.byDigest ?? new Map() };
  }
  let vulnerabilities: VulnerabilityEvidence | undefined;
  if (inputs.osvDir !== undefined && inputs.sbomDir === undefined) {
    diagnostics.push({ severity: 'warning', code: 'invalid-osv-data', file: inputs.osvDir, message: '--osv without --sbom: vulnerability data needs SBOMs to match against; nothing was matched' });
  }
  if (inputs.sbomDir !== undefined) {
    const sbomDir = directory(inputs.sbomDir, '--sbom');
    const sboms: Sbom[] = [];
    for (const file of jsonFiles(sbomDir)) {
      const shown = relative(process.cwd(), file) || file;
      try {
        const sbom = parseSbom(readFileSync(file, 'utf8'), shown);
        sboms.push(sbom);
        if (sbom.withoutRelease > 0) {
          diagnostics.push({
            severity: 'warning',
            code: 'incomplete-data',
            file: shown,
            message: `${sbom.withoutRelease} distribution package(s) do not say which release they belong to (no distro qualifier or operating-system component) and were not matched against vulnerability data`,
          });
        }
        const unmatchable = Object.entries(sbom.unmatchable).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        if (unmatchable.length > 0) {
          diagnostics.push({
            severity: 'warning',
            code: 'incomplete-data',
            file: shown,
            message: `${unmatchable.reduce((n, [, c]) => n + c, 0)} package(s) cannot be looked up in vulnerability data and were not checked: ${unmatchable.map(([k, c]) => `${k} (${c})`).join(', ')}`,
          });
        }
      } catch (e) {
        if (!(e instanceof SbomError) && !(e instanceof Error && 'code' in e)) throw e;
        diagnostics.push({ severity: 'error', code: 'invalid-sbom', file: shown, message: `not a usable SBOM: ${(e as Error).message}` });
      }
    }
    if (sboms.length === 0) diagnostics.push({ severity: 'warning', code: 'invalid-sbom', file: sbomDir, message: 'no CycloneDX or SPDX JSON SBOM found' });
    let osv: VulnerabilityEvidence['osv'];
    let index: ReturnType<typeof loadOsvIndex> | undefined;
    if (inputs.osvDir !== undefined) {
      index = loadOsvIndex(directory(inputs.osvDir, '--osv'), { cacheDir: inputs.cacheDir, rebuild: inputs.rebuildOsvIndex, now });
      const maxAgeDays = inputs.osvMaxAgeDays ?? DEFAULT_OSV_MAX_AGE_DAYS;
      const newest = index.newestModified !== undefined ? Date.parse(index.newestModified) : undefined;
      const ageDays = newest !== undefined ? Math.max(0, Math.floor((now.getTime() - newest) / 86_400_000)) : undefined;
      const stale = ageDays === undefined || ageDays > maxAgeDays;
      osv = { dir: inputs.osvDir, records: index.records, ...(index.newestModified !== undefined && { newestModified: index.newestModified }), ...(ageDays !== undefined && { ageDays }), maxAgeDays, stale, fromCache: index.fromCache };
      if (index.records === 0) diagnostics.push({ severity: 'error', code: 'invalid-osv-data', file: inputs.osvDir, message: 'no OSV records found (one JSON record a file, as osv.dev exports unpack)' });
      else if (stale) {
        diagnostics.push({
          severity: 'warning',
          code: 'stale-data',
          file: inputs.osvDir,
          message: `vulnerability data is ${ageDays} days old (newest record modified ${index.newestModified}), more than the ${maxAgeDays} days allowed: vulnerabilities published or fixed since are missing from this report; download a fresh export`,
        });
      }
      if (index.skipped > 0) {
        diagnostics.push({
          severity: 'warning',
          code: 'invalid-osv-data',
          file: inputs.osvDir,
          message: `${index.skipped} file(s) are not usable OSV records and were skipped, e.g. ${index.skippedExamples.map((s) => `${s.file} (${s.reason})`).join('; ')}`,
        });
      }
      if (index.zips.length > 0) {
        diagnostics.push({ severity: 'warning', code: 'invalid-osv-data', file: inputs.osvDir, message: `${index.zips.length} .zip file(s) were not read: unpack osv.dev exports (${index.zips.slice(0, 3).join(', ')})` });
      }
    }
    const matched = sboms.map((sbom) => ({ sbom, ...(index && { match: matchSbom(sbom, index, now) }) }));
    for (const { sbom, match } of matched) {
      if (!match || match.unevaluablePackages.length === 0) continue;
      const names = match.unevaluablePackages;
      diagnostics.push({
        severity: 'warning',
        code: 'incomplete-data',
        file: sbom.file,
        message: `${names.length} package(s) could not be compared with ${match.unevaluable} affected range(s) of the vulnerability data (a version the ecosystem's ordering does not read, or an ecosystem Rampart has no ordering for): ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}; whether they are affected is not known`,
      });
    }
    vulnerabilities = { sboms: matched, ...(osv && { osv }) };
  }
  return { ...(signatures && { signatures }), ...(vulnerabilities && { vulnerabilities }), diagnostics };
}
