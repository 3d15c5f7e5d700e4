import type { Finding } from '../findings/finding.js';
/** A finding of an earlier report, as its JSON output wrote it. */
export interface BaselineFinding {
    readonly fingerprint: string;
    readonly checkId: string;
    readonly severity: string;
    readonly message: string;
    readonly resource: {
        readonly apiVersion?: string;
        readonly kind: string;
        readonly namespace?: string;
        readonly name: string;
    };
    readonly location?: {
        readonly file: string;
        readonly line: number;
    };
}
/**
 * Reads an earlier `rampart scan -o json` output (plain or gzipped). Only the fields a comparison
 * needs are read, so reports of older schema versions work too.
 */
export declare function readBaseline(file: string): BaselineFinding[];
/**
 * Marks each finding new or unchanged against the baseline (by fingerprint, which survives file
 * moves and line shifts) and lists the baseline's findings that are gone: fixed.
 */
export declare function compareWithBaseline(findings: readonly Finding[], baseline: readonly BaselineFinding[]): {
    findings: Finding[];
    fixed: BaselineFinding[];
};
