import type { ComplianceResult, ControlStatus, FrameworkResult } from '../frameworks/compliance.js';
import type { Style } from './style.js';
import { count, wrap } from './text.js';

const STATUS_LABEL: Record<ControlStatus, string> = { pass: 'PASS', fail: 'FAIL', manual: 'MANUAL', 'not-applicable': 'N/A' };

function scoreText(score: number | null): string {
  return score === null ? 'n/a' : `${score}`;
}

/** The frameworks the user asked for with --framework, control by control. */
export function* complianceTables(c: ComplianceResult, st: Style, width: number | undefined): Generator<string> {
  for (const id of c.shown) {
    if (id === 'rampart') {
      yield* areaTable(c, st);
      continue;
    }
    const f = c.frameworks.find((x) => x.id === id);
    if (f) yield* frameworkTable(f, st, width);
  }
}

function statusStyle(st: Style, status: ControlStatus): (s: string) => string {
  return status === 'fail' ? (s) => st.severity('high', s) : status === 'pass' ? (s) => s : st.dim;
}

function* frameworkTable(f: FrameworkResult, st: Style, width: number | undefined): Generator<string> {
  const c = f.counts;
  yield st.bold(`${f.title} ${f.version}: score ${scoreText(f.score)}`) + st.dim(`  (${count(c.pass, 'pass', 'pass')}, ${count(c.fail, 'failure')}, ${c.manual} manual, ${c['not-applicable']} not applicable)`) + '\n';
  const idWidth = Math.max(2, ...f.controls.map((x) => x.id.length));
  let group = '';
  for (const control of f.controls) {
    if (control.group !== group) {
      group = control.group;
      yield st.dim(`  ${group}`) + '\n';
    }
    const status = STATUS_LABEL[control.status].padEnd(6);
    const found = control.findings > 0 ? ` (${count(control.findings, 'finding')})` : '';
    const head = `    ${control.id.padEnd(idWidth)}  `;
    const room = width === undefined ? Infinity : width - head.length - 8;
    const { lines } = wrap(`${control.title}${found}`, room, width === undefined ? Infinity : 2);
    yield `${head}${statusStyle(st, control.status)(status)}  ${lines[0]}\n`;
    for (const line of lines.slice(1)) yield `${' '.repeat(head.length + 8)}${line}\n`;
  }
  yield '\n';
}

function* areaTable(c: ComplianceResult, st: Style): Generator<string> {
  yield st.bold("Rampart's areas") + '\n';
  const w = Math.max(...c.areas.map((a) => a.title.length));
  for (const a of c.areas) {
    yield `    ${a.title.padEnd(w)}  ${scoreText(a.score).padStart(5)}  ${st.dim(`${count(a.checks.fail, 'failing check')}, ${a.checks.pass} passing, ${a.checks.notApplicable} not applicable`)}\n`;
  }
  yield '\n';
}
