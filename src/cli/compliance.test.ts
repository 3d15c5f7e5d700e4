import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import type { CliIo } from './io.js';

function run(argv: string[], cwd = process.cwd()) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd };
  return main(argv, io).then((code) => ({ code, out, err }));
}

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'rampart-compliance-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const pod = (name: string, privileged: boolean) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: shop}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n    securityContext: {privileged: ${privileged}}\n`;

describe('rampart scan: frameworks, exceptions, baselines, configuration', () => {
  it('--framework and --cis-version: per-control status and scores in JSON and in the table', async () => {
    const d = dir({ 'pod.yaml': pod('web', true) });
    const json = await run(['scan', d, '--checks', 'pss.*', '--cis-version', '1.8', '-o', 'json', '--no-config']);
    const doc = JSON.parse(json.out);
    const cis = doc.frameworks.find((f: { id: string }) => f.id === 'cis');
    assert.equal(cis.version, '1.8');
    assert.ok(cis.score >= 0 && cis.score <= 100);
    assert.deepEqual(cis.controls.find((c: { id: string }) => c.id === '5.2.2'), { id: '5.2.2', title: 'Minimize the admission of privileged containers', group: '5.2 Pod security standards', status: 'fail', checks: ['pss.privileged'], findings: 1 });
    assert.ok(doc.findings.some((f: { checkId: string }) => f.checkId === 'pss.privileged'));
    assert.deepEqual(doc.checks['pss.privileged'].references.cis, ['5.2.2']);
    assert.ok(doc.areas.some((a: { id: string }) => a.id === 'pod-security'));
    const table = await run(['scan', d, '--checks', 'pss.*', '--framework', 'cis', '--no-config']);
    assert.match(table.out, /CIS Kubernetes Benchmark 1\.12: score [\d.]+/);
    assert.match(table.out, /5\.2\.2\s+FAIL\s+Minimize the admission of privileged containers \(1 finding\)/);
    assert.equal((await run(['scan', d, '--framework', 'soc2'])).code, 2);
    assert.equal((await run(['scan', d, '--cis-version', '2.0'])).code, 2);
  });

  it('--exceptions: a waived finding stays visible and does not count toward --fail-on', async () => {
    const d = dir({
      'pod.yaml': pod('debug-1', true),
      'exceptions.yaml': 'apiVersion: rampart.dev/v1\nkind: Exceptions\nexceptions:\n- checks: ["pss.*"]\n  resources: [{kind: Pod, namespace: shop, name: "debug-*"}]\n  justification: incident debugging\n  owner: sre@example.com\n  expires: 2999-01-01\n',
    });
    const args = ['scan', join(d, 'pod.yaml'), '--checks', 'pss.privileged', '--fail-on', 'high', '--no-config'];
    assert.equal((await run(args)).code, 1);
    const waived = await run([...args, '--exceptions', join(d, 'exceptions.yaml'), '-o', 'json']);
    assert.equal(waived.code, 0);
    const doc = JSON.parse(waived.out);
    assert.equal(doc.findings[0].waived.justification, 'incident debugging');
    assert.deepEqual(doc.waivers.map((w: { status: string; matched: number }) => [w.status, w.matched]), [['active', 1]]);
  });

  it('--baseline and --fail-on-new: only new findings fail; fixed ones are listed', async () => {
    const d = dir({ 'v1.yaml': pod('web', true), 'v2.yaml': pod('web', true) + '---\n' + pod('api', true) });
    const before = await run(['scan', join(d, 'v1.yaml'), '--checks', 'pss.privileged', '-o', 'json', '--no-config']);
    writeFileSync(join(d, 'previous.json'), before.out);
    const same = await run(['scan', join(d, 'v1.yaml'), '--checks', 'pss.privileged', '--baseline', join(d, 'previous.json'), '--fail-on-new', '-o', 'json', '--no-config']);
    assert.equal(same.code, 0, 'nothing new');
    assert.deepEqual(JSON.parse(same.out).findings.map((f: { baseline: string }) => f.baseline), ['unchanged']);
    const grown = await run(['scan', join(d, 'v2.yaml'), '--checks', 'pss.privileged', '--baseline', join(d, 'previous.json'), '--fail-on-new', '--fail-on', 'critical', '-o', 'json', '--no-config']);
    assert.equal(grown.code, 1, 'a new critical finding');
    const fixedDoc = JSON.parse((await run(['scan', join(d, 'pod-free.yaml'), '--checks', 'pss.privileged', '--baseline', join(d, 'previous.json'), '-o', 'json', '--no-config'])).out);
    assert.deepEqual(fixedDoc.fixed.map((f: { resource: { name: string } }) => f.resource.name), ['web']);
  });

  it('a .rampart.yaml is found from the working directory; a broken one is exit 2 with file and line', async () => {
    const d = dir({ 'pod.yaml': pod('web', true), '.rampart.yaml': 'apiVersion: rampart.dev/v1\nkind: Config\nchecks:\n  pss.privileged: {severity: low}\n' });
    const configured = await run(['scan', join(d, 'pod.yaml'), '--checks', 'pss.privileged', '-o', 'json'], d);
    assert.equal(JSON.parse(configured.out).findings[0].severity, 'low');
    const broken = dir({ 'pod.yaml': pod('web', true), '.rampart.yaml': 'apiVersion: rampart.dev/v1\nkind: Config\nchecks:\n  pss.privileged: {severity: urgent}\n' });
    const r = await run(['scan', join(broken, 'pod.yaml')], broken);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.rampart\.yaml:4: \/checks\/pss\.privileged\/severity must be one of/);
    assert.doesNotMatch(r.err, /\n\s+at /);
    assert.equal((await run(['scan', join(broken, 'pod.yaml'), '--no-config'], broken)).code, 0);
  });

  it('rampart frameworks list and show', async () => {
    const list = JSON.parse((await run(['frameworks', 'list', '-o', 'json'])).out);
    assert.deepEqual(list.map((f: { id: string }) => f.id), ['cis', 'nsa', 'mitre', 'microsoft', 'kcsa', 'rampart']);
    const show = JSON.parse((await run(['frameworks', 'show', 'cis', '--version', '1.8', '-o', 'json'])).out);
    assert.equal(show.version, '1.8');
    const c = show.controls.find((x: { id: string }) => x.id === '5.2.2');
    assert.equal(c.assessment, 'automated');
    assert.ok(c.checks.includes('pss.privileged'));
    assert.ok(show.controls.some((x: { assessment: string }) => x.assessment === 'manual'));
    assert.equal((await run(['frameworks', 'show', 'nope'])).code, 2);
    assert.equal((await run(['frameworks', 'show', 'cis', '--version', '9'])).code, 2);
  });
});
