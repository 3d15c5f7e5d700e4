import type { CheckRun, ScanResult } from '../scan.js';
import { fullMessage, type Finding } from '../findings/finding.js';
import { formatDiagnostic } from '../inventory/diagnostics.js';
import { refToString } from '../inventory/object.js';
import { collect, type Chunks } from './stream.js';
import { count } from './text.js';

/**
 * `-o junit`, for the test tabs of CI systems (GitLab, Jenkins, Azure DevOps, GitHub test
 * reporters). One test suite per check that ran; in it one test case per resource the check
 * reported on, failed with every finding of that check on that resource. A check with no finding
 * is one passing test case; a check that found nothing to examine in the input is one skipped test
 * case; a finding that is waived makes its case skipped, with the justification. Input problems
 * are errors of a suite of their own, `rampart.input`.
 */
export function* junitReport(result: ScanResult): Chunks {
  const byCheck = new Map<string, Map<string, Finding[]>>();
  for (const f of result.findings) {
    let resources = byCheck.get(f.checkId);
    if (!resources) byCheck.set(f.checkId, (resources = new Map()));
    const key = refToString(f.resource);
    let list = resources.get(key);
    if (!list) resources.set(key, (list = []));
    list.push(f);
  }
  const suites = result.runs.map((run) => suite(run, byCheck.get(run.check.meta.id)));
  const inputErrors = result.diagnostics.filter((d) => d.severity === 'error');
  const tests = suites.reduce((n, s) => n + s.tests, 0) + inputErrors.length;
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const skipped = suites.reduce((n, s) => n + s.skipped, 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="rampart" tests="${tests}" failures="${failures}" errors="${inputErrors.length}" skipped="${skipped}">\n`;
  for (const s of suites) yield* s.xml();
  if (inputErrors.length > 0) {
    yield `  <testsuite name="rampart.input" tests="${inputErrors.length}" failures="0" errors="${inputErrors.length}" skipped="0">\n`;
    for (const d of inputErrors) {
      yield `    <testcase classname="rampart.input" name="${attr(d.file)}" file="${attr(d.file)}">\n      <error type="${attr(d.code)}" message="${attr(d.message)}">${text(formatDiagnostic(d))}</error>\n    </testcase>\n`;
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

export function renderJunit(result: ScanResult): string {
  return collect(junitReport(result));
}

interface Suite {
  readonly tests: number;
  readonly failures: number;
  readonly skipped: number;
  xml(): Generator<string>;
}

function suite(run: CheckRun, resources: ReadonlyMap<string, Finding[]> | undefined): Suite {
  const { meta } = run.check;
  const id = attr(meta.id);
  const cases = [...(resources ?? [])];
  const waived = cases.filter(([, fs]) => fs.every((f) => f.waived !== undefined)).length;
  const failures = cases.length - waived;
  const empty = cases.length === 0;
  const tests = empty ? 1 : cases.length;
  const skipped = waived + (empty && !run.applicable ? 1 : 0);
  return {
    tests,
    failures,
    skipped,
    *xml() {
      yield `  <testsuite name="${id}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n`;
      yield `    <properties><property name="title" value="${attr(meta.title)}"/><property name="severity" value="${meta.severity}"/><property name="area" value="${meta.area}"/></properties>\n`;
      if (empty) {
        yield run.applicable
          ? `    <testcase classname="${id}" name="${attr(`no findings: ${meta.title}`)}"/>\n`
          : `    <testcase classname="${id}" name="${attr(`not applicable: ${meta.title}`)}">\n      <skipped message="nothing in the input for this check to examine"/>\n    </testcase>\n`;
      }
      for (const [resource, findings] of cases) {
        const file = findings.find((f) => f.location)?.location?.file;
        yield `    <testcase classname="${id}" name="${attr(resource)}"${file ? ` file="${attr(file)}"` : ''}>\n`;
        const open = findings.filter((f) => f.waived === undefined);
        if (open.length === 0) {
          yield `      <skipped message="${attr(`waived: ${findings[0].waived?.justification ?? ''}`)}"/>\n`;
        } else {
          const worst = open[0].severity; // findings are sorted most severe first
          const summary = open.length === 1 ? fullMessage(open[0]) : `${count(open.length, 'finding')}: ${fullMessage(open[0])}`;
          yield `      <failure type="${worst}" message="${attr(summary)}">${text(open.map(describe).join('\n\n'))}</failure>\n`;
        }
        yield '    </testcase>\n';
      }
      yield '  </testsuite>\n';
    },
  };
}

function describe(f: Finding): string {
  const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column} (${f.location.path})` : refToString(f.resource);
  return `[${f.severity}] ${fullMessage(f)}\n  at ${where}\n  fix: ${f.remediation.replaceAll('\n', '\n       ')}`;
}

/** XML 1.0 cannot carry most control characters at all, even escaped: they become U+FFFD. */
function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function attr(s: string): string {
  return xmlSafe(s).replace(/[&<>"\n\r\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!);
}

function text(s: string): string {
  return xmlSafe(s).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
