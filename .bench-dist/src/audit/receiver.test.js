import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTestPki } from '../../test/certs.js';
import { RampartServer } from '../server/server.js';
import { AuditReceiver } from './receiver.js';
import { ruleSetFor } from './detect.js';
import { HttpSink } from './sinks.js';
import { auditEvent as ev, createWorkload, resetAuditIds } from './testing.js';
class MemorySink {
    name = 'memory';
    dropped = 0;
    pending = 0;
    alerts = [];
    send(a) {
        this.alerts.push(a);
    }
    async flush() { }
}
function request(port, ca, method, path, body, headers = {}, agent) {
    const lib = ca ? https : http;
    return new Promise((resolve, reject) => {
        const req = lib.request({ host: '127.0.0.1', port, method, path, ...(ca ? { ca, servername: 'localhost' } : {}), agent, headers: { ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
    });
}
/** A batch as the API server's webhook backend sends it: an audit.k8s.io/v1 EventList. */
function eventList(items) {
    return JSON.stringify({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', metadata: {}, items });
}
const until = async (cond, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!cond() && Date.now() < end)
        await new Promise((r) => setTimeout(r, 10));
};
describe('audit webhook receiver over HTTPS', () => {
    let pki;
    let dir;
    let server;
    let receiver;
    let sink;
    let port;
    const logs = [];
    const ruleSet = ruleSetFor({});
    before(async () => {
        pki = await makeTestPki();
        dir = mkdtempSync(join(tmpdir(), 'rampart-serve-'));
        writeFileSync(join(dir, 'tls.crt'), pki.certPem);
        writeFileSync(join(dir, 'tls.key'), pki.keyPem);
        sink = new MemorySink();
        server = new RampartServer({ address: '127.0.0.1', port: 0, tls: { certFile: join(dir, 'tls.crt'), keyFile: join(dir, 'tls.key') }, maxBodyBytes: 256 * 1024, tlsReloadMs: 50, log: (m) => logs.push(m) });
        receiver = new AuditReceiver(server, { ruleSet, sinks: [sink], maxQueueEvents: 200, log: (m) => logs.push(m) });
        port = (await server.start()).port;
    });
    after(async () => {
        await server.shutdown(() => receiver.drain(1000), 1000);
        rmSync(dir, { recursive: true, force: true });
    });
    it('accepts EventList batches as kube-apiserver sends them and alerts on them', async () => {
        resetAuditIds();
        const batch = [
            ev({ stage: 'RequestReceived', verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api' }),
            ev({ stage: 'ResponseStarted', verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api', code: 101 }),
            ev({ verb: 'get', resource: 'configmaps', namespace: 'shop', name: 'x' }),
            createWorkload('Pod', { hostPID: true }),
        ];
        const r = await request(port, pki.caPem, 'POST', '/audit', eventList(batch), { 'user-agent': 'kube-apiserver-admission' });
        assert.equal(r.status, 200, r.body);
        assert.equal(JSON.parse(r.body).kind, 'Status');
        await until(() => sink.alerts.length >= 2);
        assert.deepEqual(sink.alerts.map((a) => a.ruleId).sort(), ['audit.host-pid', 'audit.pod-exec']);
    });
    it('answers /healthz, /readyz and Prometheus /metrics', async () => {
        assert.equal((await request(port, pki.caPem, 'GET', '/healthz')).status, 200);
        assert.equal((await request(port, pki.caPem, 'GET', '/readyz')).status, 200);
        const m = await request(port, pki.caPem, 'GET', '/metrics');
        assert.equal(m.status, 200);
        assert.match(m.headers['content-type'] ?? '', /text\/plain/);
        for (const name of ['rampart_audit_events_received_total', 'rampart_audit_events_dropped_total', 'rampart_audit_alerts_total{rule="audit.host-pid",severity="high"}', 'rampart_audit_rule_evaluation_seconds_total{rule=', 'rampart_audit_queue_events', 'rampart_http_request_duration_seconds_bucket']) {
            assert.ok(m.body.includes(name), `metrics have ${name}`);
        }
    });
    it('refuses malformed and oversized bodies clearly; nothing else is lost and the server stays up', async () => {
        const before = sink.alerts.length;
        const bad = await request(port, pki.caPem, 'POST', '/audit', '{"kind":"EventList","items":[');
        assert.equal(bad.status, 400);
        assert.match(JSON.parse(bad.body).message, /not valid JSON/);
        const wrong = await request(port, pki.caPem, 'POST', '/audit', eventList([{ kind: 'Event', verb: 'get' }]));
        assert.equal(wrong.status, 400);
        assert.match(JSON.parse(wrong.body).message, /missing auditID/);
        const big = await request(port, pki.caPem, 'POST', '/audit', eventList([ev({ requestObject: { blob: 'x'.repeat(300 * 1024) } })]));
        assert.equal(big.status, 413);
        const text = await request(port, pki.caPem, 'POST', '/audit', 'hello', { 'content-type': 'text/plain' });
        assert.equal(text.status, 415);
        // a batch with one bad item keeps the good ones
        const partial = await request(port, pki.caPem, 'POST', '/audit', eventList([{ nope: 1 }, ev({ verb: 'create', resource: 'pods/attach', namespace: 'a', name: 'b', code: 101 })]));
        assert.equal(partial.status, 200);
        await until(() => sink.alerts.length > before);
        assert.deepEqual(sink.alerts.slice(before).map((a) => a.ruleId), ['audit.pod-attach']);
        assert.equal((await request(port, pki.caPem, 'GET', '/healthz')).status, 200);
    });
    it('survives a fuzz of a few thousand malformed bodies, then still processes a good batch', async () => {
        let seed = 12345;
        const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
        const good = eventList([ev({ verb: 'create', resource: 'pods/portforward', namespace: 'a', name: 'p', code: 101 })]);
        const mutations = [
            (s) => s.slice(0, Math.floor(rnd() * s.length)),
            (s) => s.replace(/[{}[\]":,]/g, (c) => (rnd() < 0.05 ? String.fromCharCode(32 + Math.floor(rnd() * 90)) : c)),
            () => Buffer.from(Array.from({ length: Math.floor(rnd() * 2000) }, () => Math.floor(rnd() * 256))),
            () => JSON.stringify({ kind: 'EventList', items: Array.from({ length: 5 }, () => ({ auditID: rnd(), stage: 7, verb: null, user: [] })) }),
            () => '['.repeat(1 + Math.floor(rnd() * 5000)),
            () => JSON.stringify([1, 'a', null, true]),
            () => JSON.stringify({ kind: 'EventList', items: 'nope' }),
            () => 'null',
            () => '"just a string"',
            () => JSON.stringify({ kind: 'EventList', items: [{ ...JSON.parse(good).items[0], requestReceivedTimestamp: 'yesterday' }] }),
        ];
        const agent = new https.Agent({ keepAlive: true, maxSockets: 8, ca: pki.caPem });
        const codes = new Map();
        const N = 2500;
        for (let i = 0; i < N; i += 50) {
            const replies = await Promise.all(Array.from({ length: 50 }, (_, j) => {
                const body = mutations[(i + j) % mutations.length](good);
                return request(port, pki.caPem, 'POST', '/audit', body, {}, agent);
            }));
            for (const r of replies)
                codes.set(r.status, (codes.get(r.status) ?? 0) + 1);
        }
        agent.destroy();
        assert.ok(![...codes.keys()].some((c) => c >= 500), `no 5xx: ${JSON.stringify([...codes])}`);
        assert.ok((codes.get(400) ?? 0) > N / 2, JSON.stringify([...codes]));
        const before = sink.alerts.length;
        assert.equal((await request(port, pki.caPem, 'POST', '/audit', good)).status, 200);
        await until(() => sink.alerts.some((a, k) => k >= before && a.ruleId === 'audit.pod-port-forward'));
        assert.ok(sink.alerts.slice(before).some((a) => a.ruleId === 'audit.pod-port-forward'));
        assert.equal((await request(port, pki.caPem, 'GET', '/healthz')).status, 200);
    });
    it('refuses a batch that does not fit the queue with 429 instead of growing', async () => {
        const r = await request(port, pki.caPem, 'POST', '/audit', eventList(Array.from({ length: 201 }, () => ev())));
        assert.equal(r.status, 429);
        assert.equal(r.headers['retry-after'], '1');
        const m = await request(port, pki.caPem, 'GET', '/metrics');
        assert.match(m.body, /rampart_audit_events_dropped_total\{reason="queue_full"\} 201/);
    });
    it('reloads its certificate when the files change, keeping the old one if the new pair is broken', async () => {
        const serialOf = () => new Promise((resolve, reject) => {
            const req = https.request({ host: '127.0.0.1', port, path: '/healthz', ca: pki.caPem, servername: 'localhost', agent: false }, (res) => {
                resolve(res.socket.getPeerCertificate().serialNumber);
                res.resume();
            });
            req.on('error', reject);
            req.end();
        });
        const first = await serialOf();
        const next = await pki.issue('localhost');
        writeFileSync(join(dir, 'tls.key'), next.keyPem);
        writeFileSync(join(dir, 'tls.crt'), next.certPem);
        await until(() => false, 300);
        assert.ok(server.reloadTls());
        const second = await serialOf();
        assert.notEqual(second, first);
        assert.equal(second.toLowerCase().replace(/^0+/, ''), next.serial.replace(/^0+/, ''));
        writeFileSync(join(dir, 'tls.crt'), pki.certPem); // does not match the key now
        assert.equal(server.reloadTls(), false);
        assert.equal(await serialOf(), second);
        assert.ok(logs.some((l) => /not reloaded/.test(l)));
        writeFileSync(join(dir, 'tls.crt'), next.certPem);
    });
});
describe('alert sinks', () => {
    it('HTTP: retries with backoff until the endpoint takes the alert', async () => {
        let calls = 0;
        const got = [];
        const srv = http.createServer((req, res) => {
            const chunks = [];
            req.on('data', (c) => chunks.push(c));
            req.on('end', () => {
                calls++;
                if (calls <= 2) {
                    res.writeHead(503).end();
                    return;
                }
                got.push(JSON.parse(Buffer.concat(chunks).toString()));
                res.writeHead(204).end();
            });
        });
        await new Promise((r) => srv.listen(0, '127.0.0.1', r));
        const sink = new HttpSink({ url: `http://127.0.0.1:${srv.address().port}/hook`, backoffMs: 10 });
        sink.send({ ruleId: 'r', severity: 'high', title: 't', message: 'm', time: 't', user: 'u', sourceIPs: [], objectRef: {}, events: ['e'], references: { mitre: [], falco: [] } });
        await sink.flush(5000);
        srv.close();
        assert.equal(calls, 3);
        assert.equal(sink.delivered, 1);
        assert.deepEqual(got[0].ruleId, 'r');
    });
    it('HTTP: the retry queue is bounded when the endpoint is down', async () => {
        const sink = new HttpSink({ url: 'http://127.0.0.1:9/down', maxQueue: 5, backoffMs: 60_000, timeoutMs: 200 });
        for (let i = 0; i < 20; i++)
            sink.send({ ruleId: `r${i}`, severity: 'low', title: 't', message: 'm', time: 't', user: 'u', sourceIPs: [], objectRef: {}, events: [], references: { mitre: [], falco: [] } });
        assert.ok(sink.pending <= 6, `${sink.pending} pending`);
        assert.ok(sink.dropped >= 14, `${sink.dropped} dropped`);
    });
});
describe('rampart audit serve (a real process)', () => {
    it('drains its queue and delivers alerts to a file on SIGTERM, then exits 0', async () => {
        const pki = await makeTestPki();
        const dir = mkdtempSync(join(tmpdir(), 'rampart-serve-cli-'));
        try {
            writeFileSync(join(dir, 'tls.crt'), pki.certPem);
            writeFileSync(join(dir, 'tls.key'), pki.keyPem);
            const bin = fileURLToPath(new URL('../../../bin/rampart.js', import.meta.url));
            const child = spawn(process.execPath, [bin, 'audit', 'serve', '--address', '127.0.0.1', '--port', '0', '--tls-cert-file', join(dir, 'tls.crt'), '--tls-private-key-file', join(dir, 'tls.key'), '--alerts-file', join(dir, 'alerts.jsonl'), '--no-stdout'], { stdio: ['ignore', 'pipe', 'pipe'] });
            let err = '';
            child.stderr.on('data', (c) => (err += c));
            await until(() => /listening on https:\/\/127\.0\.0\.1:(\d+)/.test(err), 20_000);
            const port = Number(/listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(err)?.[1]);
            assert.ok(port > 0, err);
            const items = Array.from({ length: 300 }, (_, i) => ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: `api-${i}`, code: 101 }));
            assert.equal((await request(port, pki.caPem, 'POST', '/audit', eventList(items))).status, 200);
            const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
            child.kill('SIGTERM');
            assert.equal(await exited, 0, err);
            const lines = readFileSync(join(dir, 'alerts.jsonl'), 'utf8').trim().split('\n');
            assert.equal(lines.filter((l) => JSON.parse(l).ruleId === 'audit.pod-exec').length, 300);
            assert.match(err, /shutting down/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=receiver.test.js.map