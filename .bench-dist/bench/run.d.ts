/** json: a kubectl JSON List; yaml: a multi-document YAML stream; yaml-list: `kubectl get -o yaml` (one List document). */
type Format = 'json' | 'yaml' | 'yaml-list';
export interface BenchRow {
    readonly size: number;
    readonly format: Format;
    readonly bytes: number;
    readonly runs: number;
    readonly parseMs: number;
    readonly loadMs: number;
    readonly scanMs: number;
    readonly totalMs: number;
    /** Fastest and slowest run's load + scan: the spread behind the median. */
    readonly totalMinMs: number;
    readonly totalMaxMs: number;
    readonly peakRssMiB: number;
    readonly baselineRssMiB: number;
    readonly objects: number;
    readonly diagnostics: number;
    readonly findings: number;
    readonly objectsWithFindings: number;
    readonly generatedBad: number;
    readonly checks: number;
}
export declare function formatTable(rows: readonly BenchRow[]): string;
/** Scaling between sizes and the goals, as lines of Markdown. */
export declare function formatGoals(rows: readonly BenchRow[]): string;
export {};
