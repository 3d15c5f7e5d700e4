import type { ScanResult } from '../scan.js';
import { SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import { compliance, type ComplianceResult } from '../frameworks/compliance.js';
import { VERSION } from '../version.js';
import { groupByNamespace, mostImportant, type NamespaceGroup } from './table.js';
import { count } from './text.js';

/** GitHub rejects a comment longer than this (in characters; a JS string's length never counts fewer). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** The longest the whole text may be (default: a GitHub comment). */
  readonly maxLength?: number;
}

const MARK: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/**
 * `-o markdown`, for a pull-request comment: the summary (counts by severity and area, scores,
 * the most important findings), then one collapsible section per namespace, most severe first,
 * kept within GitHub's comment size: what does not fit is counted, never cut mid-table.
 */
export function renderMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const s = result.summary;
  const head: string[] = [];
  head.push(`### Rampart: ${s.findings === 0 ? 'no findings' : count(s.findings, 'finding')} in ${count(s.objects, 'object')}`, '');
  if (s.findings > 0) {
    head.push(`| ${SEVERITIES.map((sev) => `${MARK[sev]} ${sev}`).join(' | ')} |`, `| ${SEVERITIES.map(() => '---:').join(' | ')} |`, `| ${SEVERITIES.map((sev) => s.bySeverity[sev]).join(' | ')} |`, '');
  }
  head.push(...scores(compliance(result.runs, result.findings)));
  if (s.findings > 0) {
    const top = mostImportant(result.findings);
    head.push(`#### ${top.length === 1 ? 'Most important finding' : `The ${top.length} most important findings`}`, '', '| | Check | Resource | Where | Finding |', '| --- | --- | --- | --- | --- |');
    for (const f of top) head.push(`| ${MARK[f.severity]} ${f.severity} | ${code(f.checkId)} | ${cell(resourceName(f))} | ${f.location ? code(`${f.location.file}:${f.location.line}`) : ''} | ${cell(f.message)} |`);
    head.push('');
  }
  const footer = [`<sub>Rampart ${VERSION}: ${count(s.checks, 'check')} run. The full report: \`rampart scan -o html\` or \`-o json\`.</sub>`, ''];
  const diagnostics = result.diagnostics.length > 0 ? diagnosticsSection(result) : [];

  const out = [...head];
  let length = joinedLength(out);
  const reserve = joinedLength(footer) + joinedLength(diagnostics) + 400; // and the "not shown" line
  let shownFindings = 0;
  const groups = groupByNamespace(result.findings);
  let complete = 0; // namespaces shown in full
  for (const group of groups) {
    const block = namespaceSection(group, limit - reserve - length);
    out.push(...block.lines);
    length += joinedLength(block.lines);
    shownFindings += block.shown;
    if (block.shown < group.findings) break;
    complete++;
  }
  const hidden = s.findings - shownFindings;
  if (hidden > 0) {
    const namespaces = groups.length - complete;
    out.push(`**${count(hidden, 'more finding')}${namespaces > 0 ? ` in ${count(namespaces, 'namespace')}` : ''} not shown**: a comment holds at most ${limit.toLocaleString('en-US')} characters.`, '');
  }
  out.push(...diagnostics, ...footer);
  return out.join('\n');
}

function scores(c: ComplianceResult): string[] {
  const frameworks = c.frameworks.filter((f) => f.score !== null);
  const areas = c.areas.filter((a) => a.score !== null);
  if (frameworks.length === 0 && areas.length === 0) return [];
  const out: string[] = [];
  if (frameworks.length > 0) out.push(`**Compliance** (100 = every control that could be tested passes): ${frameworks.map((f) => `${f.title} ${f.version}: **${f.score}**`).join(' · ')}`, '');
  if (areas.length > 0) out.push(`**Areas**: ${areas.map((a) => `${a.title}: **${a.score}** (${count(a.findings, 'finding')})`).join(' · ')}`, '');
  return out;
}

/** A namespace's collapsible table, cut to fit in `room` characters (rows that fit, none half). */
function namespaceSection(group: NamespaceGroup, room: number): { lines: string[]; shown: number } {
  const findings = group.resources.flatMap((r) => r.findings);
  const counts = SEVERITIES.filter((sev) => findings.some((f) => f.severity === sev)).map((sev) => `${findings.filter((f) => f.severity === sev).length} ${sev}`);
  const title = group.namespace === '' ? 'cluster-scoped resources' : `namespace ${group.namespace}`;
  const notes = new Map<string, number>();
  for (const f of findings) if (f.context !== undefined && !notes.has(f.context)) notes.set(f.context, notes.size + 1);
  const open = [
    '<details>',
    `<summary><b>${html(title)}</b>: ${count(findings.length, 'finding')} (${counts.join(', ')}) on ${count(group.resources.length, 'resource')}</summary>`,
    '',
    ...[...notes].map(([text, n]) => `<sup>[${n}]</sup> ${escape(text)}  `),
    ...(notes.size > 0 ? [''] : []),
    '| | Check | Resource | Line | Finding |',
    '| --- | --- | --- | ---: | --- |',
  ];
  const close = ['', '</details>', ''];
  let used = joinedLength(open) + joinedLength(close) + 120; // and the "more in this namespace" row
  if (used > room) return { lines: [], shown: 0 };
  const rows: string[] = [];
  for (const f of findings) {
    const name = group.namespace !== '' && f.resource.namespace === group.namespace ? `${f.resource.kind}/${f.resource.name}` : resourceName(f);
    const note = f.context !== undefined ? ` <sup>[${notes.get(f.context)}]</sup>` : '';
    const tag = f.waived !== undefined ? ` _(waived: ${escape(f.waived.justification)})_` : f.baseline === 'new' ? ' **new**' : '';
    const row = `| ${MARK[f.severity]} | ${code(f.checkId)} | ${cell(name)} | ${f.location ? f.location.line : ''} | ${cell(f.message)}${note}${tag} |`;
    if (used + row.length + 1 > room) break;
    rows.push(row);
    used += row.length + 1;
  }
  const shown = rows.length;
  if (shown === 0) return { lines: [], shown: 0 };
  if (shown < findings.length) rows.push(`| | | | | … and ${count(findings.length - shown, 'more finding')} in this namespace |`);
  return { lines: [...open, ...rows, ...close], shown };
}

function diagnosticsSection(result: ScanResult): string[] {
  const shown = result.diagnostics.slice(0, 50);
  return [
    '<details>',
    `<summary><b>${count(result.diagnostics.length, 'input problem')}</b></summary>`,
    '',
    ...shown.map((d) => `- ${code(`${d.file}${d.line !== undefined ? `:${d.line}` : ''}`)} ${d.severity}: ${escape(d.message)} (${d.code})`),
    ...(result.diagnostics.length > shown.length ? [`- … and ${count(result.diagnostics.length - shown.length, 'more')}`] : []),
    '',
    '</details>',
    '',
  ];
}

function resourceName(f: Finding): string {
  const r = f.resource;
  return r.namespace !== undefined ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
}

function joinedLength(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

/** Text that Markdown and GitHub's HTML filter show as written. */
function escape(s: string): string {
  return s.replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** A table cell: escaped, on one line. */
function cell(s: string): string {
  return escape(s);
}

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An inline code span that holds any text, backticks included (CommonMark: a longer fence). */
function code(s: string): string {
  const text = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
