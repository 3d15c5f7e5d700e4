import type { ScanResult } from '../scan.js';
import type { Finding } from '../findings/finding.js';
import { checkIndex, mapIterable } from './document.js';
import { collect, type Chunks } from './stream.js';

const COLUMNS = ['severity', 'checkId', 'title', 'namespace', 'kind', 'name', 'apiVersion', 'file', 'line', 'column', 'message', 'context', 'remediation', 'fingerprint', 'waived', 'baseline'] as const;

/**
 * `-o csv`: one row per finding, RFC 4180 (CRLF line ends, fields quoted when needed), for
 * spreadsheets and ticket imports. Text that a spreadsheet would run as a formula (= + - @ at the
 * start) is prefixed with a quote, as OWASP advises against CSV injection.
 */
export function* csvReport(result: ScanResult): Chunks {
  const checks = checkIndex(result);
  yield COLUMNS.join(',') + '\r\n';
  yield* mapIterable(result.findings, (f) => row(f, checks.get(f.checkId)?.check.meta.title ?? f.title));
}

export function renderCsv(result: ScanResult): string {
  return collect(csvReport(result));
}

function row(f: Finding, title: string): string {
  const r = f.resource;
  const values: Record<(typeof COLUMNS)[number], string | number | undefined> = {
    severity: f.severity,
    checkId: f.checkId,
    title,
    namespace: r.namespace,
    kind: r.kind,
    name: r.name,
    apiVersion: r.apiVersion,
    file: f.location?.file,
    line: f.location?.line,
    column: f.location?.column,
    message: f.message,
    context: f.context,
    remediation: f.remediation,
    fingerprint: f.fingerprint,
    waived: f.waived?.justification,
    baseline: f.baseline,
  };
  return COLUMNS.map((c) => field(values[c])).join(',') + '\r\n';
}

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
