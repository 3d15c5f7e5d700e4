import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
function run(argv) {
    let out = '';
    let err = '';
    const io = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: process.cwd() };
    return main(argv, io).then((code) => ({ code, out, err }));
}
const MANIFESTS = `apiVersion: v1
kind: Namespace
metadata:
  name: web
  labels: {pod-security.kubernetes.io/enforce: baseline, pod-security.kubernetes.io/enforce-version: v1.24}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: root-app, namespace: web}
spec:
  template:
    spec:
      containers:
      - {name: app, image: x}
---
apiVersion: v1
kind: Pod
metadata: {name: debug, namespace: web}
spec:
  hostPID: true
  containers:
  - {name: a, image: x, securityContext: {allowPrivilegeEscalation: true}}
`;
function file() {
    const d = mkdtempSync(join(tmpdir(), 'rampart-pss-'));
    writeFileSync(join(d, 'm.yaml'), MANIFESTS);
    return join(d, 'm.yaml');
}
describe('rampart pss', () => {
    it('machine contract: one result per pod template at the forced level and version', async () => {
        const { code, out } = await run(['pss', '-f', file(), '--level', 'restricted', '--version', 'v1.25', '-o', 'json']);
        assert.equal(code, 0);
        const doc = JSON.parse(out);
        assert.deepEqual(doc.results.map((r) => [r.resource.kind, r.resource.name, r.allowed, r.level, r.version]), [
            ['Deployment', 'root-app', false, 'restricted', 'v1.25'],
            ['Pod', 'debug', false, 'restricted', 'v1.25'],
        ]);
        const debug = doc.results[1].violations.map((v) => v.control);
        assert.deepEqual(debug, ['hostNamespaces', 'allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']);
        assert.equal(doc.results[1].violations[0].message, 'host namespaces (hostPID)');
    });
    it("without forcing, the namespace's enforce label and version decide", async () => {
        const { out } = await run(['pss', '-f', file(), '-o', 'json']);
        const doc = JSON.parse(out);
        assert.deepEqual(doc.results.map((r) => [r.allowed, r.level, r.version]), [
            [true, 'baseline', 'v1.24'],
            [false, 'baseline', 'v1.24'],
        ]);
        const [web] = doc.namespaces;
        assert.equal(web.namespace, 'web');
        assert.equal(web.achievableLevel, 'privileged');
        assert.equal(web.violating, 1);
    });
    it('table shows what each namespace could enforce; --fail-on-violation exits 1', async () => {
        const { code, out } = await run(['pss', '-f', file(), '--fail-on-violation']);
        assert.equal(code, 1);
        assert.match(out, /web\s+baseline:v1\.24\s+privileged\s+2\s+1/);
        assert.match(out, /Pod\/web\/debug/);
    });
    it('--pss-level and --pss-version are accepted as the same flags', async () => {
        const { out } = await run(['pss', '-f', file(), '--pss-level', 'restricted', '--pss-version', 'v1.25', '-o', 'json']);
        assert.equal(JSON.parse(out).results[0].level, 'restricted');
        assert.equal(JSON.parse(out).results[0].version, 'v1.25');
    });
    it('bad level or version is a usage error', async () => {
        assert.equal((await run(['pss', '-f', file(), '--level', 'strict'])).code, 2);
        const bad = await run(['pss', '-f', file(), '--version', '1.25']);
        assert.equal(bad.code, 2);
        assert.match(bad.err, /must be "latest" or "v1\.x"/);
    });
});
//# sourceMappingURL=pss.test.js.map