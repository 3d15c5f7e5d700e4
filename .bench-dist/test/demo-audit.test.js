import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { writeDemoAudit } from '../scripts/demo-audit.js';
const root = fileURLToPath(new URL('../../', import.meta.url));
const log = `${root}demo/audit/audit.log`;
async function run(argv) {
    let out = '';
    let err = '';
    const io = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: root };
    const code = await main(argv, io);
    return { code, out, err };
}
describe("the demo's audit log", () => {
    it('is what scripts/demo-audit.ts writes', () => {
        const dir = mkdtempSync(join(tmpdir(), 'rampart-demo-audit-'));
        try {
            writeDemoAudit(join(dir, 'audit.log'));
            assert.ok(readFileSync(join(dir, 'audit.log')).equals(readFileSync(log)), 'demo/audit/audit.log is stale: run `npm run build && node dist/scripts/demo-audit.js`');
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    it('tells the story: every step of the attack alerts, the benign day raises nothing high, output is byte-identical', async () => {
        const first = await run(['audit', 'detect', log, '--inventory', `${root}demo`, '-o', 'json']);
        const second = await run(['audit', 'detect', log, '--inventory', `${root}demo`, '-o', 'json']);
        assert.equal(first.code, 0, first.err);
        assert.equal(first.out, second.out);
        const doc = JSON.parse(first.out);
        assert.deepEqual(doc.diagnostics, []);
        const fired = (ruleId, user) => doc.alerts.some((a) => a.ruleId === ruleId && (user === undefined || a.user === user));
        const stolen = 'system:serviceaccount:shop:default';
        for (const [ruleId, user] of [
            ['audit.anonymous-allowed', 'system:anonymous'],
            ['audit.anonymous-probe', 'system:anonymous'],
            ['audit.attack-tool-user-agent', 'system:anonymous'],
            ['audit.sa-token-outside-cluster', stolen],
            ['audit.rbac-enumeration-burst', stolen],
            ['audit.forbidden-spike-user', stolen],
            ['audit.resource-enumeration', stolen],
            ['audit.secret-read-outside-cluster', stolen],
            ['audit.pod-exec', stolen],
            ['audit.exec-shell-or-tool', stolen],
            ['audit.secret-list', 'system:serviceaccount:tools:admin-dashboard'],
            ['audit.cluster-admin-binding', 'system:serviceaccount:tools:admin-dashboard'],
            ['audit.privileged-pod', stolen],
            ['audit.sensitive-mount', stolen],
            ['audit.host-pid', stolen],
            ['audit.pod-in-kube-namespace', stolen],
            ['audit.events-deleted', stolen],
        ]) {
            assert.ok(fired(ruleId, user), `${ruleId} for ${user}`);
        }
        const benign = doc.alerts.filter((a) => a.time < '2024-05-14T13:58:00');
        assert.ok(benign.length > 0, 'the benign day is not silent: it shows low and medium alerts worth a look');
        assert.deepEqual(benign.filter((a) => a.severity === 'high' || a.severity === 'critical').map((a) => `${a.ruleId}: ${a.message}`), []);
        // the binding was made by a cluster-admin identity: the inventory raises it
        const binding = doc.alerts.find((a) => a.ruleId === 'audit.cluster-admin-binding');
        assert.equal(binding.severity, 'critical');
        assert.match(binding.message, /holds cluster-admin/);
        assert.ok(doc.summary.events > 2000);
    });
    it('npm start prints the alerts after the scan', () => {
        const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
        assert.match(pkg.scripts.start, /scan -f demo\/ && node bin\/rampart\.js audit detect demo\/audit\/audit\.log --inventory demo\//);
    });
    it('audit report shows who read Secrets and who exec’d where', async () => {
        const r = await run(['audit', 'report', log, '-o', 'json']);
        assert.equal(r.code, 0, r.err);
        const doc = JSON.parse(r.out);
        const readers = doc.secretReaders.map((s) => s.user);
        assert.ok(readers.includes('system:serviceaccount:shop:default'));
        assert.ok(readers.includes('system:serviceaccount:tools:admin-dashboard'));
        assert.deepEqual(doc.execs.map((x) => `${x.user} ${x.pod}`), ['jane@acme-shop.example shop-data/postgres-0', 'system:serviceaccount:shop:default shop/api-7d9f8b6c5-x2x4z', 'system:serviceaccount:shop:default kube-system/node-debugger']);
        assert.equal(doc.forbiddenByUser[0].user, 'system:serviceaccount:shop:default');
        assert.equal(doc.timeline.length, 24);
        const table = await run(['audit', 'report', log]);
        assert.match(table.out, /Who read Secrets/);
    });
    it('audit rbac writes the stolen account’s observed permissions and lists what it held but never used', async () => {
        const r = await run(['audit', 'rbac', '--serviceaccount', 'shop/default', log, '--inventory', `${root}demo`, '-o', 'json']);
        assert.equal(r.code, 0, r.err);
        const doc = JSON.parse(r.out);
        const kinds = doc.objects.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}`);
        assert.deepEqual(kinds, ['Role/kube-system', 'RoleBinding/kube-system', 'Role/shop', 'RoleBinding/shop']);
        const shop = doc.objects.find((o) => o.kind === 'Role' && o.metadata.namespace === 'shop');
        assert.ok(shop.rules.some((x) => x.resources?.includes('pods/exec') && x.verbs.includes('create')));
        assert.ok(doc.findings.length > 0);
        assert.ok(doc.findings.every((f) => f.checkId === 'audit.unused-permission'));
    });
});
//# sourceMappingURL=demo-audit.test.js.map