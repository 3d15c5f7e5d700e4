import { type Area, type Finding, type Severity } from '../findings/finding.js';
import type { CheckRun } from '../scan.js';
import { type Framework, type FrameworkId } from './catalogue.js';
/**
 * Per-control status and scores. The formula (documented in README "Compliance"):
 * - a control's checks are the checks that ran whose references name it;
 * - status: `manual` when no check that ran covers it (or the catalogue marks it manual), `fail`
 *   when one of its checks reported a finding that is not waived, `not-applicable` when the input
 *   held nothing any of its checks examines, else `pass`;
 * - a control weighs as much as its most severe check's default severity (critical 10, high 6,
 *   medium 3, low 1, info 0);
 * - score = 100 × (weight of passing controls) / (weight of passing and failing controls), one
 *   decimal; null when no control passed or failed. Manual and not-applicable controls do not count.
 * An area's score is the same formula over the area's checks, each weighing its own severity.
 */
export declare const SEVERITY_WEIGHT: Readonly<Record<Severity, number>>;
export type ControlStatus = 'pass' | 'fail' | 'manual' | 'not-applicable';
export declare const CONTROL_STATUSES: readonly ControlStatus[];
export interface ControlResult {
    readonly id: string;
    readonly key: string;
    readonly title: string;
    readonly group: string;
    readonly status: ControlStatus;
    /** Ids of the checks that test it. */
    readonly checks: readonly string[];
    /** Findings (not waived) of those checks. */
    readonly findings: number;
}
export interface FrameworkResult {
    readonly id: FrameworkId;
    readonly title: string;
    readonly version: string;
    readonly score: number | null;
    readonly counts: Readonly<Record<ControlStatus, number>>;
    readonly controls: readonly ControlResult[];
}
export interface AreaResult {
    readonly id: Area;
    readonly title: string;
    readonly score: number | null;
    readonly checks: {
        readonly pass: number;
        readonly fail: number;
        readonly notApplicable: number;
    };
    readonly findings: number;
}
export interface ComplianceOptions {
    /** Frameworks to report (default: all). */
    readonly frameworks?: readonly FrameworkId[];
    /** Version per framework, e.g. `{ cis: '1.9' }` (default: each framework's current version). */
    readonly versions?: Readonly<Partial<Record<FrameworkId, string>>>;
}
export declare function frameworkResult(framework: Framework, runs: readonly CheckRun[], findings: readonly Finding[], version?: string): FrameworkResult;
export declare function areaResults(runs: readonly CheckRun[], findings: readonly Finding[]): AreaResult[];
export interface ComplianceResult {
    readonly frameworks: readonly FrameworkResult[];
    readonly areas: readonly AreaResult[];
}
export declare function compliance(runs: readonly CheckRun[], findings: readonly Finding[], options?: ComplianceOptions): ComplianceResult;
