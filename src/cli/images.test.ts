import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from './main.js';
import type { CliIo } from './io.js';
import { digestOf, osvRecord, supplyChainFixture } from '../analysis/images/testing.js';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: { RAMPART_CACHE_DIR: '' }, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out, err };
}

const fixture = supplyChainFixture(
  [
    { repository: 'registry.example.com/shop/api', digest: digestOf('a'), tag: '1.4.2', signedBy: 'trusted', packages: ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'pkg:npm/lodash@4.17.21'] },
    { repository: 'registry.example.com/shop/web', digest: digestOf('b'), signedBy: 'stranger', packages: ['pkg:npm/lodash@4.17.20'] },
  ],
  [
    osvRecord('GHSA-jfh8-c2jp-5v3q', 'Maven', 'org.apache.logging.log4j:log4j-core', [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }], { aliases: ['CVE-2021-44228'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' }] }),
    osvRecord('GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], { aliases: ['CVE-2021-23337'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }] }),
  ],
);
after(() => fixture.cleanup());
const cluster = join(fixture.dir, 'cluster.yaml');
writeFileSync(
  cluster,
  `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    spec:
      containers:
      - {name: api, image: "registry.example.com/shop/api:1.4.2@${digestOf('a')}"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    spec:
      containers:
      - {name: web, image: "registry.example.com/shop/web@${digestOf('b')}"}
      - {name: api, image: "registry.example.com/shop/api:1.4.2@${digestOf('a')}"}
---
apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: ops}
spec:
  containers:
  - {name: tool, image: "busybox:1.36"}
`,
);
const inputs = ['--trusted-key', fixture.inputs.trustedKeys![0], '--signatures', fixture.inputs.signaturesDir!, '--sbom', fixture.inputs.sbomDir!, '--osv', fixture.inputs.osvDir!, '--osv-max-age', '100000'];

describe('rampart images', () => {
  it('JSON: every image with workloads, pinning, signature status, vulnerability counts; aggregated per workload and namespace', async () => {
    const { code, out, err } = await run(['images', cluster, ...inputs, '-o', 'json']);
    assert.equal(code, 0, err);
    const doc = JSON.parse(out);
    const byImage = Object.fromEntries(doc.images.map((i: { image: string }) => [i.image, i]));
    const api = byImage[`registry.example.com/shop/api:1.4.2@${digestOf('a')}`];
    assert.equal(api.digestStatus, 'pinned');
    assert.deepEqual(api.signature, { status: 'verified', key: 'cosign.pub', reasons: [] });
    assert.deepEqual(api.sbom.matchedBy, 'digest');
    assert.deepEqual(api.vulnerabilities, { critical: 1, high: 0, medium: 0, low: 0, info: 0, unknown: 0, total: 1, fixable: 1 });
    assert.deepEqual(api.workloads.map((w: { resource: { name: string }; containers: string[] }) => [w.resource.name, w.containers]), [['api', ['api']], ['web', ['api']]]);
    const web = byImage[`registry.example.com/shop/web@${digestOf('b')}`];
    assert.equal(web.signature.status, 'untrusted');
    assert.equal(web.vulnerabilities.high, 1);
    const busybox = byImage['docker.io/library/busybox:1.36'];
    assert.equal(busybox.digestStatus, 'tag');
    assert.equal(busybox.signature.status, 'not-pinned');
    assert.equal(busybox.sbom, null);
    assert.equal(busybox.vulnerabilities, null, 'unknown, not zero');
    // per workload: web runs both images
    const w = doc.workloads.find((x: { resource: { name: string } }) => x.resource.name === 'web');
    assert.deepEqual([w.images, w.unsigned, w.vulnerabilities.total], [2, 1, 2]);
    // per namespace: an image counts once however many workloads run it
    const shop = doc.namespaces.find((n: { namespace: string }) => n.namespace === 'shop');
    assert.deepEqual([shop.workloads, shop.images, shop.unsigned, shop.vulnerabilities.critical, shop.vulnerabilities.high], [2, 2, 1, 1, 1]);
    assert.equal(doc.data.osv.records, 2);
    assert.equal(doc.data.osv.newestModified, '2025-05-28T10:00:00Z');
    assert.deepEqual(doc.diagnostics, []);
  });

  it('table: data age first, then images and namespaces; stale data is said loudly, and on stderr', async () => {
    const { code, out, err } = await run(['images', cluster, ...inputs.slice(0, -2)]);
    assert.equal(code, 0);
    assert.match(out.split('\n')[2], /^Vulnerability data: 2 records, newest modified 2025-05-28 \(\d+ days old\): STALE, older than 7 days$/);
    assert.match(out, /registry\.example\.com\/shop\/api:1\.4\.2@sha256:aaaaaaaaaaaa… +pinned +verified +digest +1 \(1C\) +1 +Deployment\/shop\/api, Deployment\/shop\/web/);
    assert.match(out, /critical CVE-2021-44228 +org\.apache\.logging\.log4j:log4j-core 2\.14\.1 → 2\.15\.0/);
    assert.match(err, /warning: vulnerability data is \d+ days old .* \[stale-data\]/);
  });

  it('-n limits to one namespace; without supply-chain inputs the statuses say "not checked"', async () => {
    const doc = JSON.parse((await run(['images', cluster, '-n', 'ops', '-o', 'json'])).out);
    assert.deepEqual(doc.images.map((i: { image: string }) => i.image), ['docker.io/library/busybox:1.36']);
    assert.equal(doc.images[0].signature.status, 'not-checked');
    assert.deepEqual(doc.data, { signatures: null, sboms: null, osv: null });
  });

  it('bad inputs are one clear line and exit 2', async () => {
    for (const [args, message] of [
      [['--trusted-key', join(fixture.dir, 'nope.pub')], /--trusted-key .*nope\.pub: no such file/],
      [['--signatures', fixture.inputs.signaturesDir!], /--signatures needs --trusted-key/],
      [['--sbom', join(fixture.dir, 'missing')], /--sbom .*missing: no such directory/],
      [['--osv', fixture.inputs.osvDir!, '--sbom', fixture.inputs.sbomDir!, '--osv-max-age', 'soon'], /--osv-max-age: expected a whole number of days/],
    ] as const) {
      const r = await run(['images', cluster, ...args]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
  });
});

describe('rampart scan with supply-chain inputs', () => {
  it('reports signature and vulnerability findings, and nothing of the kind without the inputs', async () => {
    const withInputs = JSON.parse((await run(['scan', cluster, ...inputs, '-o', 'json', '--checks', 'images.*'])).out);
    const ids = withInputs.findings.map((f: { checkId: string }) => f.checkId);
    for (const id of ['images.known-vulnerability', 'images.signature-untrusted-key', 'images.signature-unverifiable']) assert.ok(ids.includes(id), id);
    const without = JSON.parse((await run(['scan', cluster, '-o', 'json', '--checks', 'images.*'])).out);
    assert.ok(!without.findings.some((f: { checkId: string }) => /signature|unsigned|vulnerab|sbom/.test(f.checkId)));
    assert.equal(without.supplyChain, undefined);
  });

  it('says how old the vulnerability data is: in the JSON, in the table after the summary, and loudly when stale', async () => {
    const fresh = JSON.parse((await run(['scan', cluster, ...inputs, '-o', 'json', '--checks', 'images.*'])).out);
    assert.deepEqual(fresh.supplyChain.signatures, { keys: ['cosign.pub'], dir: fixture.inputs.signaturesDir });
    assert.equal(fresh.supplyChain.sboms, 2);
    assert.deepEqual([fresh.supplyChain.osv.records, fresh.supplyChain.osv.newestModified, fresh.supplyChain.osv.stale, fresh.supplyChain.osv.maxAgeDays], [2, '2025-05-28T10:00:00Z', false, 100000]);
    assert.equal('fromCache' in fresh.supplyChain.osv, false, 'the same input gives the same document, cache or not');
    const stale = await run(['scan', cluster, ...inputs.slice(0, -2), '--checks', 'images.*']);
    assert.match(stale.out, /\nVulnerability data: 2 records, newest modified 2025-05-28 \(\d+ days old\): STALE, older than 7 days\n/);
    assert.ok(stale.out.indexOf('Vulnerability data:') < stale.out.indexOf('namespace shop'), 'with the summary, before the findings');
    assert.match(stale.err, /warning: vulnerability data is \d+ days old .* \[stale-data\]/);
    const json = JSON.parse((await run(['scan', cluster, ...inputs.slice(0, -2), '-o', 'json', '--checks', 'images.*'])).out);
    assert.equal(json.supplyChain.osv.stale, true);
    assert.ok(json.diagnostics.some((d: { code: string }) => d.code === 'stale-data'));
  });
});
