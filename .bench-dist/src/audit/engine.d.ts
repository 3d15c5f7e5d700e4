import type { Alert } from './alert.js';
import { type AuditEvent } from './event.js';
import type { RuleSet } from './rules.js';
/**
 * Runs compiled rules over a stream of events. Rules are indexed by what they can match (stage,
 * verb, resource, subresource, response code): the candidate rules of each combination are worked
 * out once and cached, so an event is evaluated only against the rules that can fire on it, and an
 * event no rule can match costs one map lookup.
 */
export interface DetectorOptions {
    readonly onAlert: (alert: Alert) => void;
    /** Adds what the cluster's inventory knows to an alert (for example the identity's RBAC power). */
    readonly enrich?: (alert: Alert, event: AuditEvent) => Alert;
    /** Measures the time spent in each rule (for /metrics); costs two clock reads per evaluation. */
    readonly timeRules?: boolean;
}
export interface DetectorStats {
    events: number;
    /** Candidate rule checks after indexing (CEL evaluations and window updates). */
    evaluations: number;
    alerts: number;
    readonly alertsByRule: Map<string, number>;
    readonly secondsByRule: Map<string, number>;
}
export declare class Detector {
    readonly ruleSet: RuleSet;
    private readonly opts;
    private readonly runners;
    private readonly index;
    private readonly seenStages;
    private start;
    readonly stats: DetectorStats;
    constructor(ruleSet: RuleSet, opts: DetectorOptions);
    /** Keys tracked by a stateful rule now (for tests and /metrics). */
    stateSize(ruleId: string): number;
    private candidates;
    process(e: AuditEvent): void;
    private stateful;
    private fire;
}
