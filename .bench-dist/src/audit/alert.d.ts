import type { Severity } from '../findings/finding.js';
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
    readonly references: {
        readonly mitre: readonly string[];
        readonly falco: readonly string[];
    };
}
export interface AlertObjectRef {
    readonly apiGroup?: string;
    readonly resource?: string;
    readonly subresource?: string;
    readonly namespace?: string;
    readonly name?: string;
}
/** Alerts by time, then rule, then event: a total order, so output is byte-identical for the same input. */
export declare function compareAlerts(a: Alert, b: Alert): number;
export declare function compareBySeverity(a: Alert, b: Alert): number;
