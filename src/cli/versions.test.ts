import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import type { CliIo } from './io.js';
import { node } from '../checks/versions/fixtures.js';

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('rampart scan: versions flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-versions-'));
  writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\n');
  writeFileSync(join(dir, 'nodes.yaml'), node('worker-1', 'v1.27.3'));

  it('--kubernetes-version gives the API server version the input lacks: end of life, skew against it', async () => {
    const r = await run(['scan', dir, '--kubernetes-version', 'v1.31.2', '--checks', 'versions.*', '-o', 'json'], dir);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.deepEqual(doc.versions.components.map((c: { component: string; source: string }) => `${c.component} ${c.source}`), ['kube-apiserver flag', 'kubelet node']);
    const skew = doc.findings.find((f: { checkId: string }) => f.checkId === 'versions.unsupported-skew');
    assert.match(skew.message, /kubelet v1\.27\.3 is 4 minor releases older than the API server \(v1\.31\.2\)/);
  });

  it('--version-data-max-age sets when the data is stale', async () => {
    const fresh = JSON.parse((await run(['scan', dir, '--version-data-max-age', '100000', '-o', 'json'], dir)).out);
    assert.equal(fresh.versions.data.stale, false);
    assert.equal(fresh.versions.data.maxAgeDays, 100000);
    const stale = await run(['scan', dir, '--version-data-max-age', '0'], dir);
    assert.match(stale.out, /Kubernetes release and CVE data of \d{4}-\d{2}-\d{2}, \d+ days old: STALE \(older than 0 days\)/);
  });

  it('a version that is not one is bad usage (exit 2), named', async () => {
    const r = await run(['scan', dir, '--kubernetes-version', 'latest'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /--kubernetes-version: "latest" is not a Kubernetes version/);
    const days = await run(['scan', dir, '--version-data-max-age', 'soon'], dir);
    assert.equal(days.code, 2);
    assert.match(days.err, /--version-data-max-age: "soon" is not a number of days/);
  });

  it('no version anywhere: the versions checks are not applicable and the JSON has no versions section', async () => {
    rmSync(join(dir, 'nodes.yaml'));
    const doc = JSON.parse((await run(['scan', dir, '-o', 'json', '--framework', 'rampart'], dir)).out);
    assert.equal(doc.versions, undefined);
    const area = doc.areas.find((a: { id: string }) => a.id === 'versions');
    assert.equal(area?.score ?? null, null, 'nothing passed or failed: no score');
  });
});
