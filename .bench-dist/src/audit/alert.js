import { severityRank } from '../findings/finding.js';
/** Alerts by time, then rule, then event: a total order, so output is byte-identical for the same input. */
export function compareAlerts(a, b) {
    const ta = Date.parse(a.time);
    const tb = Date.parse(b.time);
    return ta - tb || cmp(a.time, b.time) || cmp(a.ruleId, b.ruleId) || cmp(a.events[0] ?? '', b.events[0] ?? '') || cmp(a.message, b.message);
}
export function compareBySeverity(a, b) {
    return severityRank(b.severity) - severityRank(a.severity) || compareAlerts(a, b);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=alert.js.map