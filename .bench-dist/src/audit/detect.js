import { SEVERITIES, severityRank } from '../findings/finding.js';
import { compareAlerts } from './alert.js';
import { clusterCidrs, powerEnricher } from './correlate.js';
import { Detector } from './engine.js';
import { readAuditSources } from './reader.js';
import { loadRuleSet } from './rules.js';
export const MAX_DIAGNOSTICS = 1000;
/** The rule set for these options: built-ins, the user's files, and the inventory's address ranges. */
export function ruleSetFor(opts) {
    const cidrs = opts.inventory ? clusterCidrs(opts.inventory) : undefined;
    if (!cidrs)
        return loadRuleSet(opts.rules ?? [], { disable: opts.disable });
    // the built-in (or the user's) ranges plus the Nodes': read the merged list, then extend it
    const base = loadRuleSet(opts.rules ?? [], { disable: opts.disable });
    const merged = [...new Set([...(base.lists.get('cluster_cidrs') ?? []), ...cidrs])];
    return loadRuleSet(opts.rules ?? [], { disable: opts.disable, lists: { cluster_cidrs: merged } });
}
/** Collects diagnostics up to a limit, counting the rest. */
export class DiagnosticLog {
    limit;
    onEach;
    list = [];
    omitted = 0;
    constructor(limit = MAX_DIAGNOSTICS, onEach) {
        this.limit = limit;
        this.onEach = onEach;
    }
    add(d) {
        this.onEach?.(d);
        if (this.list.length < this.limit)
            this.list.push(d);
        else
            this.omitted++;
    }
}
/**
 * Batch detection over audit logs: every event through every rule that can match it, alerts
 * sorted by time (then rule and event), so the same input gives the same bytes.
 */
export async function detect(paths, opts = {}, onDiagnostic) {
    const ruleSet = opts.ruleSet ?? ruleSetFor(opts);
    const alerts = [];
    const detector = new Detector(ruleSet, { onAlert: (a) => alerts.push(a), enrich: opts.inventory ? powerEnricher(opts.inventory) : undefined });
    const diagnostics = new DiagnosticLog(MAX_DIAGNOSTICS, onDiagnostic);
    const stats = await readAuditSources(paths, { event: (e) => detector.process(e), diagnostic: (d) => diagnostics.add(d) }, opts);
    const min = opts.minSeverity ? severityRank(opts.minSeverity) : 0;
    const kept = alerts.filter((a) => severityRank(a.severity) >= min).sort(compareAlerts);
    return { alerts: kept, summary: summarize(kept, stats, ruleSet.rules.length, diagnostics.omitted), diagnostics: diagnostics.list };
}
export function summarize(alerts, stats, rules, diagnosticsOmitted) {
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    const byRule = {};
    for (const a of alerts) {
        bySeverity[a.severity]++;
        byRule[a.ruleId] = (byRule[a.ruleId] ?? 0) + 1;
    }
    const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1)));
    return { files: stats.files, lines: stats.lines, events: stats.events, malformed: stats.malformed, rules, alerts: alerts.length, bySeverity, byRule: sortedByRule, diagnosticsOmitted };
}
//# sourceMappingURL=detect.js.map