import type { ScanResult } from '../scan.js';
import type { Finding } from '../findings/finding.js';
import type { Diagnostic } from '../inventory/diagnostics.js';

/**
 * The documented machine contract (docs/output-schema.md, docs/scan-result.schema.json). Keys are
 * written in a fixed order so the same input gives byte-identical output.
 */
export function toPlainResult(result: ScanResult): Record<string, unknown> {
  return {
    schemaVersion: result.schemaVersion,
    summary: {
      objects: result.summary.objects,
      checks: result.summary.checks,
      findings: result.summary.findings,
      bySeverity: result.summary.bySeverity,
      diagnostics: result.summary.diagnostics,
    },
    findings: result.findings.map(plainFinding),
    diagnostics: result.diagnostics.map(plainDiagnostic),
    ...(result.coverage ? { coverage: plainCoverage(result.coverage) } : {}),
  };
}

function plainCoverage(c: NonNullable<ScanResult['coverage']>): Record<string, unknown> {
  return {
    secretData: c.secretData,
    gaps: c.gaps.map((g) => ({
      apiVersion: g.apiVersion,
      kind: g.kind,
      resource: g.resource,
      ...(g.namespace !== undefined ? { namespace: g.namespace } : {}),
      reason: g.reason,
      message: g.message,
      checks: g.checks,
    })),
  };
}

export function plainFinding(f: Finding): Record<string, unknown> {
  const r = f.resource;
  return {
    checkId: f.checkId,
    severity: f.severity,
    title: f.title,
    message: f.message,
    resource: { apiVersion: r.apiVersion, kind: r.kind, ...(r.namespace !== undefined ? { namespace: r.namespace } : {}), name: r.name },
    ...(f.location ? { location: { file: f.location.file, line: f.location.line, column: f.location.column, path: f.location.path } } : {}),
    evidence: f.evidence,
    remediation: f.remediation,
    references: f.references,
    fingerprint: f.fingerprint,
  };
}

function plainDiagnostic(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    code: d.code,
    file: d.file,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    message: d.message,
  };
}

export function renderJson(result: ScanResult): string {
  return JSON.stringify(toPlainResult(result), null, 2) + '\n';
}
