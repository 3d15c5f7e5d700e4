import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { readInputs, loadInventory } from '../src/inventory/load.js';
import type { Inventory } from '../src/inventory/inventory.js';
import { CLUSTER_KINDS } from '../src/inventory/live/kinds.js';
import { connect } from '../src/inventory/live/kubeconfig.js';
import { gapsOf, readCluster } from '../src/inventory/live/read.js';
import { startKubeApiDouble, tlsFile, writeKubeconfig, type KubeApiDouble, type KubeObject } from './kube-api/server.js';
import { loadSources } from '../src/inventory/sources.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'rampart-test-token';

export async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env, cwd: root };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The demo's objects that a cluster would serve: the kinds Rampart lists, with their namespace set as the API server sets it. */
function demoCluster(): { inventory: Inventory; objects: KubeObject[] } {
  const read = readInputs([`${root}demo`], () => Buffer.alloc(0));
  const wanted = new Set(CLUSTER_KINDS.map((k) => k.kind));
  const inventory = loadInventory(read.inputs, read.diagnostics).filter((o) => wanted.has(o.kind));
  const objects = inventory.objects.map((o) => ({ ...o.object, metadata: { ...o.object.metadata, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}) } }) as KubeObject);
  return { inventory, objects };
}

/**
 * Findings without their location, in fingerprint order: a file and a cluster point at different
 * places for the same problem (and the report orders one resource's findings by line).
 */
function comparable(json: string): unknown[] {
  return (JSON.parse(json) as { findings: { checkId: string; location?: unknown; fingerprint: string }[] }).findings
    // the server's /version is known only to a cluster read, and the versions checks judge it with the rest (skew against it)
    .filter((f) => !SOURCE_DEPENDENT.includes(f.checkId) && !f.checkId.startsWith('versions.'))
    .map(({ location: _l, ...f }) => f)
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

/**
 * Checks that judge where an object comes from, by design: a Secret in a file is committed, one
 * read from a cluster is not; "used by nothing" is certain only over a whole cluster.
 */
const SOURCE_DEPENDENT = ['secrets.secret-in-manifest', 'secrets.unused-secret'];

describe('live cluster through the Kubernetes API (test double over HTTPS)', () => {
  let api: KubeApiDouble;
  let dir: string;
  let demo: ReturnType<typeof demoCluster>;
  before(async () => {
    demo = demoCluster();
    api = await startKubeApiDouble({ objects: demo.objects, tokens: [TOKEN], clientCertificates: true, maxPage: 7 });
    dir = mkdtempSync(join(tmpdir(), 'rampart-live-'));
  });
  after(() => api.close());

  it('a scan of the served objects equals the scan of the same objects as files: same findings and fingerprints', async () => {
    const kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } });
    const live = await run(['scan', '--kubeconfig', kubeconfig, '-o', 'json', '--include-secret-data']);
    assert.equal(live.code, 0, live.err);
    const { scan } = await import('../src/scan.js');
    const { renderJson } = await import('../src/report/json.js');
    const files = renderJson(scan(demo.inventory));
    const liveFindings = comparable(live.out);
    assert.ok(liveFindings.length > 20, `the demo has findings (${liveFindings.length})`);
    assert.deepEqual(liveFindings, comparable(files));
    const committed = (json: string) => (JSON.parse(json) as { findings: { checkId: string }[] }).findings.filter((f) => f.checkId === 'secrets.secret-in-manifest').length;
    assert.ok(committed(files) > 0 && committed(live.out) === 0, 'Secrets are "committed" in files, not in a cluster');
    const doc = JSON.parse(live.out);
    assert.equal(doc.summary.objects, demo.inventory.objects.length);
    assert.deepEqual(doc.coverage, { secretData: true, gaps: [] });
    const fromServer = doc.versions.components.find((c: { source: string }) => c.source === 'server');
    assert.equal(fromServer?.component, 'kube-apiserver', 'the API server version comes from /version');
    assert.ok(doc.findings.some((f: { checkId: string; resource: { kind: string } }) => f.checkId.startsWith('versions.') && f.resource.kind === 'Cluster'), 'and is judged');
    // pages of 7: every kind with more objects than that was read with continue tokens
    assert.ok(api.requests.some((r) => r.query.continue), 'paging used continue tokens');
    assert.ok(api.requests.every((r) => r.method === 'GET'));
  });
});

