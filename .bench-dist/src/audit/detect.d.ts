import type { Diagnostic } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { type Severity } from '../findings/finding.js';
import { type Alert } from './alert.js';
import { type ReadOptions, type ReadStats } from './reader.js';
import { type RuleSet } from './rules.js';
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
export declare const MAX_DIAGNOSTICS = 1000;
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
export declare function ruleSetFor(opts: Pick<DetectOptions, 'rules' | 'disable' | 'inventory'>): RuleSet;
/** Collects diagnostics up to a limit, counting the rest. */
export declare class DiagnosticLog {
    private readonly limit;
    private readonly onEach?;
    readonly list: Diagnostic[];
    omitted: number;
    constructor(limit?: number, onEach?: ((d: Diagnostic) => void) | undefined);
    add(d: Diagnostic): void;
}
/**
 * Batch detection over audit logs: every event through every rule that can match it, alerts
 * sorted by time (then rule and event), so the same input gives the same bytes.
 */
export declare function detect(paths: readonly string[], opts?: DetectOptions, onDiagnostic?: (d: Diagnostic) => void): Promise<DetectResult>;
export declare function summarize(alerts: readonly Alert[], stats: ReadStats, rules: number, diagnosticsOmitted: number): DetectSummary;
