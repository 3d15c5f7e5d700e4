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

export type DiagnosticCode =
  | 'unreadable-file'
  | 'binary-file'
  | 'empty-file'
  | 'yaml-syntax'
  | 'json-syntax'
  | 'not-a-mapping'
  | 'missing-field'
  | 'invalid-field'
  | 'duplicate-object'
  | 'no-input'
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
  /** Warning: a Helm chart or kustomization skipped because its tool is not on PATH. */
  | 'not-rendered'
  /** Error: helm or kustomize failed on a chart or kustomization. */
  | 'render-failed'
  /** Info: an identity with copies in several files (Inventory: one identity, several copies). */
  | 'object-copies'
  /** An SBOM (`--sbom`) that is not CycloneDX or SPDX JSON, or names no image. */
  | 'invalid-sbom'
  /** OSV data (`--osv`) with unusable records, packed exports, or nothing to match. */
  | 'invalid-osv-data'
  /** Warning: vulnerability data older than the allowed age; it is used, and said to be old. */
  | 'stale-data'
  /** Warning: supply-chain input that could be read only in part (packages without a release, unknown files). */
  | 'incomplete-data'
  /** Not the input's fault: a check threw. The CLI exits 3. */
  | 'check-failed';

/** An error the CLI renders as one clear line (exit 2) instead of a stack trace. */
export class InputError extends Error {
  readonly code = 'INPUT_ERROR';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Bad command-line usage: rendered as one line, exit 2. */
export class UsageError extends Error {
  readonly code = 'USAGE_ERROR';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : d.file;
  return `${where}: ${d.severity}: ${d.message} [${d.code}]`;
}
