import type { ScanResult } from '../scan.js';
import { AREAS, SEVERITIES, severityRank, type Area, type Finding, type Severity } from '../findings/finding.js';
import { makeStyle, type Style } from './style.js';
import { collect, type Chunks } from './stream.js';
import { count, fitParts, wrap } from './text.js';
import { countByArea } from './document.js';
import { complianceTables } from './compliance-table.js';
import { compliance } from '../frameworks/compliance.js';
import { describeVersionData } from '../analysis/versions/report.js';
import { describeOsvData } from '../analysis/images/evidence.js';

export interface TableOptions {
  readonly colour: boolean;
  /**
   * The terminal's width: messages wrap to it and stop after three lines (the full text is in
   * `-o wide` and the JSON). Undefined: no limit, every message on one line (`-o wide`).
   */
  readonly width?: number;
}

/** Lines a message may take in the table before it is cut (with "…"). */
const MAX_MESSAGE_LINES = 3;
/** How many findings the summary leads with. */
const TOP = 5;

const LABEL: Record<Severity, string> = { critical: 'CRIT', high: 'HIGH', medium: 'MED', low: 'LOW', info: 'INFO' };

/**
 * The human report, written as it is produced: a summary first (counts by severity and area, the
 * most important findings), then every finding grouped by namespace and resource, most severe first.
 * What holds for a whole namespace (whether Pod Security admission would let a pod in) is said once
 * in the namespace's heading and referred to by number.
 */
export function* tableReport(result: ScanResult, options: TableOptions): Chunks {
  const st = makeStyle(options.colour);
  const width = options.width;
  const s = result.summary;
  if (s.findings === 0) {
    yield* say(`No findings in ${count(s.objects, 'object')} (${count(s.checks, 'check')} run).`, width);
    yield* supplyChainLine(result, st, width);
    yield* versionDataLine(result, st, width);
    if (result.compliance) yield* complianceTables(result.compliance, st, width);
    if (s.diagnostics > 0) yield* say(`${count(s.diagnostics, 'input problem')}: see stderr.`, width, (t) => st.severity('high', t));
    yield* coverageLines(result, st, width);
    return;
  }
  yield* summary(result, st, width);
  yield '\n';
  if (result.compliance) yield* complianceTables(result.compliance, st, width);
  const cut = { any: false };
  for (const group of groupByNamespace(result.findings)) yield* namespaceLines(group, st, width, cut);
  yield* say(totals(result), width, st.bold);
  if (cut.any) yield* say(`Some messages were cut to ${MAX_MESSAGE_LINES} lines: -o wide or -o json has them in full.`, width, st.dim);
  if (s.diagnostics > 0) yield* say(`${count(s.diagnostics, 'input problem')}: see stderr.`, width, (t) => st.severity('high', t));
  yield* coverageLines(result, st, width);
}

/** How old the release and CVE data behind the versions findings is; loud when stale. */
function* versionDataLine(result: ScanResult, st: Style, width: number | undefined): Generator<string> {
  if (!result.versions) return;
  yield '\n';
  yield* say(describeVersionData(result.versions), width, result.versions.data.stale ? (t) => st.severity('medium', t) : st.dim);
}

/** How old the vulnerability data behind the findings is: a report never leans on data without saying its age. */
function* supplyChainLine(result: ScanResult, st: Style, width: number | undefined): Generator<string> {
  const osv = result.supplyChain?.osv;
  if (!osv) return;
  const { text, stale } = describeOsvData(osv);
  yield '\n';
  yield* say(text, width, stale ? (t) => st.severity('high', st.bold(t)) : st.dim);
}

