import picomatch from 'picomatch';
import type { Check, CheckContext, Report } from './checks/check.js';
import { ALL_CHECKS } from './checks/registry.js';
import { DEFAULT_CONFIG, type ScanConfig } from './config.js';
import { compareFindings, fingerprint, severityRank, SEVERITIES, type Finding, type Severity } from './findings/finding.js';
import type { CoverageGap } from './inventory/coverage.js';
import type { Diagnostic } from './inventory/diagnostics.js';
import { supplyChainData, type SupplyChainData, type SupplyChainEvidence } from './analysis/images/evidence.js';
import type { Inventory } from './inventory/inventory.js';
import type { InventoryObject } from './inventory/object.js';
import type { Location } from './inventory/source.js';
import { untouchedSystemObjects } from './analysis/system-objects.js';
import { componentsByDesign } from './analysis/components/by-design.js';
import { resolveOptions } from './checks/options.js';
import { settingsFor } from './checks/settings.js';
import { resolveReferences } from './frameworks/references.js';
import { LATEST_CIS_VERSION, type CisVersion } from './frameworks/cis/types.js';
import { cisId, type CisKey } from './frameworks/cis/index.js';
import { applyWaivers, todayUtc, type WaiverEntry } from './policy/exceptions.js';
import { compareWithBaseline, type BaselineFinding } from './policy/baseline.js';
import { compliance, type ComplianceOptions, type ComplianceResult } from './frameworks/compliance.js';
import { InventoryObject as LoadedObject } from './inventory/object.js';
import { versionsReport, type VersionsReport } from './analysis/versions/report.js';

/**
 * Version of the JSON output contract; the major part changes on any breaking change (README, "JSON
 * output"). 2.0: check metadata once in a top-level `checks` map instead of on every finding.
 */
export const SCHEMA_VERSION = '2.0';

export interface ScanOptions {
  /** Check ids or globs to run (default: all). */
  readonly checks?: readonly string[];
  /** Check ids or globs to skip. */
  readonly skipChecks?: readonly string[];
  /** Drop findings below this severity. */
  readonly minSeverity?: Severity;
  readonly config?: ScanConfig;
  /** The checks to choose from (default: every registered check). */
  readonly registry?: readonly Check[];
  /** Offline supply-chain inputs (trusted keys, signatures, SBOMs, OSV data), loaded beforehand. */
  readonly supplyChain?: SupplyChainEvidence;
}

export interface ScanSummary {
  readonly objects: number;
  readonly checks: number;
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly diagnostics: number;
}

/** One check as this scan ran it: the basis of framework scores. */
export interface CheckRun {
  readonly check: Check;
  /** Its references as this run resolved them (the CIS version's numbers), shared by its findings. */
  readonly references: Finding['references'];
  /** False when the input held nothing the check examines (its controls are "not applicable"). */
  readonly applicable: boolean;
  /** Findings it reported (before `--min-severity`), and whether it failed with an error. */
  readonly findings: number;
  readonly failed: boolean;
}

