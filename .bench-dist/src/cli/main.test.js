import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
function fakeIo(opts = {}) {
    let out = '';
    let err = '';
    const io = {
        stdout: { write: (s) => (out += s), isTTY: opts.tty },
        stderr: { write: (s) => (err += s), isTTY: false },
        readStdin: () => Buffer.from(opts.stdin ?? ''),
        env: opts.env ?? {},
        cwd: process.cwd(),
    };
    return { io, out: () => out, err: () => err };
}
const PRIVILEGED = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a}\nspec:\n  containers:\n  - name: c\n    image: nginx@sha256:' + 'a'.repeat(64) + '\n    securityContext: {privileged: true}\n';
const CLEAN = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: b}\ndata: {a: b}\n';
function dir(files) {
    const d = mkdtempSync(join(tmpdir(), 'rampart-cli-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(d, name, '..'), { recursive: true });
        writeFileSync(join(d, name), content);
    }
    return d;
}
describe('rampart scan exit codes', () => {
    it('0 when nothing at or above --fail-on', async () => {
        const t = fakeIo();
        assert.equal(await main(['scan', '-f', dir({ 'a.yaml': CLEAN }), '--checks', 'pss.privileged', '--fail-on', 'low'], t.io), 0);
    });
    it('1 when a finding is at or above --fail-on; 0 without --fail-on', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        assert.equal(await main(['scan', '-f', d, '--fail-on', 'high'], fakeIo().io), 1);
        assert.equal(await main(['scan', '-f', d], fakeIo().io), 0);
    });
    it('2 for bad input, with diagnostics on stderr and the good documents still scanned', async () => {
        const t = fakeIo();
        const d = dir({ 'bad.yaml': `${PRIVILEGED}---\nkind: [oops\n`, 'good.yaml': CLEAN });
        assert.equal(await main(['scan', '-f', d, '-o', 'json', '--checks', 'pss.privileged', '--fail-on', 'critical'], t.io), 2);
        const json = JSON.parse(t.out());
        assert.equal(json.findings.length, 1, 'the privileged pod before the broken document is still scanned');
        assert.equal(json.summary.objects, 2);
        assert.equal(json.diagnostics[0].code, 'yaml-syntax');
        assert.match(t.err(), /bad\.yaml:10(:\d+)?: error: invalid YAML/);
    });
    it('2 for bad usage: no input, unknown format, unknown check, missing path', async () => {
        for (const argv of [['scan'], ['scan', '-f', '.', '-o', 'xml'], ['scan', '-f', '.', '--checks', 'nope.*'], ['scan', '-f', '/does/not/exist'], ['frobnicate']]) {
            const t = fakeIo();
            assert.equal(await main(argv, t.io), 2, argv.join(' '));
            assert.ok(t.err().length > 0, `${argv.join(' ')} explains itself`);
            assert.doesNotMatch(t.err(), /\n\s+at /, 'no stack trace');
        }
    });
});
describe('rampart scan options', () => {
    it('reads stdin with -f -', async () => {
        const t = fakeIo({ stdin: PRIVILEGED });
        assert.equal(await main(['scan', '-f', '-', '-o', 'json', '--checks', 'pss.privileged'], t.io), 0);
        const json = JSON.parse(t.out());
        assert.equal(json.findings[0].location.file, '<stdin>');
        assert.equal(json.findings[0].location.line, 8);
    });
    it('-n keeps findings of one namespace; --min-severity drops lower ones', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        const inA = fakeIo();
        await main(['scan', '-f', d, '-n', 'a', '-o', 'json'], inA.io);
        assert.ok(JSON.parse(inA.out()).findings.length > 0);
        const inB = fakeIo();
        await main(['scan', '-f', d, '-n', 'b', '-o', 'json'], inB.io);
        assert.equal(JSON.parse(inB.out()).findings.length, 0);
        const crit = fakeIo();
        await main(['scan', '-f', d, '--min-severity', 'critical', '-o', 'json'], crit.io);
        assert.ok(JSON.parse(crit.out()).findings.every((f) => f.severity === 'critical'));
    });
    it('--checks and --skip-checks take globs', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        const only = fakeIo();
        await main(['scan', '-f', d, '-o', 'json', '--checks', 'pss.priv*'], only.io);
        assert.deepEqual([...new Set(JSON.parse(only.out()).findings.map((f) => f.checkId))], ['pss.privileged']);
        const skip = fakeIo();
        await main(['scan', '-f', d, '-o', 'json', '--skip-checks', 'pss.privileged'], skip.io);
        assert.ok(!JSON.parse(skip.out()).findings.some((f) => f.checkId === 'pss.privileged'));
    });
    it('colour only on a TTY and never with NO_COLOR', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        const tty = fakeIo({ tty: true });
        await main(['scan', '-f', d], tty.io);
        assert.match(tty.out(), /\x1b\[/);
        const noColor = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
        await main(['scan', '-f', d], noColor.io);
        assert.doesNotMatch(noColor.out(), /\x1b\[/);
        const pipe = fakeIo();
        await main(['scan', '-f', d], pipe.io);
        assert.doesNotMatch(pipe.out(), /\x1b\[/);
    });
});
describe('rampart checks', () => {
    it('list and explain', async () => {
        const list = fakeIo();
        assert.equal(await main(['checks', 'list', '-o', 'json'], list.io), 0);
        assert.ok(JSON.parse(list.out()).some((c) => c.id === 'pss.privileged'));
        const explain = fakeIo();
        assert.equal(await main(['checks', 'explain', 'pss.privileged'], explain.io), 0);
        assert.match(explain.out(), /## How to fix/);
        const unknown = fakeIo();
        assert.equal(await main(['checks', 'explain', 'privileged'], unknown.io), 2);
        assert.match(unknown.err(), /did you mean pss\.privileged/);
    });
});
describe('shared input options', () => {
    it('paths as arguments work like -f, for scan and pss', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        const positional = fakeIo();
        assert.equal(await main(['scan', d, '-o', 'json', '--checks', 'pss.privileged'], positional.io), 0);
        const flag = fakeIo();
        await main(['scan', '-f', d, '-o', 'json', '--checks', 'pss.privileged'], flag.io);
        assert.equal(positional.out(), flag.out());
        assert.equal(JSON.parse(positional.out()).findings.length, 1);
        const pss = fakeIo();
        assert.equal(await main(['pss', d, '-o', 'json'], pss.io), 0);
        assert.equal(JSON.parse(pss.out()).results.length, 1);
    });
    it('-A is accepted by every command that reads a cluster and wins over -n, as in kubectl', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        for (const command of ['scan', 'pss']) {
            const t = fakeIo();
            assert.equal(await main([command, '-f', d, '-n', 'elsewhere', '-A', '-o', 'json'], t.io), 0, command);
            assert.doesNotMatch(t.err(), /no objects found/);
        }
    });
    it('-n with a namespace nothing lives in says so on stderr', async () => {
        const d = dir({ 'a.yaml': PRIVILEGED });
        for (const command of ['scan', 'pss']) {
            const t = fakeIo();
            assert.equal(await main([command, '-f', d, '-n', 'nope'], t.io), 0);
            assert.match(t.err(), /no objects found in namespace "nope"/, command);
        }
    });
});
//# sourceMappingURL=main.test.js.map