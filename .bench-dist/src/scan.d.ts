import type { Check } from './checks/check.js';
import { type ScanConfig } from './config.js';
import { type Finding, type Severity } from './findings/finding.js';
import type { CoverageGap } from './inventory/coverage.js';
import type { Diagnostic } from './inventory/diagnostics.js';
import type { Inventory } from './inventory/inventory.js';
import { type WaiverEntry } from './policy/exceptions.js';
/**
 * Version of the JSON output contract; the major part changes on any breaking change (README, "JSON
 * output"). 2.0: check metadata once in a top-level `checks` map instead of on every finding.
 */
export declare const SCHEMA_VERSION = "2.0";
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
    readonly gaps: readonly (CoverageGap & {
        readonly checks: readonly string[];
    })[];
}
/** Picks checks by id or glob (`workload.*`); an unmatched pattern is the caller's usage error. */
export declare function selectChecks(registry: readonly Check[], include?: readonly string[], exclude?: readonly string[]): {
    checks: Check[];
    unmatched: string[];
};
export declare function scan(inventory: Inventory, options?: ScanOptions): ScanResult;
