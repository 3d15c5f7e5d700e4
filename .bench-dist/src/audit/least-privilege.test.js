import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leastPrivilege, parseSubject } from './least-privilege.js';
import { auditReport } from './report.js';
import { auditEvent as ev } from './testing.js';
import { loadSources } from '../inventory/sources.js';
describe('least privilege from observed use', () => {
    let dir;
    const write = (name, events) => {
        const p = join(dir, name);
        writeFileSync(p, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
        return p;
    };
    before(() => (dir = mkdtempSync(join(tmpdir(), 'rampart-lp-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const bot = 'system:serviceaccount:ci:deployer';
    it('writes a Role per namespace and a ClusterRole for the rest, resourceNames where one object was used', async () => {
        const log = write('a.log', [
            ev({ user: bot, verb: 'get', resource: 'configmaps', namespace: 'app', name: 'settings' }),
            ev({ user: bot, verb: 'update', resource: 'configmaps', namespace: 'app', name: 'settings' }),
            ev({ user: bot, verb: 'get', resource: 'secrets', namespace: 'app', name: 'a' }),
            ev({ user: bot, verb: 'get', resource: 'secrets', namespace: 'app', name: 'b' }),
            ev({ user: bot, verb: 'list', resource: 'pods', namespace: 'app' }),
            ev({ user: bot, verb: 'create', resource: 'pods', namespace: 'app', name: 'x' }),
            ev({ user: bot, verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'app', name: 'web' }),
            ev({ user: bot, verb: 'get', resource: 'pods/exec', namespace: 'app', name: 'web-1', code: 101 }),
            ev({ user: bot, verb: 'list', resource: 'namespaces' }),
            ev({ user: bot, verb: 'list', resource: 'pods', uri: '/api/v1/pods' }),
            ev({ user: bot, verb: 'get', resource: '', uri: '/metrics' }),
            // refused, discovery, another identity, a repeated stage: none of these count
            ev({ user: bot, verb: 'delete', resource: 'secrets', namespace: 'app', name: 'a', code: 403 }),
            ev({ user: bot, verb: 'get', resource: '', uri: '/apis/apps/v1' }),
            ev({ user: bot, verb: 'create', resource: 'selfsubjectaccessreviews', group: 'authorization.k8s.io' }),
            ev({ user: 'someone-else', verb: 'delete', resource: 'nodes', name: 'n1' }),
        ]);
        const r = await leastPrivilege([log], parseSubject({ serviceaccount: 'ci/deployer' }));
        assert.equal(r.summary.requests, 13);
        const role = r.objects.find((o) => o.kind === 'Role');
        assert.equal(role.metadata.namespace, 'app');
        assert.equal(role.metadata.name, 'ci-deployer-observed');
        assert.deepEqual(role.rules, [
            { apiGroups: [''], resources: ['configmaps'], resourceNames: ['settings'], verbs: ['get', 'update'] },
            { apiGroups: [''], resources: ['pods'], verbs: ['create', 'list'] },
            { apiGroups: [''], resources: ['pods/exec'], resourceNames: ['web-1'], verbs: ['create', 'get'] },
            { apiGroups: [''], resources: ['secrets'], verbs: ['get'] },
            { apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'], verbs: ['patch'] },
        ]);
        const cluster = r.objects.find((o) => o.kind === 'ClusterRole');
        assert.deepEqual(cluster.rules, [
            { apiGroups: [''], resources: ['namespaces', 'pods'], verbs: ['list'] },
            { nonResourceURLs: ['/metrics'], verbs: ['get'] },
        ]);
        const binding = r.objects.find((o) => o.kind === 'RoleBinding');
        assert.deepEqual(binding.subjects, [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }]);
        assert.equal(binding.roleRef.name, 'ci-deployer-observed');
        assert.deepEqual(r.findings, []);
    });
    it('counts an impersonated request for the identity it was authorized as', async () => {
        const log = write('imp.log', [ev({ user: 'admin', impersonatedUser: { username: 'dev' }, verb: 'get', resource: 'pods', namespace: 'a', name: 'p' })]);
        assert.equal((await leastPrivilege([log], { kind: 'User', name: 'dev' })).summary.requests, 1);
        assert.equal((await leastPrivilege([log], { kind: 'User', name: 'admin' })).summary.requests, 0);
    });
    it('with the cluster’s RBAC, reports the grants it holds but never used', async () => {
        const rbac = join(dir, 'rbac.yaml');
        writeFileSync(rbac, `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: deployer, namespace: app}
rules:
  - apiGroups: [""]
    resources: [pods, secrets]
    verbs: [get, list, delete]
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: deployer, namespace: app}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer}
subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
`);
        const inventory = await loadSources({ paths: [rbac], readStdin: () => Buffer.alloc(0) });
        const log = write('use.log', [ev({ user: bot, verb: 'get', resource: 'pods', namespace: 'app', name: 'p' }), ev({ user: bot, verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'app', name: 'web' })]);
        const r = await leastPrivilege([log], { kind: 'ServiceAccount', namespace: 'ci', name: 'deployer' }, { inventory });
        assert.equal(r.findings.length, 1, JSON.stringify(r.findings.map((f) => f.message)));
        const f = r.findings[0];
        assert.equal(f.checkId, 'audit.unused-permission');
        assert.equal(f.severity, 'medium', 'unused Secret access is worth more than unused pod reads');
        assert.deepEqual(f.evidence.unused, ['list pods', 'delete pods', 'get secrets', 'list secrets', 'delete secrets']);
        assert.deepEqual(f.resource, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', namespace: 'app', name: 'deployer' });
        assert.equal(f.location?.line, 5);
    });
    it('parses the subject options', () => {
        assert.deepEqual(parseSubject({ serviceaccount: 'a/b' }), { kind: 'ServiceAccount', namespace: 'a', name: 'b' });
        assert.deepEqual(parseSubject({ user: 'system:serviceaccount:a:b' }), { kind: 'ServiceAccount', namespace: 'a', name: 'b' });
        assert.deepEqual(parseSubject({ user: 'jane' }), { kind: 'User', name: 'jane' });
        assert.equal(typeof parseSubject({ serviceaccount: 'b' }), 'string');
        assert.equal(typeof parseSubject({}), 'string');
    });
});
describe('audit report', () => {
    it('counts each request once, whatever stages the log has, and fills every table', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'rampart-report-'));
        try {
            const exec = ev({ user: 'bob', verb: 'create', resource: 'pods/exec', namespace: 'a', name: 'p', code: 101, stage: 'ResponseStarted', auditID: 'x', time: 60 });
            const events = [
                ev({ user: 'bob', stage: 'RequestReceived', auditID: 'r1', time: 0 }),
                ev({ user: 'bob', auditID: 'r1', time: 0 }),
                ev({ user: 'eve', code: 403, ip: '203.0.113.1', time: 10 }),
                ev({ user: 'eve', code: 403, ip: '203.0.113.1', time: 20, verb: 'list', resource: 'secrets' }),
                ev({ user: 'bob', verb: 'get', resource: 'secrets', namespace: 'a', name: 's', time: 30 }),
                exec,
                { ...exec, stage: 'ResponseComplete' },
                ev({ user: 'bob', time: 7200 }),
            ];
            const p = join(dir, 'log');
            writeFileSync(p, events.map((e) => JSON.stringify(e)).join('\n'));
            const r = await auditReport([p]);
            assert.equal(r.summary.requests, 6);
            assert.deepEqual(r.topUsers, [
                { user: 'bob', requests: 4, forbidden: 0 },
                { user: 'eve', requests: 2, forbidden: 2 },
            ]);
            assert.equal(r.forbiddenByUser[0].user, 'eve');
            assert.deepEqual(r.secretReaders, [{ user: 'bob', gets: 1, lists: 0, secrets: ['a/s'] }]);
            assert.deepEqual(r.execs.map((x) => [x.user, x.pod, x.kind, x.count]), [['bob', 'a/p', 'exec', 1]]);
            assert.deepEqual(r.timeline.map((t) => t.requests), [5, 0, 1]);
            assert.ok(r.alerts.list.some((a) => a.ruleId === 'audit.pod-exec'));
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=least-privilege.test.js.map