describe('snapshots', () => {
  let api: KubeApiDouble;
  let dir: string;
  let kubeconfig: string;
  before(async () => {
    api = await startKubeApiDouble({ objects: demoCluster().objects, tokens: [TOKEN], version: { major: '1', minor: '29', gitVersion: 'v1.29.4' } });
    dir = mkdtempSync(join(tmpdir(), 'rampart-snap-'));
    kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } });
  });
  after(() => api.close());

  it('rampart snapshot writes the objects with the server version and the time; scanning it gives the live report byte for byte', async () => {
    const file = join(dir, 'cluster.json.gz');
    const written = await run(['snapshot', '--kubeconfig', kubeconfig, '-o', file]);
    assert.equal(written.code, 0, written.err);
    assert.match(written.err, new RegExp(`^rampart: wrote .*cluster\\.json\\.gz: \\d+ objects of \\d+ kinds from ${api.url.replace(/\./g, '\\.')} \\(v1\\.29\\.4\\) at \\d{4}-\\d\\d-\\d\\dT`));
    const header = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')).rampart;
    assert.equal(header.version.gitVersion, 'v1.29.4');
    assert.ok(Math.abs(Date.parse(header.readAt) - Date.now()) < 60_000);
    assert.equal(header.server, api.url);

    for (const command of [['scan', '-o', 'json'], ['pss', '-o', 'json']]) {
      const live = await run([...command, '--kubeconfig', kubeconfig]);
      const offline = await run([...command, '--snapshot', file]);
      assert.equal(live.code, 0, live.err);
      assert.equal(offline.code, 0, offline.err);
      assert.equal(offline.out, live.out, `${command[0]}: the same report offline`);
    }
  });

  it('an uncompressed snapshot is a kubectl List: -f reads it like `kubectl get -o json` output, with the same findings', async () => {
    const plain = await run(['snapshot', '--kubeconfig', kubeconfig, '-o', '-']);
    assert.equal(plain.code, 0, plain.err);
    const file = join(dir, 'cluster.json');
    writeFileSync(file, plain.out);
    const asFile = await run(['scan', '-f', file, '-o', 'json']);
    const asSnapshot = await run(['scan', '--snapshot', file, '-o', 'json']);
    assert.equal(asFile.code, 0, asFile.err);
    assert.deepEqual(comparable(asFile.out).length, comparable(asSnapshot.out).length);
    // fingerprints do not depend on where an object came from; only the undeclared-namespace check knows a file is a partial view
    const withoutPartialView = (json: string) => comparable(json).filter((f) => (f as { checkId: string }).checkId !== 'namespaces.undeclared');
    assert.deepEqual(withoutPartialView(asFile.out), withoutPartialView(asSnapshot.out));
    // the snapshot's header keeps the server's /version: its API server version is judged
    const versions = JSON.parse(asSnapshot.out).versions as { components: { component: string; source: string }[] };
    assert.ok(versions.components.some((c) => c.component === 'kube-apiserver' && c.source === 'server'), JSON.stringify(versions.components));
  });

  it('a snapshot that is not one, or holds one object twice, is bad input named by file; the rest is still scanned', async () => {
    const notSnapshot = join(dir, 'list.json');
    writeFileSync(notSnapshot, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [] }));
    const r = await run(['scan', '--snapshot', notSnapshot, '--snapshot', join(dir, 'missing.json.gz'), '-f', `${root}demo/blog`, '-o', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /list\.json: error: not a Rampart snapshot \(no "rampart" header\); read kubectl output with -f instead/);
    assert.match(r.err, /missing\.json\.gz: error: cannot read: no such file/);
    assert.ok(JSON.parse(r.out).summary.objects > 0, 'the files were still scanned');

    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'a' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const twice = join(dir, 'twice.json');
    writeFileSync(twice, JSON.stringify({ apiVersion: 'v1', kind: 'List', rampart: { snapshotVersion: 1, server: 'https://x', readAt: '2025-01-01T00:00:00Z', secretData: false, resources: [] }, items: [pod, pod] }));
    const d = await run(['scan', '--snapshot', twice, '-o', 'json']);
    assert.equal(d.code, 2);
    assert.match(d.err, /twice\.json: error: duplicate object Pod "a\/p" \(item 1\): already read as item 0; this copy is ignored \[duplicate-object\]/);
    assert.equal(JSON.parse(d.out).summary.objects, 1);
  });
});

