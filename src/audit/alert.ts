import type { Severity } from '../findings/finding.js';
import { severityRank } from '../findings/finding.js';

/**
 * What a rule reports: plain data, so the JSON contract, the table, the HTML report and the
 * webhook sinks render the same record.
 */
export interface Alert {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  /** `requestReceivedTimestamp` of the event that fired the rule, as the log wrote it. */
  readonly time: string;
  readonly user: string;
  readonly sourceIPs: readonly string[];
  readonly objectRef: AlertObjectRef;
  /** auditIDs of the events behind the alert (for a window, those in it). */
  readonly events: readonly string[];
  readonly references: { readonly mitre: readonly string[]; readonly falco: readonly string[] };
}

export interface AlertObjectRef {
  readonly apiGroup?: string;
  readonly resource?: string;
  readonly subresource?: string;
  readonly namespace?: string;
  readonly name?: string;
}

/** Alerts by time, then rule, then event: a total order, so output is byte-identical for the same input. */
export function compareAlerts(a: Alert, b: Alert): number {
  const ta = Date.parse(a.time);
  const tb = Date.parse(b.time);
  return ta - tb || cmp(a.time, b.time) || cmp(a.ruleId, b.ruleId) || cmp(a.events[0] ?? '', b.events[0] ?? '') || cmp(a.message, b.message);
}

export function compareBySeverity(a: Alert, b: Alert): number {
  return severityRank(b.severity) - severityRank(a.severity) || compareAlerts(a, b);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
