import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../inventory/load.js';
import { scan } from '../scan.js';
import { fullMessage } from '../findings/finding.js';
/** Runs one check over fixtures, ESLint-style: tests are data. */
export function testCheck(check, cases) {
    assert.ok(cases.pass.length > 0 && cases.fail.length > 0, `${check.meta.id}: needs passing and failing fixtures`);
    describe(check.meta.id, () => {
        for (const c of cases.pass) {
            it(`passes: ${c.name}`, () => {
                const result = run(check, c.yaml, c.options);
                assert.deepEqual(result.map((f) => f.message), []);
            });
        }
        for (const c of cases.fail) {
            it(`fails: ${c.name}`, () => {
                const result = run(check, c.yaml, c.options).sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
                assert.equal(result.length, c.findings.length, `expected ${c.findings.length} finding(s), got: ${JSON.stringify(result.map((f) => `${f.location?.line}: ${f.message}`))}`);
                c.findings.forEach((expected, i) => {
                    const actual = { ...result[i], message: fullMessage(result[i]) };
                    if (expected.line !== undefined)
                        assert.equal(actual.location?.line, expected.line, `finding ${i} line: ${actual.message}`);
                    if (typeof expected.message === 'string')
                        assert.ok(actual.message.includes(expected.message), `finding ${i}: "${actual.message}" lacks "${expected.message}"`);
                    else if (expected.message)
                        assert.match(actual.message, expected.message);
                    if (expected.severity)
                        assert.equal(actual.severity, expected.severity, `finding ${i} severity`);
                    if (expected.notMessage)
                        assert.ok(!actual.message.includes(expected.notMessage) && !JSON.stringify(actual.evidence).includes(expected.notMessage), `finding ${i} reveals "${expected.notMessage}"`);
                    for (const [k, v] of Object.entries(expected.evidence ?? {}))
                        assert.deepEqual(actual.evidence[k], v, `finding ${i} evidence.${k}`);
                });
            });
        }
    });
}
function run(check, yaml, options = {}) {
    const inventory = loadText(yaml, 'fixture.yaml');
    assert.deepEqual(inventory.diagnostics, [], 'fixture must be valid input');
    return [...scan(inventory, { ...options, registry: [check] }).findings];
}
/** Dedents a template literal so fixtures can be indented with the test code. */
export function yaml(strings, ...values) {
    const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
    const lines = raw.replace(/^\n/, '').split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
    return lines.map((l) => l.slice(indent)).join('\n');
}
//# sourceMappingURL=testing.js.map