describe('live reads: paging, failures and coverage gaps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-live-'));
  const pods = Array.from({ length: 12 }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `p${String(i).padStart(2, '0')}`, namespace: i % 2 ? 'a' : 'b' },
    spec: { containers: [{ name: 'c', image: 'nginx:1.27', securityContext: { privileged: true } }], volumes: [{ name: 'creds', secret: { secretName: 's' } }] },
  }));
  const base: KubeObject[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'a', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"password":"aHVudGVyMg=="}}', team: 'x' } }, type: 'Opaque', data: { password: 'aHVudGVyMg==' } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'a' } },
    ...pods,
  ];
  const scanJson = async (options: Parameters<typeof startKubeApiDouble>[0], extra: string[] = []) => {
    const api = await startKubeApiDouble({ tokens: [TOKEN], maxPage: 5, ...options });
    try {
      const kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } }, `kc-${api.port}`);
      const r = await run(['scan', '--kubeconfig', kubeconfig, '-o', 'json', '--checks', 'pss.privileged', ...extra]);
      return { ...r, doc: r.out.startsWith('{') ? JSON.parse(r.out) : undefined, requests: api.requests };
    } finally {
      await api.close();
    }
  };

  it('a 403 on a kind is a coverage gap naming the checks that read it; the rest is scanned', async () => {
    const r = await scanJson({ objects: base, forbidden: ['pods', 'secrets'] }, ['--checks', 'pss.*,workload.*']);
    assert.equal(r.code, 0, r.err);
    const gaps = r.doc.coverage.gaps as { kind: string; reason: string; message: string; checks: string[] }[];
    assert.deepEqual(gaps.map((g) => [g.kind, g.reason]), [['Pod', 'forbidden'], ['Secret', 'forbidden']]);
    assert.match(gaps[0].message, /^403 Forbidden: pods is forbidden: User "rampart-test-user" cannot list/);
    assert.ok(gaps[0].checks.includes('pss.privileged'), 'pod checks could not run');
    // with no Pod readable, no check needed a Secret: the gap names none (reads are recorded, not guessed)
    assert.deepEqual(gaps[1].checks, []);
    const secretsOnly = await scanJson({ objects: base, forbidden: ['secrets'] }, ['--checks', 'pss.*,workload.*']);
    const secretGap = secretsOnly.doc.coverage.gaps[0] as { kind: string; checks: string[] };
    assert.equal(secretGap.kind, 'Secret');
    assert.deepEqual(secretGap.checks, ['workload.sensitive-not-isolated', 'workload.tolerates-sensitive-nodes'], 'the pods mount a Secret, whose labels say whether the workload is sensitive');
    assert.equal(r.doc.summary.objects, 3, 'namespaces and the service account were still read');
    assert.match(r.err, /warning: coverage gap: cannot list pods \(v1 Pod\): 403 Forbidden/);
    const table = await scanJson({ objects: base, forbidden: ['pods'] }, ['-o', 'table']);
    assert.match(table.out, /Coverage gaps \(1\)[^\n]*\n {2}pods \(v1 Pod\) in all namespaces: forbidden: 403 Forbidden[^]*\n {4}checks that could not run fully: [^\n]*pss\.privileged/);
  });

  it('an expired continue token (410) restarts that list; every object is read once', async () => {
    const r = await scanJson({ objects: base, expireContinue: { pods: 1 } });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.doc.findings.length, 12);
    assert.deepEqual(r.doc.coverage.gaps, []);
    const podLists = r.requests.filter((q) => q.path === '/api/v1/pods');
    assert.deepEqual(podLists.map((q) => [q.status, Boolean(q.query.continue)]), [[200, false], [410, true], [200, false], [200, true], [200, true]]);
  });

  it('429 is retried after Retry-After; 5xx is retried with back-off; both succeed', async () => {
    const started = Date.now();
    const r = await scanJson({ objects: base, throttle: { pods: { times: 1, retryAfter: '1' } }, fail: { namespaces: { times: 2, status: 503 }, serviceaccounts: { times: 1, status: 500 } } });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.doc.findings.length, 12);
    assert.equal(r.doc.summary.objects, 16);
    assert.ok(Date.now() - started >= 1000, 'waited for Retry-After: 1');
    const statuses = (path: string) => r.requests.filter((q) => q.path === path).map((q) => q.status);
    assert.deepEqual(statuses('/api/v1/pods').slice(0, 2), [429, 200]);
    assert.deepEqual(statuses('/api/v1/namespaces'), [503, 503, 200]);
    assert.deepEqual(statuses('/api/v1/serviceaccounts'), [500, 200]);
  });

  it('a kind that keeps failing or is too slow becomes a gap after the retries, and the read goes on', async () => {
    const api = await startKubeApiDouble({ objects: base, tokens: [TOKEN], fail: { serviceaccounts: { times: 99, status: 500 } }, delayMs: { secrets: 400 } });
    try {
      const connection = await connect({ kubeconfig: writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } }, 'kc-failing'), env: {} });
      const read = await readCluster(connection, { client: { backoffMs: 1, timeoutMs: 150 } });
      const gaps = gapsOf(read);
      assert.deepEqual(gaps.map((g) => [g.kind, g.reason]), [['ServiceAccount', 'failed'], ['Secret', 'failed']]);
      assert.match(gaps[0].message, /^500 InternalError: etcdserver: request timed out/);
      assert.match(gaps[1].message, /no answer within 150 ms/);
      assert.equal(api.requests.filter((q) => q.path === '/api/v1/serviceaccounts').length, 5, 'five attempts');
      assert.equal(read.items.filter((o) => o.kind === 'Pod').length, 12);
    } finally {
      await api.close();
    }
  });

  it('Secrets are read as metadata only: no value, no last-applied annotation, anywhere in the output', async () => {
    const r = await scanJson({ objects: base }, ['--checks', 'secrets.*,pss.*']);
    assert.equal(r.code, 0, r.err);
    const secretLists = r.requests.filter((q) => q.path === '/api/v1/secrets');
    assert.ok(secretLists.every((q) => /as=PartialObjectMetadataList/.test(q.accept)), 'asked the server for metadata only');
    assert.equal(r.doc.coverage.secretData, false);
    assert.doesNotMatch(r.out + r.err, /aHVudGVyMg|hunter2/);
  });

  it('a snapshot never holds Secret values, even from a read that included them', async () => {
    const { snapshotJson } = await import('../src/inventory/snapshot.js');
    const api = await startKubeApiDouble({ objects: base, tokens: [TOKEN] });
    try {
      const connection = await connect({ kubeconfig: writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } }, 'kc-secret'), env: {} });
      const read = await readCluster(connection, { includeSecretData: true });
      assert.ok(JSON.stringify(read.items).includes('aHVudGVyMg'), 'the read itself had the value');
      const text = snapshotJson(read);
      assert.doesNotMatch(text, /aHVudGVyMg/);
      assert.match(text, /"team":"x"/, 'other annotations stay');
      assert.match(text, /"secretData":false/);
    } finally {
      await api.close();
    }
  });

  it('-n reads namespaced kinds in that namespace only, and gets its Namespace by name', async () => {
    const r = await scanJson({ objects: base }, ['-n', 'a']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.doc.findings.length, 6);
    assert.ok(r.requests.some((q) => q.path === '/api/v1/namespaces/a/pods'));
    assert.ok(r.requests.some((q) => q.path === '/api/v1/namespaces/a' && q.status === 200));
    assert.ok(!r.requests.some((q) => q.path === '/api/v1/pods'));
  });

  it('authenticates with a client certificate from a kubeconfig with file paths, and finds kinds outside the preferred version', async () => {
    const psp = { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'legacy' }, spec: {} };
    const api = await startKubeApiDouble({ objects: [...base, psp], clientCertificates: true });
    try {
      const kcDir = mkdtempSync(join(tmpdir(), 'rampart-kc-'));
      const kubeconfig = writeKubeconfig(kcDir, { server: api.url, auth: 'certificate', filePaths: true, context: 'prod' });
      const r = await run(['scan', '--kubeconfig', kubeconfig, '--context', 'prod', '-o', 'json', '--checks', 'pss.privileged']);
      assert.equal(r.code, 0, r.err);
      assert.equal(JSON.parse(r.out).summary.objects, 17);
      assert.ok(api.requests.every((q) => q.auth === 'certificate'));
      assert.ok(api.requests.some((q) => q.path === '/apis/policy/v1beta1/podsecuritypolicies'));
    } finally {
      await api.close();
    }
  });
});

