import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Check } from './check.js';
import { loadText } from '../inventory/load.js';
import { scan, type ScanOptions } from '../scan.js';
import { fullMessage, type Finding, type Severity } from '../findings/finding.js';

export interface ExpectedFinding {
  /** Line of the offending field in the fixture. */
  readonly line?: number;
  /** A fragment the message must contain (e.g. the container name). */
  readonly message?: string | RegExp;
  readonly severity?: Severity;
  /** Evidence entries that must be present with these values (other entries are not checked). */
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** A fragment the message must not contain (e.g. a secret value). */
  readonly notMessage?: string;
}

/** Scan options a case runs with (configuration, supply-chain evidence); the check itself is always the only one run. */
export type CaseOptions = Omit<ScanOptions, 'registry' | 'checks' | 'skipChecks'>;

export interface CheckCases {
  /** Fixtures that must produce no finding. */
  readonly pass: readonly { readonly name: string; readonly yaml: string; readonly options?: CaseOptions }[];
  /** Fixtures that must produce exactly the listed findings, in document order. */
  readonly fail: readonly { readonly name: string; readonly yaml: string; readonly findings: readonly ExpectedFinding[]; readonly options?: CaseOptions }[];
}

/** Runs one check over fixtures, ESLint-style: tests are data. */
export function testCheck(check: Check, cases: CheckCases): void {
  assert.ok(cases.pass.length > 0 && cases.fail.length > 0, `${check.meta.id}: needs passing and failing fixtures`);
  describe(check.meta.id, () => {
    for (const c of cases.pass) {
      it(`passes: ${c.name}`, () => {
        const result = run(check, c.yaml, c.options);
        assert.deepEqual(
          result.map((f) => f.message),
          [],
        );
      });
    }
    for (const c of cases.fail) {
      it(`fails: ${c.name}`, () => {
        const result = run(check, c.yaml, c.options).sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
        assert.equal(result.length, c.findings.length, `expected ${c.findings.length} finding(s), got: ${JSON.stringify(result.map((f) => `${f.location?.line}: ${f.message}`))}`);
        c.findings.forEach((expected, i) => {
          const actual = { ...result[i], message: fullMessage(result[i]) };
          if (expected.line !== undefined) assert.equal(actual.location?.line, expected.line, `finding ${i} line: ${actual.message}`);
          if (typeof expected.message === 'string') assert.ok(actual.message.includes(expected.message), `finding ${i}: "${actual.message}" lacks "${expected.message}"`);
          else if (expected.message) assert.match(actual.message, expected.message);
          if (expected.severity) assert.equal(actual.severity, expected.severity, `finding ${i} severity`);
          if (expected.notMessage) assert.ok(!actual.message.includes(expected.notMessage) && !JSON.stringify(actual.evidence).includes(expected.notMessage), `finding ${i} reveals "${expected.notMessage}"`);
          for (const [k, v] of Object.entries(expected.evidence ?? {})) assert.deepEqual(actual.evidence[k], v, `finding ${i} evidence.${k}`);
        });
      });
    }
  });
}

function run(check: Check, yaml: string, options: CaseOptions = {}): Finding[] {
  const inventory = loadText(yaml, 'fixture.yaml');
  assert.deepEqual(inventory.diagnostics, [], 'fixture must be valid input');
  return [...scan(inventory, { ...options, registry: [check] }).findings];
}

/** Dedents a template literal so fixtures can be indented with the test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