/** Kinds a cluster did not let Rampart read, and the checks each one affected: a partial scan says so. */
function* coverageLines(result: ScanResult, st: Style, width: number | undefined): Generator<string> {
  const gaps = result.coverage?.gaps ?? [];
  if (gaps.length === 0) return;
  yield '\n';
  yield* say(`Coverage gaps (${gaps.length}): the cluster did not let Rampart read these kinds, so findings may be missing`, width, (t) => st.severity('medium', st.bold(t)));
  const indented = function* (indent: string, text: string, style: (s: string) => string = (t) => t): Generator<string> {
    for (const line of wrap(text, width === undefined ? Infinity : Math.max(20, width - indent.length)).lines) yield indent + style(line) + '\n';
  };
  for (const g of gaps) {
    yield* indented('  ', `${st.bold(g.resource)} (${g.apiVersion} ${g.kind}) in ${g.namespace !== undefined ? `namespace ${g.namespace}` : 'all namespaces'}: ${g.reason}: ${g.message}`);
    yield* indented('    ', g.checks.length > 0 ? `checks that could not run fully: ${g.checks.join(', ')}` : 'no check read this kind', st.dim);
  }
}

export function renderTable(result: ScanResult, options: TableOptions): string {
  return collect(tableReport(result, options));
}

function* summary(result: ScanResult, st: Style, width: number | undefined): Generator<string> {
  const s = result.summary;
  yield* say(`${count(s.findings, 'finding')} in ${count(s.objects, 'object')} (${count(s.checks, 'check')} run)`, width, st.bold);
  yield '\n';
  const bySeverity = SEVERITIES.map((sev) => [sev, s.bySeverity[sev]] as const);
  const byArea = Object.entries(countByArea(result.findings)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) as [Area, number][];
  const scores = result.compliance ?? compliance(result.runs, result.findings);
  const areaScore = new Map(scores.areas.map((a) => [a.id as string, a.score]));
  let areaWidth = Math.max(4, ...byArea.map(([a]) => AREAS[a].title.length));
  const severityRow = (i: number) => (bySeverity[i] ? `  ${st.severity(bySeverity[i][0], bySeverity[i][0].padEnd(10))}${String(bySeverity[i][1]).padStart(9)}` : ' '.repeat(21));
  const areaRow = (i: number) => {
    const area = byArea[i];
    if (!area) return '';
    const score = areaScore.get(area[0]);
    const title = AREAS[area[0]].title;
    return `${(title.length > areaWidth ? `${title.slice(0, areaWidth - 1)}…` : title).padEnd(areaWidth)}${String(area[1]).padStart(10)}${(score === undefined || score === null ? '' : String(score)).padStart(7)}`;
  };
  const severityHead = `  ${'SEVERITY'.padEnd(10)}${'FINDINGS'.padStart(9)}`;
  const areaHead = () => `${'AREA'.padEnd(areaWidth)}${'FINDINGS'.padStart(10)}${'SCORE'.padStart(7)}`;
  if (width === undefined || 21 + 5 + areaWidth + 17 <= width) {
    // side by side
    yield st.bold(`${severityHead}     ${areaHead()}`) + '\n';
    for (let i = 0; i < Math.max(bySeverity.length, byArea.length); i++) yield `${severityRow(i)}${byArea[i] ? `     ${areaRow(i)}` : ''}`.trimEnd() + '\n';
  } else {
    // one under the other, the area titles cut to the width
    areaWidth = Math.max(4, Math.min(areaWidth, width - 19));
    yield st.bold(severityHead) + '\n';
    for (let i = 0; i < bySeverity.length; i++) yield severityRow(i) + '\n';
    yield '\n' + st.bold(`  ${areaHead()}`) + '\n';
    for (let i = 0; i < byArea.length; i++) yield `  ${areaRow(i)}\n`;
  }
  yield* supplyChainLine(result, st, width);
  yield* versionDataLine(result, st, width);
  const waived = result.findings.filter((f) => f.waived !== undefined).length;
  const fresh = result.findings.filter((f) => f.baseline === 'new').length;
  if (waived > 0 || result.findings.some((f) => f.baseline !== undefined)) {
    yield '\n';
    if (waived > 0) yield* say(`${count(waived, 'finding')} waived by exceptions (shown, not counted toward --fail-on).`, width, st.dim);
    if (result.findings.some((f) => f.baseline !== undefined)) yield* say(`${count(fresh, 'new finding')} since the baseline; ${count(result.findings.length - fresh, 'finding')} already there.`, width);
  }
  const frameworks = scores.frameworks.filter((f) => f.score !== null);
  if (frameworks.length > 0) {
    yield '\n';
    for (const line of fitParts([{ text: 'Compliance', style: st.bold }, { text: '(severity-weighted share of the testable controls that pass; 100 is best)', style: st.dim }], width, '  ', '')) yield line + '\n';
    const nameWidth = Math.min(Math.max(...frameworks.map((f) => f.title.length + f.version.length + 1)), width === undefined ? Infinity : width - 12);
    for (const f of frameworks) {
      const name = `${f.title} ${f.version}`;
      const parts = [{ text: `${name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name.padEnd(nameWidth)}  ${String(f.score).padStart(5)}` }, { text: `(${f.counts.fail} fail, ${f.counts.pass} pass, ${f.counts.manual} manual)`, style: st.dim }];
      for (const line of fitParts(parts, width, '    ', '  ')) yield line + '\n';
    }
  }
  const top = mostImportant(result.findings);
  yield '\n' + st.bold(top.length === 1 ? 'Most important finding' : `The ${top.length} most important findings`) + '\n';
  for (const [i, f] of top.entries()) {
    const parts = [
      { text: `${i + 1}.` },
      { text: LABEL[f.severity].padEnd(4), style: (t: string) => st.severity(f.severity, t) },
      { text: f.checkId, style: st.bold },
      { text: resourceName(f) },
      { text: f.location ? `${f.location.file}:${f.location.line}` : '', style: st.dim },
    ];
    for (const line of fitParts(parts, width, '              ', '  ')) yield line + '\n';
    const { lines } = wrap(f.message, width === undefined ? Infinity : width - 14, width === undefined ? Infinity : 2);
    for (const line of lines) yield `              ${line}\n`;
  }
}

