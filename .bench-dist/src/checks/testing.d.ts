import type { Check } from './check.js';
import { type ScanOptions } from '../scan.js';
import { type Severity } from '../findings/finding.js';
export interface ExpectedFinding {
    /** Line of the offending field in the fixture. */
    readonly line?: number;
    /** A fragment the message must contain (e.g. the container name). */
    readonly message?: string | RegExp;
    readonly severity?: Severity;
    /** Evidence entries that must be present with these values (other entries are not checked). */
    readonly evidence?: Readonly<Record<string, unknown>>;
    /** A fragment the message must not contain (e.g. a secret value). */
    readonly notMessage?: string;
}
/** Scan options a case runs with (configuration, supply-chain evidence); the check itself is always the only one run. */
export type CaseOptions = Omit<ScanOptions, 'registry' | 'checks' | 'skipChecks'>;
export interface CheckCases {
    /** Fixtures that must produce no finding. */
    readonly pass: readonly {
        readonly name: string;
        readonly yaml: string;
        readonly options?: CaseOptions;
    }[];
    /** Fixtures that must produce exactly the listed findings, in document order. */
    readonly fail: readonly {
        readonly name: string;
        readonly yaml: string;
        readonly findings: readonly ExpectedFinding[];
        readonly options?: CaseOptions;
    }[];
}
/** Runs one check over fixtures, ESLint-style: tests are data. */
export declare function testCheck(check: Check, cases: CheckCases): void;
/** Dedents a template literal so fixtures can be indented with the test code. */
export declare function yaml(strings: TemplateStringsArray, ...values: unknown[]): string;
