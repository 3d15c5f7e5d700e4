import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
/** A good document that always yields a pss.privileged finding, to prove it was still scanned. */
const GOOD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: still-scanned, namespace: ok}\nspec:\n  containers:\n  - {name: c, image: x, securityContext: {privileged: true}}\n';
const CASES = [
    { name: 'unparsable YAML', file: 'bad.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n', code: 'yaml-syntax', line: 4 },
    { name: 'unparsable JSON', file: 'bad.json', content: '{\n  "apiVersion": "v1",\n  "kind": "Pod"\n  "metadata": {}\n}\n', code: 'json-syntax', line: 4 },
    { name: 'an item of a List that is not a mapping', file: 'list.yaml', content: '# a List with a bad item\napiVersion: v1\nkind: List\nitems:\n- 42\n', code: 'not-a-mapping', line: 5 },
    { name: 'missing apiVersion', file: 'noapi.yaml', content: 'kind: Pod\nmetadata: {name: x}\n', code: 'missing-field', line: 1 },
    { name: 'missing kind', file: 'nokind.yaml', content: '\n\napiVersion: v1\nmetadata: {name: x}\n', code: 'missing-field', line: 3 },
    { name: 'missing metadata.name', file: 'noname.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {a: b}\n', code: 'missing-field', line: 3 },
    { name: 'a duplicate object', file: 'dup.yaml', content: GOOD.replace('still-scanned', 'twin') + '---\n' + GOOD.replace('still-scanned', 'twin'), code: 'duplicate-object', line: 8 },
    { name: 'a binary file', file: 'image.yaml', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), code: 'binary-file' },
    { name: 'a Deployment in apiVersion v1', file: 'v1.yaml', content: 'apiVersion: v1\nkind: Deployment\nmetadata: {name: x}\n', code: 'invalid-field', line: 1 },
];
describe('bad input: a clear diagnostic, everything else still scanned, exit 2', () => {
    for (const c of CASES) {
        it(c.name, async () => {
            const dir = mkdtempSync(join(tmpdir(), 'rampart-bad-'));
            writeFileSync(join(dir, 'good.yaml'), GOOD);
            writeFileSync(join(dir, c.file), c.content);
            let out = '';
            let err = '';
            const io = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: dir };
            const code = await main(['scan', '-f', dir, '-o', 'json', '--checks', 'pss.privileged'], io);
            assert.equal(code, 2, 'exit status says the input was bad');
            const doc = JSON.parse(out);
            assert.equal(doc.diagnostics.length, 1, JSON.stringify(doc.diagnostics));
            const [d] = doc.diagnostics;
            assert.equal(d.code, c.code);
            assert.equal(d.file, join(dir, c.file));
            assert.equal(d.line, c.line);
            assert.ok(d.message.length > 10, 'a reason');
            assert.ok(doc.findings.some((f) => f.resource.name === 'still-scanned'), 'the good file was still scanned');
            assert.match(err, new RegExp(`${c.file.replace('.', '\\.')}(:\\d+)?(:\\d+)?: error: .+\\[${c.code}\\]`), 'one line on stderr');
            assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
        });
    }
});
//# sourceMappingURL=bad-input.test.js.map