import type { CheckRun, ScanResult } from '../scan.js';
import { type Finding, type Severity } from '../findings/finding.js';
import type { Diagnostic } from '../inventory/diagnostics.js';
/**
 * The documented machine contract (docs/scan-result.schema.json), shared by `-o json`, `-o yaml`
 * and the data inside the HTML report. Keys are in a fixed order so the same input gives
 * byte-identical output.
 *
 * This is the one place to add to the contract:
 *  - a top-level section (frameworks scores, fixed findings, an engine's analysis): add it to
 *    `resultDocument`, where it is absent when the run did not produce it;
 *  - a per-finding field (a waiver, a baseline state): add it to `plainFinding`.
 * Then describe it in docs/scan-result.schema.json.
 */
export declare function resultDocument(result: ScanResult): Record<string, unknown>;
/** What a cluster read could not see (present only for live and snapshot input). */
export declare function plainCoverage(c: NonNullable<ScanResult['coverage']>): Record<string, unknown>;
/** The checks that ran by id, for reporters that show a finding with its check's metadata. */
export declare function checkIndex(result: Pick<ScanResult, 'runs'>): ReadonlyMap<string, CheckRun>;
export declare function plainSummary(result: ScanResult): Record<string, unknown>;
/** Findings per area, areas in their documented order, only those with findings. */
export declare function countByArea(findings: Iterable<Finding>): Record<string, number>;
export declare function countBySeverity(findings: Iterable<Finding>): Record<Severity, number>;
/** What every finding of a check shares: said once, in the top-level `checks` map. */
export declare function plainCheck({ check: { meta }, references }: CheckRun): Record<string, unknown>;
/**
 * What is specific to one finding. Title, rationale and references are its check's (see `checks`);
 * `remediation` appears only when the finding has its own; `context` only when it has one.
 */
export declare function plainFinding(f: Finding, checks: ReadonlyMap<string, CheckRun>): Record<string, unknown>;
export declare function plainDiagnostic(d: Diagnostic): Record<string, unknown>;
export declare function mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U>;
