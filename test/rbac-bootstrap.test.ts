/**
 * Kubernetes' own RBAC (the API server's bootstrap policy and what kubeadm adds, as a fresh kubeadm
 * cluster lists it) is known and not reported; changed, it is.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadInventory, loadText, readInputs } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = 'test/fixtures/rbac/kubeadm-v1.33-rbac.yaml';
const stock = readFileSync(`${root}${FIXTURE}`, 'utf8');

function findings(text: string) {
  const inventory = loadText(text, FIXTURE);
  assert.deepEqual(inventory.diagnostics, []);
  return scan(inventory).findings;
}

/** The fixture with one edit made inside a document, found by its kind and name. */
function edited(kind: string, name: string, edit: (doc: string) => string): string {
  const marker = `    kind: ${kind}\n    metadata:\n      name: ${name}\n`;
  const start = stock.indexOf(marker);
  assert.ok(start > 0, `${kind} ${name} is in the fixture`);
  const end = stock.indexOf('\n  - apiVersion:', start);
  return stock.slice(0, start) + edit(stock.slice(start, end)) + stock.slice(end);
}

describe('the stock RBAC of a kubeadm cluster', () => {
  it('gives no findings from any check, the escalation paths included', () => {
    const found = findings(stock);
    assert.deepEqual(
      found.map((f) => `${f.checkId} ${f.resource.kind}/${f.resource.name}: ${f.message}`),
      [],
    );
    assert.ok(loadText(stock, FIXTURE).objects.length > 140, 'the whole policy is there');
  });

  it('a subject added to the cluster-admin binding is reported, with the stock subject left out', () => {
    const text = edited('ClusterRoleBinding', 'cluster-admin', (doc) => `${doc}\n      - apiGroup: rbac.authorization.k8s.io\n        kind: User\n        name: eve`);
    const found = findings(text).filter((f) => f.checkId === 'rbac.cluster-admin-binding');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /gives User "eve" every verb/);
    assert.doesNotMatch(found[0].message, /system:masters/);
  });

  it('a rule added to a stock ClusterRole is reported for that rule only', () => {
    const text = edited('ClusterRole', 'system:node-proxier', (doc) => doc.replace('    rules:\n', '    rules:\n      - apiGroups: [""]\n        resources: ["secrets"]\n        verbs: ["list"]\n'));
    const found = findings(text);
    assert.deepEqual([...new Set(found.map((f) => f.checkId))], ['rbac.secrets-read']);
    assert.deepEqual(
      found.map((f) => f.message.replace(/:.*$/, '')).sort(),
      [
        'ClusterRoleBinding "kubeadm',
        'ClusterRoleBinding "system',
      ],
    );
    assert.deepEqual(found.map((f) => (f.evidence.subjects as { name: string }[]).map((s) => s.name)).sort(), [['kube-proxy'], ['system:kube-proxy']]);
    assert.ok(found.every((f) => f.message.includes('list secrets cluster-wide (ClusterRole "system:node-proxier" rule 1)')));
  });

  it('a stock binding pointed at a stronger role is reported', () => {
    const text = edited('ClusterRoleBinding', 'system:public-info-viewer', (doc) => doc.replace('name: system:public-info-viewer\n    subjects', 'name: view\n    subjects'));
    const found = findings(text).filter((f) => f.checkId === 'rbac.anonymous-access');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /system:unauthenticated/);
  });

  it("the demo's RBAC findings are the same with the cluster's bootstrap objects in the input", () => {
    const demo = (extra: string[]) => {
      const read = readInputs([`${root}demo`, ...extra], () => Buffer.alloc(0));
      return scan(loadInventory(read.inputs, read.diagnostics), { checks: ['rbac.*'] }).findings.map((f) => `${f.fingerprint} ${f.message}`);
    };
    assert.deepEqual(demo([`${root}${FIXTURE}`]), demo([]));
  });
});
