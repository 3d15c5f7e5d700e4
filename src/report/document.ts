import type { CheckRun, ScanResult } from '../scan.js';
import { AREAS, SEVERITIES, type Area, type Finding, type Severity } from '../findings/finding.js';
import type { Diagnostic } from '../inventory/diagnostics.js';
import { streamed } from './stream.js';
import type { FrameworkResult } from '../frameworks/compliance.js';
import type { BaselineFinding } from '../policy/baseline.js';

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
export function resultDocument(result: ScanResult): Record<string, unknown> {
  const checks = checkIndex(result);
  return {
    schemaVersion: result.schemaVersion,
    summary: plainSummary(result),
    checks: Object.fromEntries(result.runs.map((run) => [run.check.meta.id, plainCheck(run)])),
    ...(result.compliance ? { frameworks: result.compliance.frameworks.map(plainFramework), areas: result.compliance.areas } : {}),
    findings: streamed(mapIterable(result.findings, (f) => plainFinding(f, checks))),
    ...(result.fixed ? { fixed: result.fixed.map(plainFixed) } : {}),
    ...(result.waivers.length > 0 ? { waivers: result.waivers } : {}),
    diagnostics: result.diagnostics.map(plainDiagnostic),
    ...(result.coverage ? { coverage: plainCoverage(result.coverage) } : {}),
    ...(result.versions ? { versions: { components: result.versions.components, data: result.versions.data } } : {}),
    ...(result.supplyChain ? { supplyChain: plainSupplyChain(result.supplyChain) } : {}),
  };
}

/** The supply-chain data a scan used; whether the OSV index came from the cache is left out, so that the same input gives the same document. */
function plainSupplyChain(d: NonNullable<ScanResult['supplyChain']>): Record<string, unknown> {
  if (!d.osv) return { ...d };
  const { fromCache: _, ...osv } = d.osv;
  return { ...d, osv };
}

/** What a cluster read could not see (present only for live and snapshot input). */
export function plainCoverage(c: NonNullable<ScanResult['coverage']>): Record<string, unknown> {
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

/** A framework's score and every control's status, as the JSON contract writes them. */
export function plainFramework(f: FrameworkResult): Record<string, unknown> {
  return {
    id: f.id,
    title: f.title,
    version: f.version,
    score: f.score,
    counts: f.counts,
    controls: f.controls.map((c) => ({ id: c.id, title: c.title, group: c.group, status: c.status, checks: c.checks, findings: c.findings })),
  };
}

function plainFixed(f: BaselineFinding): Record<string, unknown> {
  const r = f.resource;
  return {
    checkId: f.checkId,
    severity: f.severity,
    message: f.message,
    resource: { ...(r.apiVersion !== undefined ? { apiVersion: r.apiVersion } : {}), kind: r.kind, ...(r.namespace !== undefined ? { namespace: r.namespace } : {}), name: r.name },
    ...(f.location ? { location: { file: f.location.file, line: f.location.line } } : {}),
    fingerprint: f.fingerprint,
  };
}

/** The checks that ran by id, for reporters that show a finding with its check's metadata. */
export function checkIndex(result: Pick<ScanResult, 'runs'>): ReadonlyMap<string, CheckRun> {
  return new Map(result.runs.map((r) => [r.check.meta.id, r]));
}

export function plainSummary(result: ScanResult): Record<string, unknown> {
  const s = result.summary;
  return {
    objects: s.objects,
    checks: s.checks,
    findings: s.findings,
    bySeverity: s.bySeverity,
    byArea: countByArea(result.findings),
    diagnostics: s.diagnostics,
  };
}

/** Findings per area, areas in their documented order, only those with findings. */
export function countByArea(findings: Iterable<Finding>): Record<string, number> {
  const counts = new Map<Area, number>();
  for (const f of findings) counts.set(f.references.area, (counts.get(f.references.area) ?? 0) + 1);
  return Object.fromEntries((Object.keys(AREAS) as Area[]).filter((a) => counts.has(a)).map((a) => [a, counts.get(a)!]));
}

export function countBySeverity(findings: Iterable<Finding>): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** What every finding of a check shares: said once, in the top-level `checks` map. */
export function plainCheck({ check: { meta }, references }: CheckRun): Record<string, unknown> {
  return {
    title: meta.title,
    severity: meta.severity,
    rationale: meta.rationale,
    remediation: meta.remediation,
    references,
  };
}

/**
 * What is specific to one finding. Title, rationale and references are its check's (see `checks`);
 * `remediation` appears only when the finding has its own; `context` only when it has one.
 */
export function plainFinding(f: Finding, checks: ReadonlyMap<string, CheckRun>): Record<string, unknown> {
  const r = f.resource;
  const meta = checks.get(f.checkId)?.check.meta;
  return {
    checkId: f.checkId,
    severity: f.severity,
    message: f.message,
    ...(f.context !== undefined ? { context: f.context } : {}),
    resource: { apiVersion: r.apiVersion, kind: r.kind, ...(r.namespace !== undefined ? { namespace: r.namespace } : {}), name: r.name },
    ...(f.location ? { location: { file: f.location.file, line: f.location.line, column: f.location.column, path: f.location.path } } : {}),
    evidence: f.evidence,
    // The CIS numbers stay on each finding (issue 9's contract: findings[].references.cis), in the
    // benchmark version chosen with --cis-version; the other references are in `checks`.
    ...(f.references.cis?.length ? { references: { cis: f.references.cis } } : {}),
    ...(meta === undefined || f.remediation !== meta.remediation ? { remediation: f.remediation } : {}),
    fingerprint: f.fingerprint,
    ...(f.waived !== undefined ? { waived: f.waived } : {}),
    ...(f.baseline !== undefined ? { baseline: f.baseline } : {}),
  };
}

export function plainDiagnostic(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    code: d.code,
    file: d.file,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    message: d.message,
  };
}

export function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
