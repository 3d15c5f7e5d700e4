import picomatch from 'picomatch';
import type { Check, CheckContext, Report } from './checks/check.js';
import { ALL_CHECKS } from './checks/registry.js';
import { DEFAULT_CONFIG, type ScanConfig } from './config.js';
import { compareFindings, fingerprint, severityRank, SEVERITIES, type Finding, type Severity } from './findings/finding.js';
import type { CoverageGap } from './inventory/coverage.js';
import type { Diagnostic } from './inventory/diagnostics.js';
import type { Inventory } from './inventory/inventory.js';
import type { InventoryObject } from './inventory/object.js';
import type { Location } from './inventory/source.js';

/** Version of the JSON output contract; bump on any breaking change (docs/output-schema.md). */
export const SCHEMA_VERSION = '1.0';

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
}

export interface ScanSummary {
  readonly objects: number;
  readonly checks: number;
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly diagnostics: number;
}

export interface ScanResult {
  readonly schemaVersion: string;
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ScanSummary;
  /** Present when the input was read from a cluster (live or a snapshot): what it could not see. */
  readonly coverage?: ScanCoverage;
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
  const { checks } = selectChecks(options.registry ?? ALL_CHECKS, options.checks, options.skipChecks);
  const minRank = options.minSeverity ? severityRank(options.minSeverity) : 0;
  const findings: Finding[] = [];
  const failures: Diagnostic[] = [];
  // Positions are resolved after all checks ran, one parse per object that has findings.
  const pointersByObject = new Map<InventoryObject, { finding: number; pointer: string }[]>();
  // with coverage gaps, note which kinds each check reads, to name the checks a gap affected
  const gaps = inventory.gaps;
  const kindsRead = new Map<string, ReadonlySet<string>>();
  for (const check of checks) {
    const { meta } = check;
    const seen = new Set<string>();
    const ctx: CheckContext = {
      inventory,
      config,
      report(r: Report) {
        const severity = r.severity ?? meta.severity;
        if (severityRank(severity) < minRank) return;
        const pointer = r.pointer ?? '';
        const fp = fingerprint(meta.id, r.object.ref, r.key ?? pointer);
        if (seen.has(fp)) return; // one finding per check, resource and detail
        seen.add(fp);
        findings.push({
          checkId: meta.id,
          severity,
          title: meta.title,
          message: r.message,
          resource: r.object.ref,
          evidence: r.evidence ?? {},
          remediation: r.remediation ?? meta.remediation,
          references: { ...meta.references, area: meta.area },
          fingerprint: fp,
        });
        let pending = pointersByObject.get(r.object);
        if (!pending) pointersByObject.set(r.object, (pending = []));
        pending.push({ finding: findings.length - 1, pointer });
      },
    };
    try {
      if (gaps.length > 0) kindsRead.set(meta.id, inventory.recordReads(() => check.run(ctx)).kinds);
      else check.run(ctx);
    } catch (e) {
      // A bug in one check must not cost the user every other check's findings.
      failures.push({ severity: 'error', code: 'check-failed', file: `<check ${meta.id}>`, message: `check ${meta.id} failed and its findings are incomplete (a Rampart bug, please report it): ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  for (const [object, pending] of pointersByObject) {
    const locations = object.locateAll(pending.map((p) => p.pointer));
    pending.forEach((p, i) => ((findings[p.finding] as { location?: Location }).location = locations[i]));
  }
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
    findings,
    diagnostics: [...inventory.diagnostics, ...failures],
    summary: { objects: inventory.objects.length, checks: checks.length, findings: findings.length, bySeverity, diagnostics: inventory.diagnostics.length + failures.length },
    ...(coverage ? { coverage } : {}),
  };
}
