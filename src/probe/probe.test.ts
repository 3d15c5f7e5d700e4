import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttp, type Server as HttpServer } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createServer as createTcp, type Server as TcpServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import type { CliIo } from '../cli/io.js';
import { tlsFile } from '../../test/kube-api/server.js';

/** Loopback servers that imitate a node's ports, recording every request they get. */
type Server = HttpServer | TcpServer;
const requests: { port: number; method: string; url: string }[] = [];
const servers: Server[] = [];

const POD_LIST = JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [{ metadata: { name: 'web', namespace: 'shop' } }] });

const sockets = new Set<import('node:net').Socket>();

async function listen(server: Server): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: import('node:net').Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

function handler(routes: Record<string, [number, string]>) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    requests.push({ port: req.socket.localPort ?? 0, method: req.method ?? '', url: req.url ?? '' });
    const [status, body] = routes[req.url ?? ''] ?? [404, '{"kind":"Status","code":404}'];
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body);
  };
}

const tls = () => ({ key: tlsFile('server.key'), cert: tlsFile('server.crt') });

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out, err, doc: out.startsWith('{') ? JSON.parse(out) : undefined };
}

describe('rampart probe against loopback servers', () => {
  const ports: Record<string, number> = {};
  before(async () => {
    // an open kubelet: anonymous auth on, authorization AlwaysAllow
    ports.openKubelet = await listen(createHttps(tls(), handler({ '/pods': [200, POD_LIST], '/runningpods/': [200, POD_LIST] })));
    // an open read-only port
    ports.openReadOnly = await listen(createHttp(handler({ '/pods': [200, POD_LIST] })));
    // etcd that wants a client certificate: the TLS handshake fails without one
    ports.etcdWithCerts = await listen(createHttps({ ...tls(), ca: tlsFile('ca.crt'), requestCert: true, rejectUnauthorized: true }, handler({ '/version': [200, '{"etcdserver":"3.5.12"}'] })));
    // a closed kubelet: anonymous auth off
    ports.closedKubelet = await listen(createHttps(tls(), handler({ '/pods': [401, 'Unauthorized'], '/runningpods/': [401, 'Unauthorized'] })));
    // a kubelet with anonymous auth on but Webhook authorization
    ports.anonymousKubelet = await listen(createHttps(tls(), handler({ '/pods': [403, 'Forbidden (user=system:anonymous, verb=get, resource=nodes, subresource=proxy)'], '/runningpods/': [403, 'Forbidden'] })));
    // open etcd (no TLS, no client certificates)
    ports.openEtcd = await listen(createHttp(handler({ '/version': [200, '{"etcdserver":"3.5.12","etcdcluster":"3.5.0"}'] })));
    // a port that accepts connections and never answers
    ports.silent = await listen(createTcp(() => undefined));
    // a port where nothing listens
    const gone = createTcp();
    ports.refused = await listen(gone);
    servers.pop();
    await new Promise((resolve) => gone.close(resolve));
    // an API server that lets anonymous users read discovery
    ports.apiserver = await listen(createHttps(tls(), handler({ '/version': [200, '{"major":"1","minor":"30","gitVersion":"v1.30.2"}'], '/api': [200, '{"kind":"APIVersions","versions":["v1"]}'], '/apis': [401, '{}'], '/api/v1/pods?limit=1': [403, '{"kind":"Status"}'] })));
    // a cloud metadata service (IMDSv1 style) and an open Grafana
    ports.metadata = await listen(createHttp(handler({ '/latest/meta-data/': [200, 'ami-id\ninstance-id\niam/'] })));
    ports.grafana = await listen(createHttp(handler({ '/api/org': [200, '{"id":1,"name":"Main Org."}'] })));
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('an open kubelet and an open read-only port are findings with the request and the status as evidence; etcd with client certificates is closed', async () => {
    const r = await run(['probe', '--target', '127.0.0.1', '--kubelet-port', String(ports.openKubelet), '--read-only-port', String(ports.openReadOnly), '--etcd-port', String(ports.etcdWithCerts), '-o', 'json', '--fail-on', 'high']);
    assert.equal(r.code, 1, r.err);
    const found = r.doc.findings.map((f: { checkId: string; severity: string; evidence: { request: string; status: number } }) => [f.checkId, f.severity, f.evidence.request, f.evidence.status]);
    assert.deepEqual(found.sort(), [
      ['probe.kubelet-read-only-port', 'high', `GET http://127.0.0.1:${ports.openReadOnly}/pods`, 200],
      ['probe.kubelet-unauthenticated', 'critical', `GET https://127.0.0.1:${ports.openKubelet}/pods`, 200],
      ['probe.kubelet-unauthenticated', 'critical', `GET https://127.0.0.1:${ports.openKubelet}/runningpods/`, 200],
    ].sort());
    assert.match(r.err, /only probe clusters you are allowed to test/);
    assert.deepEqual(r.doc.findings[0].resource, { apiVersion: 'rampart.dev/v1', kind: 'Host', name: '127.0.0.1' });
  });

  it('closed doors are not findings: 401, refused, a TLS handshake that wants a certificate, silence (within the timeout)', async () => {
    const started = Date.now();
    const r = await run(['probe', '--target', '127.0.0.1', '--kubelet-port', String(ports.closedKubelet), '--read-only-port', String(ports.refused), '--etcd-port', String(ports.silent), '--timeout', '300ms', '-o', 'json', '--fail-on', 'info']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.doc.findings, []);
    assert.ok(Date.now() - started < 3000, 'the silent port cost one timeout, not more');
    assert.match(r.err, /5 probe\(s\): 2 answered, 0 open door\(s\)/);
  });

  it('a kubelet that authenticates anonymous users but denies them is a low finding; open etcd is critical', async () => {
    const r = await run(['probe', '--target', '127.0.0.1', '--kubelet-port', String(ports.anonymousKubelet), '--read-only-port', String(ports.refused), '--etcd-port', String(ports.openEtcd), '-o', 'json']);
    assert.equal(r.code, 0, r.err);
    const found = r.doc.findings.map((f: { checkId: string; severity: string; evidence: { status: number } }) => [f.checkId, f.severity, f.evidence.status]);
    assert.deepEqual(found, [
      ['probe.etcd-no-client-cert', 'critical', 200],
      ['probe.kubelet-unauthenticated', 'low', 403],
    ]);
  });

  it('the API server, a dashboard Service and the metadata address, from the cluster description; every request is a GET', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-probe-'));
    const file = join(dir, 'cluster.yaml');
    writeFileSync(
      file,
      `apiVersion: v1
kind: Service
metadata: {name: grafana, namespace: monitoring}
spec:
  clusterIP: 127.0.0.1
  ports: [{name: http, port: ${ports.grafana}}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  clusterIP: 127.0.0.1
  ports: [{port: ${ports.grafana}}]
`,
    );
    const before = requests.length;
    const r = await run(['probe', '-f', file, '--apiserver', `https://127.0.0.1:${ports.apiserver}`, '--from-pod', '--metadata-address', `127.0.0.1:${ports.metadata}`, '-o', 'json']);
    assert.equal(r.code, 0, r.err);
    const found = r.doc.findings.map((f: { checkId: string; severity: string; resource: { kind: string; name: string }; evidence: { request: string } }) => [f.checkId, f.severity, f.resource.kind, f.evidence.request.replace(/:\d+/, ':PORT')]);
    assert.deepEqual(found, [
      ['probe.metadata-reachable', 'high', 'Host', 'GET http://127.0.0.1:PORT/latest/meta-data/'],
      ['probe.apiserver-anonymous', 'medium', 'APIServer', 'GET https://127.0.0.1:PORT/api'],
      ['probe.dashboard-no-login', 'medium', 'Service', 'GET http://127.0.0.1:PORT/api/org'],
      ['probe.apiserver-anonymous', 'low', 'APIServer', 'GET https://127.0.0.1:PORT/version'],
    ]);
    const made = requests.slice(before);
    assert.ok(made.length >= 5);
    assert.ok(made.every((q) => q.method === 'GET'), 'read-only');
    assert.ok(!made.some((q) => q.url === '/api/org' && q.port !== ports.grafana));
  });

  it('nothing to probe is a usage error', async () => {
    const r = await run(['probe']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^rampart: nothing to probe/);
  });
});
