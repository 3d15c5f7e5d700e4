import { AREAS, severityRank, type Area, type Finding, type Severity } from '../findings/finding.js';
import type { CheckRun } from '../scan.js';
import { frameworks, type Control, type Framework, type FrameworkId } from './catalogue.js';

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
export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { critical: 10, high: 6, medium: 3, low: 1, info: 0 };

export type ControlStatus = 'pass' | 'fail' | 'manual' | 'not-applicable';
export const CONTROL_STATUSES: readonly ControlStatus[] = ['fail', 'pass', 'not-applicable', 'manual'];

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
  readonly checks: { readonly pass: number; readonly fail: number; readonly notApplicable: number };
  readonly findings: number;
}

export interface ComplianceOptions {
  /** Frameworks to report (default: all). */
  readonly frameworks?: readonly FrameworkId[];
  /** Version per framework, e.g. `{ cis: '1.9' }` (default: each framework's current version). */
  readonly versions?: Readonly<Partial<Record<FrameworkId, string | undefined>>>;
  /** Frameworks the user asked to see control by control (`--framework`); the table shows only these. */
  readonly shown?: readonly FrameworkId[];
}

function score(pairs: Iterable<{ weight: number; pass: boolean }>): number | null {
  let passed = 0;
  let total = 0;
  for (const { weight, pass } of pairs) {
    total += weight;
    if (pass) passed += weight;
  }
  return total === 0 ? null : Math.round((1000 * passed) / total) / 10;
}

/** `counting` of a findings list, computed once for all frameworks. */
const COUNTED = new WeakMap<readonly Finding[], ReadonlyMap<string, number>>();

/** Findings that count against a control: not waived. */
function counting(findings: readonly Finding[]): ReadonlyMap<string, number> {
  let counted = COUNTED.get(findings);
  if (!counted) COUNTED.set(findings, (counted = countByCheck(findings)));
  return counted;
}

function countByCheck(findings: readonly Finding[]): Map<string, number> {
  const byCheck = new Map<string, number>();
  for (const f of findings) {
    if (f.waived !== undefined) continue;
    byCheck.set(f.checkId, (byCheck.get(f.checkId) ?? 0) + 1);
  }
  return byCheck;
}

/** Findings that count against a CIS control, by check and recommendation id: not waived, and listing the id. */
function countingCis(findings: readonly Finding[]): Map<string, number> {
  const byCheckAndId = new Map<string, number>();
  for (const f of findings) {
    if (f.waived !== undefined) continue;
    for (const id of f.references.cis ?? []) byCheckAndId.set(`${f.checkId}\0${id}`, (byCheckAndId.get(`${f.checkId}\0${id}`) ?? 0) + 1);
  }
  return byCheckAndId;
}

export function frameworkResult(framework: Framework, runs: readonly CheckRun[], findings: readonly Finding[], version = framework.version): FrameworkResult {
  const byCheck = counting(findings);
  const byCis = framework.id === 'cis' ? countingCis(findings) : undefined;
  const runsByKey = new Map<string, CheckRun[]>();
  for (const run of runs) {
    if (run.failed) continue;
    for (const key of framework.keysOf(run.check.meta.references, run.check.meta.area)) {
      let list = runsByKey.get(key);
      if (!list) runsByKey.set(key, (list = []));
      list.push(run);
    }
  }
  const weights: { weight: number; pass: boolean }[] = [];
  const controls = framework.controls(version).map((control: Control): ControlResult => {
    const covering = runsByKey.get(control.key) ?? [];
    const checks = covering.map((r) => r.check.meta.id);
    // A CIS control counts a finding only when the finding lists it: a check may report a risk the
    // benchmark's own test accepts (Report.cis narrows the finding's CIS ids).
    const found = byCis ? checks.reduce((n, c) => n + (byCis.get(`${c}\0${control.id}`) ?? 0), 0) : covering.reduce((n, r) => n + (byCheck.get(r.check.meta.id) ?? 0), 0);
    let status: ControlStatus;
    if (covering.length === 0) status = 'manual';
    else if (found > 0) status = 'fail';
    else if (covering.every((r) => !r.applicable)) status = 'not-applicable';
    else status = 'pass';
    if (status === 'pass' || status === 'fail') {
      const worst = covering.reduce<Severity>((w, r) => (severityRank(r.check.meta.severity) > severityRank(w) ? r.check.meta.severity : w), 'info');
      weights.push({ weight: SEVERITY_WEIGHT[worst], pass: status === 'pass' });
    }
    return { id: control.id, key: control.key, title: control.title, group: control.group, status, checks, findings: found };
  });
  const counts = { pass: 0, fail: 0, manual: 0, 'not-applicable': 0 };
  for (const c of controls) counts[c.status]++;
  return { id: framework.id, title: framework.title, version, score: score(weights), counts, controls };
}

export function areaResults(runs: readonly CheckRun[], findings: readonly Finding[]): AreaResult[] {
  const byCheck = counting(findings);
  return (Object.keys(AREAS) as Area[]).flatMap((area) => {
    const inArea = runs.filter((r) => r.check.meta.area === area && !r.failed);
    if (inArea.length === 0) return [];
    const judged = inArea.filter((r) => r.applicable || (byCheck.get(r.check.meta.id) ?? 0) > 0);
    const fail = judged.filter((r) => (byCheck.get(r.check.meta.id) ?? 0) > 0);
    return [
      {
        id: area,
        title: AREAS[area].title,
        score: score(judged.map((r) => ({ weight: SEVERITY_WEIGHT[r.check.meta.severity], pass: (byCheck.get(r.check.meta.id) ?? 0) === 0 }))),
        checks: { pass: judged.length - fail.length, fail: fail.length, notApplicable: inArea.length - judged.length },
        findings: inArea.reduce((n, r) => n + (byCheck.get(r.check.meta.id) ?? 0), 0),
      },
    ];
  });
}

export interface ComplianceResult {
  readonly frameworks: readonly FrameworkResult[];
  readonly areas: readonly AreaResult[];
  /** Frameworks to show control by control in human output (`--framework`). */
  readonly shown: readonly FrameworkId[];
}

export function compliance(runs: readonly CheckRun[], findings: readonly Finding[], options: ComplianceOptions = {}): ComplianceResult {
  const wanted = options.frameworks ?? frameworks().map((f) => f.id).filter((id) => id !== 'rampart');
  return {
    frameworks: frameworks()
      .filter((f) => wanted.includes(f.id))
      .map((f) => frameworkResult(f, runs, findings, options.versions?.[f.id] ?? f.version)),
    areas: areaResults(runs, findings),
    shown: options.shown ?? [],
  };
}