describe('live reads: the in-cluster service account, and progress on a terminal', () => {
  let api: KubeApiDouble;
  before(async () => (api = await startKubeApiDouble({ objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } }], tokens: ['sa-token'] })));
  after(() => api.close());

  it('in a pod, the mounted token and CA are used against KUBERNETES_SERVICE_HOST:PORT', async () => {
    const sa = mkdtempSync(join(tmpdir(), 'rampart-sa-'));
    writeFileSync(join(sa, 'token'), 'sa-token');
    writeFileSync(join(sa, 'ca.crt'), tlsFile('ca.crt'));
    writeFileSync(join(sa, 'namespace'), 'rampart');
    const inventory = await loadSources({
      paths: [],
      readStdin: () => Buffer.alloc(0),
      cluster: { env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: String(api.port) }, serviceAccountDir: sa },
    });
    assert.deepEqual(inventory.objects.map((o) => o.name), ['a']);
    assert.equal(inventory.clusters[0].server, api.url);
    assert.equal(inventory.clusters[0].context, 'in-cluster');
    assert.ok(api.requests.every((q) => q.auth === 'token'));
  });

  const withTerminal = async (env: NodeJS.ProcessEnv, tty: boolean) => {
    let err = '';
    const kubeconfig = writeKubeconfig(mkdtempSync(join(tmpdir(), 'rampart-tty-')), { server: api.url, auth: { token: 'sa-token' } });
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY: tty }, readStdin: () => Buffer.alloc(0), env, cwd: root };
    assert.equal(await main(['scan', '--kubeconfig', kubeconfig, '-o', 'json'], io), 0);
    return err;
  };

  it('on a terminal, stderr shows the kinds listed, the objects read and the rate; with NO_COLOR without escape codes; nothing otherwise', async () => {
    const tty = await withTerminal({}, true);
    assert.match(tty, /reading https:\/\/127\.0\.0\.1:\d+: \d+\/\d+ kinds, 1 object, [\d,]+ objects\/s/);
    assert.match(tty, /\x1b\[2K/);
    const plain = await withTerminal({ NO_COLOR: '1' }, true);
    assert.match(plain, /rampart: reading https:\/\/127\.0\.0\.1:\d+: \d+\/\d+ kinds/);
    assert.doesNotMatch(plain, /\x1b/);
    assert.equal(await withTerminal({}, false), '');
    assert.equal(await withTerminal({ CI: 'true' }, true), '');
  });
});