/** The most severe findings, one per check first so that five different problems lead. */
export function mostImportant(findings: readonly Finding[], n = TOP): Finding[] {
  const picked: Finding[] = [];
  const checks = new Set<string>();
  for (const f of findings) {
    if (picked.length === n) break;
    if (checks.has(f.checkId)) continue;
    checks.add(f.checkId);
    picked.push(f);
  }
  const byRank = (a: Finding, b: Finding) => severityRank(b.severity) - severityRank(a.severity);
  if (picked.length < n) for (const f of findings) if (picked.length < n && !picked.includes(f)) picked.push(f);
  return picked.sort(byRank);
}

function totals(result: ScanResult): string {
  const s = result.summary;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  return `${count(s.findings, 'finding')}: ${counts.join(', ')}.`;
}

/** A sentence of its own, wrapped to the width. */
function* say(text: string, width: number | undefined, style: (s: string) => string = (t) => t): Generator<string> {
  for (const line of wrap(text, width ?? Infinity).lines) yield style(line) + '\n';
}

interface ResourceGroup {
  readonly key: string;
  readonly findings: Finding[];
}

export interface NamespaceGroup {
  /** '' for cluster-scoped resources other than Namespaces. */
  readonly namespace: string;
  readonly resources: ResourceGroup[];
  readonly findings: number;
  readonly worst: number;
}

/** The namespace a finding belongs to in a report: a Namespace's own findings belong to it. */
export function reportNamespace(f: Finding): string {
  return f.resource.namespace ?? (f.resource.kind === 'Namespace' ? f.resource.name : '');
}

function resourceName(f: Finding): string {
  const r = f.resource;
  return r.namespace !== undefined ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
}

