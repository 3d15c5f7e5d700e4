import type { Diagnostic } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { SEVERITIES, severityRank, type Severity } from '../findings/finding.js';
import { compareAlerts, type Alert } from './alert.js';
import { clusterCidrs, powerEnricher } from './correlate.js';
import { Detector } from './engine.js';
import { readAuditSources, type ReadOptions, type ReadStats } from './reader.js';
import { loadRuleSet, type RuleSet } from './rules.js';

/** The JSON contract of `rampart audit detect -o json`. */
export interface DetectResult {
  readonly alerts: readonly Alert[];
  readonly summary: DetectSummary;
  readonly diagnostics: readonly Diagnostic[];
}

export interface DetectSummary {
  readonly files: number;
  readonly lines: number;
  readonly events: number;
  /** Lines and items that were not audit events (every one of them, listed or not). */
  readonly malformed: number;
  readonly rules: number;
  readonly alerts: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byRule: Readonly<Record<string, number>>;
  /** Diagnostics beyond the first MAX_DIAGNOSTICS are counted here, not listed. */
  readonly diagnosticsOmitted: number;
}

export const MAX_DIAGNOSTICS = 1000;

export interface DetectOptions extends ReadOptions {
  /** User rule files (`--rules`). */
  readonly rules?: readonly string[];
  /** Rule ids or globs to leave out. */
  readonly disable?: readonly string[];
  /** The cluster's objects: RBAC power raises alerts, Nodes give the cluster's address ranges. */
  readonly inventory?: Inventory;
  readonly minSeverity?: Severity;
  /** A rule set compiled already (the receiver compiles once). */
  readonly ruleSet?: RuleSet;
}

/** The rule set for these options: built-ins, the user's files, and the inventory's address ranges. */
export function ruleSetFor(opts: Pick<DetectOptions, 'rules' | 'disable' | 'inventory'>): RuleSet {
  const cidrs = opts.inventory ? clusterCidrs(opts.inventory) : undefined;
  if (!cidrs) return loadRuleSet(opts.rules ?? [], { disable: opts.disable });
  // the built-in (or the user's) ranges plus the Nodes': read the merged list, then extend it
  const base = loadRuleSet(opts.rules ?? [], { disable: opts.disable });
  const merged = [...new Set([...((base.lists.get('cluster_cidrs') ?? []) as string[]), ...cidrs])];
  return loadRuleSet(opts.rules ?? [], { disable: opts.disable, lists: { cluster_cidrs: merged } });
}

/** Collects diagnostics up to a limit, counting the rest. */
export class DiagnosticLog {
  readonly list: Diagnostic[] = [];
  omitted = 0;
  constructor(
    private readonly limit = MAX_DIAGNOSTICS,
    private readonly onEach?: (d: Diagnostic) => void,
  ) {}
  add(d: Diagnostic): void {
    this.onEach?.(d);
    if (this.list.length < this.limit) this.list.push(d);
    else this.omitted++;
  }
}

/**
 * Batch detection over audit logs: every event through every rule that can match it, alerts
 * sorted by time (then rule and event), so the same input gives the same bytes.
 */
export async function detect(paths: readonly string[], opts: DetectOptions = {}, onDiagnostic?: (d: Diagnostic) => void): Promise<DetectResult> {
  const ruleSet = opts.ruleSet ?? ruleSetFor(opts);
  const alerts: Alert[] = [];
  const detector = new Detector(ruleSet, { onAlert: (a) => alerts.push(a), enrich: opts.inventory ? powerEnricher(opts.inventory) : undefined });
  const diagnostics = new DiagnosticLog(MAX_DIAGNOSTICS, onDiagnostic);
  const stats = await readAuditSources(paths, { event: (e) => detector.process(e), diagnostic: (d) => diagnostics.add(d) }, opts);
  const min = opts.minSeverity ? severityRank(opts.minSeverity) : 0;
  const kept = alerts.filter((a) => severityRank(a.severity) >= min).sort(compareAlerts);
  return { alerts: kept, summary: summarize(kept, stats, ruleSet.rules.length, diagnostics.omitted), diagnostics: diagnostics.list };
}

export function summarize(alerts: readonly Alert[], stats: ReadStats, rules: number, diagnosticsOmitted: number): DetectSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule: Record<string, number> = {};
  for (const a of alerts) {
    bySeverity[a.severity]++;
    byRule[a.ruleId] = (byRule[a.ruleId] ?? 0) + 1;
  }
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { files: stats.files, lines: stats.lines, events: stats.events, malformed: stats.malformed, rules, alerts: alerts.length, bySeverity, byRule: sortedByRule, diagnosticsOmitted };
}