describe('live reads: errors a user can act on (one line naming the server and the cause, exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-live-err-'));
  let api: KubeApiDouble;
  before(async () => (api = await startKubeApiDouble({ objects: [], tokens: [TOKEN] })));
  after(() => api.close());

  const expectOneLine = (r: { code: number; out: string; err: string }, pattern: RegExp) => {
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
    assert.match(r.err, pattern);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  };

  it('a dead server', async () => {
    const closed = await startKubeApiDouble({ objects: [] });
    const url = closed.url;
    await closed.close();
    const kubeconfig = writeKubeconfig(dir, { server: url, auth: { token: TOKEN } }, 'dead');
    expectOneLine(await run(['scan', '--kubeconfig', kubeconfig]), new RegExp(`^rampart: cannot read the API server ${url.replace(/\./g, '\\.')}: connection refused`));
  });

  it('a certificate the kubeconfig does not trust', async () => {
    const kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN }, ca: 'other-ca.crt' }, 'badca');
    expectOneLine(await run(['scan', '--kubeconfig', kubeconfig]), new RegExp(`^rampart: cannot read the API server ${api.url.replace(/\./g, '\\.')}: the server's TLS certificate is not trusted: .*CA the kubeconfig does not trust`));
  });

  it('a wrong token', async () => {
    const kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: 'wrong' } }, 'badtoken');
    expectOneLine(await run(['scan', '--kubeconfig', kubeconfig]), new RegExp(`^rampart: ${api.url.replace(/\./g, '\\.')}: 401 Unauthorized: the API server rejected user "tester" of context "double"`));
  });

  it('a missing kubeconfig, and an unknown context', async () => {
    expectOneLine(await run(['scan', '--kubeconfig', join(dir, 'nope')]), /^rampart: cannot read kubeconfig .*nope: no such file$/m);
    const kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } }, 'ctx');
    expectOneLine(await run(['scan', '--kubeconfig', kubeconfig, '--context', 'staging']), /^rampart: context "staging" not found in the kubeconfig \(contexts: double\)$/m);
  });

  it('KUBECONFIG is used when no input is given; with nothing at all it is a usage error', async () => {
    const kubeconfig = writeKubeconfig(dir, { server: api.url, auth: { token: TOKEN } }, 'env');
    const r = await run(['scan', '-o', 'json'], { KUBECONFIG: kubeconfig });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).coverage, { secretData: false, gaps: [] });
    expectOneLine(await run(['scan'], { HOME: dir }), /^rampart: no input: pass paths/);
  });
});
