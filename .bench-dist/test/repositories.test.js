/**
 * Scanning real repositories as users do (issue 13): layouts with copies of one app, links,
 * unreadable paths, files that are not Kubernetes objects, charts and kustomizations.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../src/cli/main.js';
export async function rampart(args, env = {}, cwd = process.cwd()) {
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (s) => (stdout += s) }, stderr: { write: (s) => (stderr += s) }, readStdin: () => Buffer.alloc(0), env, cwd };
    const code = await main(args, io);
    return { code, stdout, stderr };
}
/** Writes `files` (path → content) under a fresh temporary directory. */
export function layout(files) {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-repo-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
    }
    return dir;
}
const deployment = (privileged) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx
        securityContext:
          privileged: ${privileged}
`;
describe('copies of one object in several files', () => {
    it('every copy is scanned and reported at its own file and line; exit status unaffected', async () => {
        const dir = layout({ 'dev/web.yaml': deployment(false), 'prod/web.yaml': '# prod\n' + deployment(true), 'staging/web.yaml': deployment(true) });
        const run = await rampart(['scan', dir, '-o', 'json', '--checks', 'pss.privileged,workload.read-only-root-filesystem']);
        assert.equal(run.code, 0, run.stderr);
        assert.equal(run.stderr, '', 'copies are not an input problem');
        const findings = JSON.parse(run.stdout).findings;
        const privileged = findings.filter((f) => f.checkId === 'pss.privileged');
        assert.deepEqual(privileged.map((f) => `${f.location.file.slice(dir.length + 1)}:${f.location.line}`).sort(), ['prod/web.yaml:14', 'staging/web.yaml:13']);
        const readOnly = findings.filter((f) => f.checkId === 'workload.read-only-root-filesystem');
        assert.equal(readOnly.length, 3, 'the same finding on each copy');
        assert.equal(new Set(readOnly.map((f) => f.fingerprint)).size, 3, 'copies have fingerprints of their own');
    });
    it('-v names the copies once', async () => {
        const dir = layout({ 'dev/web.yaml': deployment(false), 'prod/web.yaml': deployment(true) });
        const run = await rampart(['scan', dir, '-v', '-o', 'json']);
        assert.match(run.stderr, /prod\/web\.yaml:1: info: Deployment "shop\/web" has 2 copies \(.*dev\/web\.yaml:1, .*prod\/web\.yaml:1\).*\[object-copies\]/);
        assert.equal(run.stderr.trim().split('\n').length, 1);
    });
});
//# sourceMappingURL=repositories.test.js.map