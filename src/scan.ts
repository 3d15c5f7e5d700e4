import picomatch from 'picomatch';
import type { Check, CheckContext, CheckMeta, Report } from './checks/check.js';
import { ALL_CHECKS } from './checks/registry.js';
import { DEFAULT_CONFIG, type ScanConfig } from './config.js';
import { compareFindings, fingerprint, severityRank, SEVERITIES, type Finding, type Severity } from './findings/finding.js';
import type { Diagnostic } from './inventory/diagnostics.js';
import type { Inventory } from './inventory/inventory.js';
import type { InventoryObject } from './inventory/object.js';
import type { Location } from './inventory/source.js';

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
  /** The checks that ran, in id order: reporters take titles, rationale and references from here. */
  readonly checks: readonly CheckMeta[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
  readonly summary: ScanSummary;
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
  for (const check of checks) {
    const { meta } = check;
    const seen = new Set<string>();
    const references = { ...meta.references, area: meta.area }; // shared by the check's findings
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
          context: r.context,
          resource: r.object.ref,
          evidence: r.evidence ?? {},
          remediation: r.remediation ?? meta.remediation,
          references,
          fingerprint: fp,
        });
        let pending = pointersByObject.get(r.object);
        if (!pending) pointersByObject.set(r.object, (pending = []));
        pending.push({ finding: findings.length - 1, pointer });
      },
    };
    try {
      check.run(ctx);
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
  return {
    schemaVersion: SCHEMA_VERSION,
    checks: checks.map((c) => c.meta),
    findings,
    diagnostics: [...inventory.diagnostics, ...failures],
    summary: { objects: inventory.objects.length, checks: checks.length, findings: findings.length, bySeverity, diagnostics: inventory.diagnostics.length + failures.length },
  };
}
