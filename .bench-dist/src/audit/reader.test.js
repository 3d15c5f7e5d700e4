import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { forEachLine, readAuditSources } from './reader.js';
import { auditEvent as ev } from './testing.js';
async function read(paths, opts = {}) {
    const events = [];
    const diagnostics = [];
    const stats = await readAuditSources(paths, { event: (e, at) => events.push({ e, at }), diagnostic: (d) => diagnostics.push(d) }, opts);
    return { events, diagnostics, stats };
}
const lines = (events) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
describe('audit event input', () => {
    let dir;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'rampart-audit-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    it('reads JSON lines; a malformed line is reported with file and line and the rest is read', async () => {
        const a = ev({ auditID: 'a' });
        const b = ev({ auditID: 'b' });
        const file = join(dir, 'audit.log');
        writeFileSync(file, `${JSON.stringify(a)}\n{"kind":"Event","auditID":\n\n${JSON.stringify({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', auditID: 'x' })}\n${JSON.stringify(b)}`);
        const { events, diagnostics, stats } = await read([file]);
        assert.deepEqual(events.map((x) => [x.e.auditID, x.at.line]), [['a', 1], ['b', 5]]);
        assert.deepEqual(diagnostics.map((d) => [d.file, d.line, d.code]), [[file, 2, 'json-syntax'], [file, 4, 'invalid-event']]);
        assert.match(diagnostics[1].message, /missing stage/);
        assert.deepEqual(stats, { files: 1, lines: 4, events: 2, malformed: 2 });
    });
    it('reads v1beta1 events, filling requestReceivedTimestamp from the old fields', async () => {
        const old = { ...ev({ auditID: 'old' }), apiVersion: 'audit.k8s.io/v1beta1', timestamp: '2019-01-01T00:00:00Z' };
        delete old.requestReceivedTimestamp;
        const file = join(dir, 'beta.log');
        writeFileSync(file, JSON.stringify(old) + '\n');
        const { events, diagnostics } = await read([file]);
        assert.deepEqual(diagnostics, []);
        assert.equal(events[0].e.requestReceivedTimestamp, '2019-01-01T00:00:00Z');
    });
    it('reads an EventList document spread over lines, each item with its own line', async () => {
        const list = { kind: 'EventList', apiVersion: 'audit.k8s.io/v1', metadata: {}, items: [ev({ auditID: 'a' }), { kind: 'Event' }, ev({ auditID: 'c' })] };
        const file = join(dir, 'list.json');
        writeFileSync(file, JSON.stringify(list, null, 2));
        const { events, diagnostics } = await read([file]);
        assert.deepEqual(events.map((x) => x.e.auditID), ['a', 'c']);
        assert.ok(events[0].at.line > 1 && events[1].at.line > events[0].at.line);
        assert.equal(diagnostics.length, 1);
        assert.match(diagnostics[0].message, /items\[1\]: missing auditID/);
    });
    it('reads EventLists one per line (saved webhook batches)', async () => {
        const file = join(dir, 'batches.log');
        writeFileSync(file, JSON.stringify({ kind: 'EventList', items: [ev({ auditID: 'a' }), ev({ auditID: 'b' })] }) + '\n' + JSON.stringify({ kind: 'EventList', items: [ev({ auditID: 'c' })] }) + '\n');
        const { events } = await read([file]);
        assert.deepEqual(events.map((x) => [x.e.auditID, x.at.line]), [['a', 1], ['b', 1], ['c', 2]]);
    });
    it('reads gzip files; a truncated one gives every complete line before the cut and a clear error', async () => {
        const all = Array.from({ length: 2000 }, (_, i) => ev({ auditID: `e${i}`, uri: `/api/v1/namespaces/n${i}/pods?limit=${i}&padding=${'x'.repeat(i % 97)}` }));
        const gz = gzipSync(lines(all));
        writeFileSync(join(dir, 'whole.log.gz'), gz);
        assert.equal((await read([join(dir, 'whole.log.gz')])).events.length, 2000);
        const cut = join(dir, 'cut.log.gz');
        writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
        const { events, diagnostics } = await read([cut]);
        assert.ok(events.length > 100 && events.length < 2000, `${events.length} events`);
        assert.deepEqual(events.map((x) => x.e.auditID), all.slice(0, events.length).map((e) => e.auditID), 'nothing before the cut is lost');
        assert.equal(diagnostics.length, 1);
        assert.equal(diagnostics[0].code, 'truncated-input');
        assert.equal(diagnostics[0].file, cut);
        assert.match(diagnostics[0].message, /truncated/);
    });
    it('reads a 10 MB single line, and skips a line over the limit with a diagnostic', async () => {
        const big = ev({ auditID: 'big', verb: 'create', resource: 'configmaps', namespace: 'a', requestObject: { kind: 'ConfigMap', data: { blob: 'x'.repeat(10 * 1024 * 1024) } } });
        const file = join(dir, 'big.log');
        writeFileSync(file, `${JSON.stringify(ev({ auditID: 'before' }))}\n${JSON.stringify(big)}\n${JSON.stringify(ev({ auditID: 'after' }))}\n`);
        const ok = await read([file]);
        assert.deepEqual(ok.events.map((x) => x.e.auditID), ['before', 'big', 'after']);
        const limited = await read([file], { maxLineBytes: 1024 * 1024 });
        assert.deepEqual(limited.events.map((x) => x.e.auditID), ['before', 'after']);
        assert.deepEqual(limited.diagnostics.map((d) => [d.line, d.code]), [[2, 'line-too-long']]);
    });
    it('reads directories recursively in name order (rotated files first), and stdin', async () => {
        const d = join(dir, 'logs');
        mkdirSync(join(d, 'old'), { recursive: true });
        writeFileSync(join(d, 'audit.log'), lines([ev({ auditID: 'current' })]));
        writeFileSync(join(d, 'audit-2024-05-01T10-00-00.000.log.gz'), gzipSync(lines([ev({ auditID: 'rotated' })])));
        writeFileSync(join(d, 'old', 'audit.log'), lines([ev({ auditID: 'older' })]));
        writeFileSync(join(d, '.hidden'), 'junk');
        const { events } = await read([d]);
        assert.deepEqual(events.map((x) => x.e.auditID), ['rotated', 'current', 'older']);
        const stdin = await read(['-'], { stdin: () => Readable.from([Buffer.from(lines([ev({ auditID: 's' })]))]) });
        assert.deepEqual(stdin.events.map((x) => [x.e.auditID, x.at.file]), [['s', '<stdin>']]);
    });
    it('a missing path is a diagnostic, not an exception', async () => {
        const { diagnostics } = await read([join(dir, 'nope.log')]);
        assert.equal(diagnostics[0].code, 'unreadable-file');
    });
    it('cuts lines on bytes: a multi-byte character split between chunks survives', async () => {
        const text = '{"a":"é€😀"}\n{"b":1}';
        const bytes = Buffer.from(text);
        const chunks = Array.from(bytes).map((b) => Buffer.from([b]));
        const seen = [];
        await forEachLine(Readable.from(chunks), (t) => seen.push(t));
        assert.deepEqual(seen, ['{"a":"é€😀"}', '{"b":1}']);
    });
});
//# sourceMappingURL=reader.test.js.map