export interface ScanResult {
  readonly schemaVersion: string;
  /** Every exception and permitted or ignored waiver annotation, with what it matched. */
  readonly waivers: readonly WaiverEntry[];
  /** Every check that ran, in id order: reporters take titles, rationale and references from here. */
  readonly runs: readonly CheckRun[];
  /** Per-control status and scores, when computed (`withCompliance`). */
  readonly compliance?: ComplianceResult;
  /** Findings of the baseline report that are gone, when compared with one (`withBaseline`). */
  readonly fixed?: readonly BaselineFinding[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ScanSummary;
  /** Present when the input was read from a cluster (live or a snapshot): what it could not see. */
  readonly coverage?: ScanCoverage;
  /** Present when a versions check ran over input that shows versions: the versions seen and the reference data's age. */
  readonly versions?: VersionsReport;
  /** Present when supply-chain inputs were given: the keys, SBOMs and vulnerability data used, and how old that data is. */
  readonly supplyChain?: SupplyChainData;
}

export interface ScanCoverage {
  /** False when Secrets were read as metadata only (the default, and always for snapshots). */
  readonly secretData: boolean;
  /** Kinds the cluster refused or failed to list, each with the checks that read that kind. */
  readonly gaps: readonly (CoverageGap & { readonly checks: readonly string[] })[];
}

/** Picks checks by id or glob (`workload.*`); an unmatched pattern is the caller's usage error. */
export function selectChecks(registry: readonly Check[], include?: readonly string[], exclude?: readonly string[]): { checks: Check[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const matcher = (patterns: readonly string[]) => {
    const ms = patterns.map((p) => ({ p, m: picomatch(p, { dot: true }) }));
    for (const { p, m } of ms) if (!registry.some((c) => m(c.meta.id))) unmatched.push(p);
    return (id: string) => ms.some(({ m }) => m(id));
  };
  const inc = include?.length ? matcher(include) : () => true;
  const exc = exclude?.length ? matcher(exclude) : () => false;
  return { checks: registry.filter((c) => inc(c.meta.id) && !exc(c.meta.id)), unmatched };
}

export function scan(inventory: Inventory, options: ScanOptions = {}): ScanResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const selected = selectChecks(options.registry ?? ALL_CHECKS, options.checks, options.skipChecks).checks;
  const checks = selected.filter((c) => settingsFor(config, c.meta.id).enabled !== false);
  const resolve = { cisVersion: config.cisVersion ?? LATEST_CIS_VERSION };
  const runs: CheckRun[] = [];
  const minRank = options.minSeverity ? severityRank(options.minSeverity) : 0;
  let findings: Finding[] = [];
  const failures: Diagnostic[] = [];
  // Positions are resolved after all checks ran, one parse per object that has findings.
  // with coverage gaps, note which kinds each check reads, to name the checks a gap affected
  const gaps = inventory.gaps;
  const kindsRead = new Map<string, ReadonlySet<string>>();
  // objects Kubernetes created itself, unchanged, are not the user's mistakes
  const system = inventory.analysis(untouchedSystemObjects, undefined);
  const pointersByObject = new Map<InventoryObject, { finding: Finding; pointer: string }[]>();
  const located = new Map<Finding, Location>();
  // CIS section 5 (Policies) is about the workloads a cluster admits; its control-plane components and
  // kube-proxy are assessed by sections 1 to 4, so pod checks' findings on them list no 5.x id.
  let components: ReadonlyMap<InventoryObject, unknown> | undefined;
  const cisOf = (r: Report, keys: readonly CisKey[] | undefined): readonly CisKey[] | undefined => {
    if (r.cis || !keys?.some((k) => k.startsWith('policies.')) || !(r.object instanceof LoadedObject)) return r.cis;
    components ??= inventory.analysis(componentsByDesign, undefined);
    return components.has(r.object) ? keys.filter((k) => !k.startsWith('policies.')) : undefined;
  };
  const runCheck = (check: Check, policy?: { waivers: readonly WaiverEntry[]; findings: readonly Finding[] }): void => {
    const { meta } = check;
    const settings = settingsFor(config, meta.id);
    const references = { ...resolveReferences(meta.references, resolve), area: meta.area };
    const seen = new Set<string>();
    let reported = 0;
    const ctx: CheckContext = {
      inventory,
      config,
      supplyChain: options.supplyChain,
      options: resolveOptions(meta.options, settings.options),
      ...policy,
      report(r: Report) {
        if (r.object instanceof LoadedObject && system.has(r.object)) return;
        const severity = settings.severity ?? r.severity ?? meta.severity;
        reported++;
        if (severityRank(severity) < minRank) return;
        const pointer = flat(r.pointer ?? '');
        const loaded = r.object instanceof LoadedObject ? r.object : undefined;
        // copies of one identity in several files are findings of their own
        const copy = loaded ? inventory.copyDiscriminator(loaded) : '';
        const fp = fingerprint(meta.id, r.object.ref, copy === '' ? (r.key ?? pointer) : `${r.key ?? pointer}\n${copy}`);
        if (seen.has(fp)) return; // one finding per check, resource and detail
        seen.add(fp);
        const cis = cisOf(r, meta.references.cis);
        const finding: Finding = {
          checkId: meta.id,
          severity,
          title: meta.title,
          message: flat(r.message),
          context: r.context,
          resource: r.object.ref,
          evidence: r.evidence ?? {},
          remediation: r.remediation ?? meta.remediation,
          references: cis ? narrowedCis(references, meta.references.cis, cis, resolve.cisVersion) : references,
          fingerprint: fp,
        };
        findings.push(finding);
        if (loaded) {
          let pending = pointersByObject.get(loaded);
          if (!pending) pointersByObject.set(loaded, (pending = []));
          pending.push({ finding, pointer });
        } else if ('location' in r.object && r.object.location) located.set(finding, r.object.location);
      },
    };
    let failed = false;
    try {
      if (gaps.length > 0) kindsRead.set(meta.id, inventory.recordReads(() => check.run(ctx)).kinds);
      else check.run(ctx);
    } catch (e) {
      failed = true;
      // A bug in one check must not cost the user every other check's findings.
      failures.push({ severity: 'error', code: 'check-failed', file: `<check ${meta.id}>`, message: `check ${meta.id} failed and its findings are incomplete (a Rampart bug, please report it): ${e instanceof Error ? e.message : String(e)}` });
    }
    runs.push({ check, references, applicable: reported > 0 || (check.applies?.(inventory, { config, supplyChain: options.supplyChain }) ?? true), findings: reported, failed });
  };
  // findings are this function's own fresh records until it returns: positions are set in place
  const resolvePositions = (): void => {
    for (const [object, pending] of pointersByObject) {
      const locations = object.locateAll(pending.map((p) => p.pointer));
      pending.forEach((p, i) => ((p.finding as { location?: Location }).location = locations[i]));
    }
    pointersByObject.clear();
    for (const [f, location] of located) (f as { location?: Location }).location = location;
    located.clear();
  };
  for (const check of checks) if (check.phase !== 'policy') runCheck(check);
  resolvePositions();
  const waived = applyWaivers(findings, inventory, { exceptions: config.exceptions ?? [], annotations: config.annotationWaivers === true, today: config.today ?? todayUtc() });
  findings = waived.findings;
  for (const check of checks) if (check.phase === 'policy') runCheck(check, { waivers: waived.waivers, findings: [...findings] });
  resolvePositions();
  findings.sort(compareFindings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity]++;
  const coverage: ScanCoverage | undefined =
    inventory.clusters.length === 0
      ? undefined
      : {
          secretData: inventory.clusters.every((c) => c.secretData),
          gaps: gaps.map((g) => ({ ...g, checks: [...kindsRead].filter(([, kinds]) => kinds.has(g.kind)).map(([id]) => id).sort() })),
        };
  return {
    schemaVersion: SCHEMA_VERSION,
    waivers: waived.waivers,
    runs: runs.sort((a, b) => (a.check.meta.id < b.check.meta.id ? -1 : 1)),
    findings,
    diagnostics: [...inventory.diagnostics, ...(options.supplyChain?.diagnostics ?? []), ...failures],
    summary: {
      objects: inventory.objects.length,
      checks: checks.length,
      findings: findings.length,
      bySeverity,
      diagnostics: inventory.diagnostics.length + (options.supplyChain?.diagnostics.length ?? 0) + failures.length,
    },
    ...(coverage ? { coverage } : {}),
    ...(runs.some((r) => r.check.meta.category === 'versions' && r.applicable) ? { versions: versionsReport(inventory, config) } : {}),
    ...(options.supplyChain ? { supplyChain: supplyChainData(options.supplyChain) } : {}),
  };
}

/**
 * The same text as one flat string. A message or pointer built from pieces is a tree of them in V8
 * (a "cons string", 32 bytes a node) that a finding holds until the output; flattened early, the
 * pieces are freed (about 80 bytes less per finding, which counts at a million findings).
 */
function flat(text: string): string {
  text.charCodeAt(0); // V8 flattens a cons string on indexed access
  return text;
}

/** Marks findings new or unchanged against an earlier report's findings and lists the fixed ones. */
/** References whose CIS ids are those of `keys` (within the check's own), for a finding that fails fewer recommendations than its check. */
function narrowedCis(references: Finding['references'], checkKeys: readonly CisKey[] | undefined, keys: readonly CisKey[], version: CisVersion): Finding['references'] {
  const cis = keys.filter((k) => checkKeys?.includes(k)).map((k) => cisId(k, version)).filter((id): id is string => id !== undefined);
  const { cis: _all, ...rest } = references;
  return cis.length > 0 ? { ...rest, cis } : rest;
}

export function withBaseline(result: ScanResult, baseline: readonly BaselineFinding[]): ScanResult {
  const { findings, fixed } = compareWithBaseline(result.findings, baseline);
  return { ...result, findings, fixed };
}

/** Adds per-control status and scores for the frameworks (default: all) and Rampart's areas. */
export function withCompliance(result: ScanResult, options: ComplianceOptions = {}): ScanResult {
  return { ...result, compliance: compliance(result.runs, result.findings, options) };
}
