/**
 * A problem with the user's input: always names the file, and the line where one is known. Errors
 * make the run exit 2; warnings are printed and do not; info notes (what was skipped, and why) are
 * listed with `-v` only.
 */
export interface Diagnostic {
    readonly severity: 'error' | 'warning' | 'info';
    /** Stable machine-readable reason, e.g. `yaml-syntax`, `missing-field`. */
    readonly code: DiagnosticCode;
    readonly file: string;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
}
export type DiagnosticCode = 'unreadable-file' | 'binary-file' | 'empty-file' | 'yaml-syntax' | 'json-syntax' | 'not-a-mapping' | 'missing-field' | 'invalid-field' | 'duplicate-object' | 'no-input'
/** An audit log line or webhook item that is JSON but not an audit Event. */
 | 'invalid-event'
/** A compressed or streamed input that ends early (a truncated gzip file). */
 | 'truncated-input'
/** A line longer than the reader accepts; it is skipped, the lines after it are read. */
 | 'line-too-long'
/** Info: a document that is plainly not a Kubernetes object (values.yaml, package.json...), skipped. */
 | 'not-kubernetes'
/** Warning: a Go template (Helm) that was not rendered, not scanned. */
 | 'unrendered-template'
/** Info: an identity with copies in several files (Inventory: one identity, several copies). */
 | 'object-copies'
/** Not the input's fault: a check threw. The CLI exits 3. */
 | 'check-failed';
/** An error the CLI renders as one clear line (exit 2) instead of a stack trace. */
export declare class InputError extends Error {
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly code = "INPUT_ERROR";
    constructor(message: string, file?: string | undefined, line?: number | undefined);
}
/** Bad command-line usage: rendered as one line, exit 2. */
export declare class UsageError extends Error {
    readonly code = "USAGE_ERROR";
    constructor(message: string);
}
export declare function formatDiagnostic(d: Diagnostic): string;
