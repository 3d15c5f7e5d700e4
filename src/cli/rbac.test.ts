import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import type { CliIo } from './io.js';
import { clusterRole, clusterRoleBinding, role, roleBinding, serviceAccount } from '../checks/rbac/fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: process.cwd() };
  return main(argv, io).then((code) => ({ code, out, err }));
}

const WORLD =
  clusterRole('reader', 'get,list||secrets', 'get|url|/metrics') +
  clusterRoleBinding('readers', 'reader', 'Group:auditors', 'ServiceAccount:mon/agent', 'ServiceAccount:nowhere') +
  roleBinding('shop', 'shop-readers', 'ClusterRole/reader', 'User:jane', 'ServiceAccount:api', 'Group:auditors') +
  role('shop', 'db', 'get||secrets|db') +
  roleBinding('shop', 'db', 'Role/db', 'ServiceAccount:shop/api') +
  serviceAccount('shop', 'api');

function file(text = WORLD): string {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-rbac-'));
  const path = join(dir, 'rbac.yaml');
  writeFileSync(path, text);
  return path;
}

describe('rampart rbac who-can', () => {
  it('JSON contract: subjects as bindings write them, each with every binding and role; cluster-wide without -n', async () => {
    const { code, out } = await run(['rbac', 'who-can', 'list', 'secrets', '-f', file(), '-o', 'json']);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), {
      subjects: [
        { kind: 'Group', name: 'auditors', grants: [{ binding: { kind: 'ClusterRoleBinding', name: 'readers' }, role: { kind: 'ClusterRole', name: 'reader' } }] },
        { kind: 'ServiceAccount', name: 'agent', namespace: 'mon', grants: [{ binding: { kind: 'ClusterRoleBinding', name: 'readers' }, role: { kind: 'ClusterRole', name: 'reader' } }] },
      ],
    });
  });

  it('with -n: RoleBindings of that namespace too; a subject granted twice lists both grants; resourceNames need --name', async () => {
    const path = file();
    const doc = JSON.parse((await run(['rbac', 'who-can', 'get', 'secrets', '-n', 'shop', '-f', path, '-o', 'json'])).out);
    assert.deepEqual(
      doc.subjects.map((s: { kind: string; namespace?: string; name: string; grants: { binding: { name: string } }[] }) => `${s.kind}:${s.namespace ?? ''}/${s.name}=${s.grants.map((g) => g.binding.name).join('+')}`),
      ['Group:/auditors=readers+shop-readers', 'ServiceAccount:mon/agent=readers', 'ServiceAccount:shop/api=shop-readers', 'User:/jane=shop-readers'],
    );
    const named = JSON.parse((await run(['rbac', 'who-can', 'get', 'secrets', '-n', 'shop', '--name', 'db', '-f', path, '-o', 'json'])).out);
    assert.ok(named.subjects.some((s: { name: string; grants: { binding: { name: string } }[] }) => s.name === 'api' && s.grants.some((g) => g.binding.name === 'db')));
  });

  it('non-resource URLs are granted only by ClusterRoleBindings', async () => {
    const doc = JSON.parse((await run(['rbac', 'who-can', 'get', '/metrics', '-f', file(), '-o', 'json'])).out);
    assert.deepEqual(doc.subjects.map((s: { name: string }) => s.name), ['auditors', 'agent']);
  });

  it('resolves built-in resource groups, notes what it assumes, and rejects bad questions with exit 2', async () => {
    const path = file(clusterRole('d', 'create|apps|deployments') + clusterRoleBinding('d', 'd', 'User:ci'));
    const doc = JSON.parse((await run(['rbac', 'who-can', 'create', 'deployments', '-f', path, '-o', 'json'])).out);
    assert.deepEqual(doc.subjects.map((s: { name: string }) => s.name), ['ci']);
    const nodes = await run(['rbac', 'who-can', 'get', 'nodes', '-n', 'shop', '-f', path, '-o', 'json']);
    assert.match(nodes.err, /nodes are cluster-scoped: -n shop is ignored/);
    const bad = await run(['rbac', 'who-can', 'get', 'pods/exec/x', '-f', path]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /at most one subresource/);
  });

  it('the table fits 100 columns and names bindings and roles', async () => {
    const { out } = await run(['rbac', 'who-can', 'get', 'secrets', '-n', 'shop', '-f', file()]);
    assert.match(out, /^Who can get secrets in namespace shop:/);
    assert.match(out, /Group auditors\s+CRB readers\s+CR reader/);
    assert.ok(out.split('\n').every((l) => l.length <= 100), out);
  });
});