/** Namespaces and their resources, each ordered by worst severity, then number of findings, then name. */
export function groupByNamespace(findings: readonly Finding[]): NamespaceGroup[] {
  const namespaces = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    const ns = reportNamespace(f);
    let resources = namespaces.get(ns);
    if (!resources) namespaces.set(ns, (resources = new Map()));
    const key = `${f.resource.apiVersion} ${resourceName(f)}`;
    let list = resources.get(key);
    if (!list) resources.set(key, (list = []));
    list.push(f);
  }
  // findings are sorted most severe first within a resource
  const worstOf = (fs: readonly Finding[]) => severityRank(fs[0].severity);
  const groups: NamespaceGroup[] = [];
  for (const [namespace, resources] of namespaces) {
    const list: ResourceGroup[] = [...resources].map(([key, fs]) => ({
      key,
      findings: fs.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.location?.line ?? 0) - (b.location?.line ?? 0)),
    }));
    list.sort((a, b) => worstOf(b.findings) - worstOf(a.findings) || b.findings.length - a.findings.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const total = list.reduce((n, r) => n + r.findings.length, 0);
    groups.push({ namespace, resources: list, findings: total, worst: Math.max(...list.map((r) => worstOf(r.findings))) });
  }
  return groups.sort((a, b) => b.worst - a.worst || b.findings - a.findings || (a.namespace < b.namespace ? -1 : 1));
}

function* namespaceLines(group: NamespaceGroup, st: Style, width: number | undefined, cut: { any: boolean }): Generator<string> {
  const severities = countSeverities(group.resources.flatMap((r) => r.findings));
  const heading = group.namespace === '' ? 'cluster-scoped resources' : `namespace ${group.namespace}`;
  for (const line of fitParts([{ text: heading, style: st.bold }, { text: `${count(group.resources.length, 'resource')}, ${severities}`, style: st.dim }], width, '  ', '')) yield line + '\n';
  // what holds for the whole namespace, said once and referred to by number
  const notes = new Map<string, number>();
  for (const r of group.resources) for (const f of r.findings) if (f.context !== undefined && !notes.has(f.context)) notes.set(f.context, notes.size + 1);
  for (const [text, n] of notes) {
    const { lines } = wrap(text, width === undefined ? Infinity : width - 6);
    for (const [i, line] of lines.entries()) yield st.dim(`${i === 0 ? `  [${n}]` : '     '} ${line}`) + '\n';
  }
  for (const r of group.resources) {
    const first = r.findings[0];
    const files = [...new Set(r.findings.map((f) => f.location?.file).filter((f): f is string => f !== undefined))];
    const name = group.namespace !== '' && first.resource.namespace === group.namespace ? `${first.resource.kind}/${first.resource.name}` : resourceName(first);
    for (const line of fitParts([{ text: name, style: st.bold }, ...files.map((file) => ({ text: file, style: st.dim }))], width, '    ', '  ')) yield line + '\n';
    for (const f of r.findings) yield findingLines(f, notes, st, width, cut);
  }
  yield '\n';
}

/** One finding: severity, line, check id and message, wrapped with a hanging indent. */
function findingLines(f: Finding, notes: ReadonlyMap<string, number>, st: Style, width: number | undefined, cut: { any: boolean }): string {
  const line = f.location ? `:${f.location.line}` : '';
  const note = f.context !== undefined ? ` [${notes.get(f.context)}]` : '';
  const indent = 4 + 4 + 1 + 6;
  const room = width === undefined ? Infinity : width - indent;
  const tag = f.waived !== undefined ? ` (waived: ${f.waived.justification})` : f.baseline === 'new' ? ' (new)' : '';
  const wrapped = wrap(`${f.checkId}${tag}: ${f.message}`, room, width === undefined ? Infinity : MAX_MESSAGE_LINES);
  const lines = wrapped.lines;
  let truncated = wrapped.truncated;
  // the note's number goes at the end, even of a message that was cut
  const last = lines.length - 1;
  if (lines[last].length + note.length > room) {
    lines[last] = `${lines[last].replace(/…$/, '').slice(0, room - note.length - 1)}…`;
    truncated = true;
  }
  const colour = (s: string, i: number) => (i === 0 ? st.severity(f.severity, f.checkId) + s.slice(f.checkId.length) : s) + (i === last && note ? st.dim(note) : '');
  const rendered = lines.map((l, i) => (i === 0 ? `    ${st.severity(f.severity, LABEL[f.severity].padEnd(4))} ${st.dim(line.padEnd(6))}` : ' '.repeat(indent)) + colour(l, i));
  if (truncated) cut.any = true;
  return rendered.join('\n') + '\n';
}

function countSeverities(findings: readonly Finding[]): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return SEVERITIES.filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${s}`)
    .join(', ');
}