describe('rampart rbac can', () => {
  it("a service account's permissions per scope, with what it gets through its groups and --as-group for users", async () => {
    const path = file();
    const sa = JSON.parse((await run(['rbac', 'can', 'ServiceAccount/shop/api', '-f', path, '-o', 'json'])).out);
    assert.deepEqual(sa.user.groups, ['system:serviceaccounts', 'system:serviceaccounts:shop', 'system:authenticated']);
    assert.deepEqual(sa.scopes.map((s: { namespace?: string }) => s.namespace ?? '*'), ['*', 'shop']);
    const shop = sa.scopes[1].rows.map((r: { resource: string; resourceNames: string[]; verbs: string[] }) => `${r.resource}[${r.resourceNames.join(',')}]:${r.verbs.join(',')}`);
    assert.deepEqual(shop, ['secrets[]:get,list', 'secrets[db]:get', '/metrics[]:get']);
    const jane = JSON.parse((await run(['rbac', 'can', 'User/jane', '--as-group', 'auditors', '-n', 'shop', '-f', path, '-o', 'json'])).out);
    assert.equal(jane.scopes.length, 1);
    assert.ok(jane.scopes[0].rows[0].grants.length >= 2, 'both the RoleBinding and the ClusterRoleBinding (through the group) grant it');
    const table = (await run(['rbac', 'can', 'sa/api', '-n', 'shop', '-f', path])).out;
    assert.match(table, /RESOURCE\s+NAMES\s+GET\s+LIST\s+WATCH/);
    assert.ok(table.split('\n').every((l) => l.length <= 100));
  });

  it('the matrix fits 100 columns with long resource names kept apart (cut in the middle)', async () => {
    const table = (await run(['rbac', 'can', 'ServiceAccount/shop/default', '-f', `${root}demo`])).out;
    const lines = table.split('\n');
    assert.ok(lines.every((l) => l.length <= 100), table);
    const start = lines.findIndex((l) => l.startsWith('In namespace shop')) + 2;
    const shop = lines.slice(start, lines.indexOf('', start));
    let group = '';
    const resources: string[] = [];
    for (const l of shop) {
      if (/^ {2}\S.*:$/.test(l)) group = l.trim();
      else resources.push(`${group}${l.trim().split(/\s+/)[0]}`);
    }
    assert.ok(resources.includes('persistent…lumeclaims') && resources.includes('persistentvol…/status'), resources.join(' '));
    assert.ok(resources.includes('apps:deploymen…/rollback') && resources.includes('extensions:deploymen…/rollback'), 'rows under a heading per API group');
    assert.equal(new Set(resources).size, resources.length, 'no two rows look the same');
  });

  it('bad subjects are usage errors', async () => {
    const { code, err } = await run(['rbac', 'can', 'Robot/r2', '-f', file()]);
    assert.equal(code, 2);
    assert.match(err, /User, Group or ServiceAccount/);
  });
});

describe('rampart rbac paths and unused', () => {
  it("prints the demo's path from the internet-facing frontend to cluster-admin step by step", async () => {
    const { code, out } = await run(['rbac', 'paths', '-f', `${root}demo`, '--from', 'Deployment/shop/frontend']);
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.match(lines[0], /^Deployment shop\/frontend \(exposed: LoadBalancer Service shop\/frontend\) → cluster-admin, 4 steps$/);
    assert.deepEqual(
      lines.filter((l) => /^ {2}\d\. /.test(l)),
      ['  1. use the mounted token of ServiceAccount shop/default', '  2. create pods (or a pod controller) in namespace tools', '  3. run a pod as ServiceAccount tools/admin-dashboard', '  4. hold every verb on every resource cluster-wide'],
    );
    const flat = out.replace(/\s+/g, ' ');
    assert.match(flat, /RoleBinding tools\/shop-release \(as Group system:serviceaccounts:shop\) → Role tools\/release-deployer/);
    assert.match(flat, /ClusterRoleBinding admin-dashboard \(as ServiceAccount tools\/admin-dashboard\) → ClusterRole cluster-admin/);
    assert.ok(lines.every((l) => l.length <= 100));
    // without --from (as `npx rampart rbac paths -f demo/` runs), every path, the frontend's among them with the same steps
    const all = await run(['rbac', 'paths', '-f', `${root}demo`]);
    assert.equal(all.code, 0);
    const block = all.out.split('\n\n').find((b) => b.startsWith('Deployment shop/frontend (exposed: LoadBalancer Service shop/frontend) → cluster-admin, 4 steps'));
    assert.ok(block, all.out);
    assert.deepEqual(block.split('\n').filter((l) => /^ {2}\d\. /.test(l)), lines.filter((l) => /^ {2}\d\. /.test(l)));
    assert.ok(all.out.split('\n').every((l) => l.length <= 100));
  });

  it('JSON, DOT and Mermaid outputs of the same paths', async () => {
    const json = JSON.parse((await run(['rbac', 'paths', `${root}demo`, '-o', 'json'])).out);
    assert.ok(json.paths.length >= 5);
    for (const p of json.paths) {
      assert.ok(p.steps.length >= 1 && ['cluster-admin', 'kube-system-secrets'].includes(p.goal));
      assert.ok(p.steps.every((s: { grants: unknown[]; fact?: string }) => s.grants.length > 0 || s.fact), 'every step has its proof');
    }
    const dot = (await run(['rbac', 'paths', `${root}demo`, '-o', 'dot'])).out;
    assert.match(dot, /^digraph rampart_rbac_paths \{/);
    assert.match(dot, /"Goal\/\/\/cluster-admin" \[label="cluster-admin", shape=doubleoctagon/);
    const mermaid = (await run(['rbac', 'paths', `${root}demo`, '-o', 'mermaid'])).out;
    assert.match(mermaid, /^flowchart LR\n/);
    assert.match(mermaid, /-->\|"create pods in namespace tools"\|/);
  });

  it('--from a subject that is not in the graph says so', async () => {
    const { code, out, err } = await run(['rbac', 'paths', '-f', file(), '--from', 'User/nobody']);
    assert.equal(code, 0);
    assert.match(err, /not in the graph/);
    assert.match(out, /No escalation path from User\/nobody/);
  });

  it('unused lists roles bound to nobody and bindings that bind nothing', async () => {
    const path = file(role('shop', 'leftover', 'get||pods') + clusterRoleBinding('ghost', 'no-such-role', 'User:jane') + clusterRole('lonely', 'get||pods') + clusterRoleBinding('empty', 'lonely'));
    const doc = JSON.parse((await run(['rbac', 'unused', path, '-o', 'json'])).out);
    assert.deepEqual(doc, {
      roles: [
        { kind: 'ClusterRole', name: 'lonely', rules: 1, boundBy: [{ kind: 'ClusterRoleBinding', name: 'empty' }] },
        { kind: 'Role', namespace: 'shop', name: 'leftover', rules: 1, boundBy: [] },
      ],
      bindings: [
        { kind: 'ClusterRoleBinding', name: 'ghost', reason: 'missing-role', roleRef: { kind: 'ClusterRole', name: 'no-such-role' } },
        { kind: 'ClusterRoleBinding', name: 'empty', reason: 'no-subjects', roleRef: { kind: 'ClusterRole', name: 'lonely' } },
      ],
    });
    const table = (await run(['rbac', 'unused', path])).out;
    assert.match(table, /Roles bound to nobody:\n {2}ROLE/);
  });
});
