import check from './missing-subject.js';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testCheck } from '../testing.js';
import { loadInventory } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { clusterRoleBinding, roleBinding, serviceAccount } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'the service account is in the input', yaml: serviceAccount('shop', 'api') + roleBinding('shop', 'b', 'ClusterRole/view', 'ServiceAccount:api') },
    { name: 'default accounts exist in every namespace; users and groups cannot be checked', yaml: roleBinding('shop', 'b', 'ClusterRole/view', 'ServiceAccount:default', 'User:jane', 'Group:devs') },
    { name: "kube-system's controller accounts exist", yaml: clusterRoleBinding('b', 'view', 'ServiceAccount:kube-system/namespace-controller') },
  ],
  fail: [
    {
      name: 'a service account absent from the input',
      yaml: serviceAccount('shop', 'api') + roleBinding('shop', 'b', 'ClusterRole/view', 'ServiceAccount:old-api'),
      findings: [{ line: 9, severity: 'info', message: 'names ServiceAccount "shop/old-api", which is not in the input' }],
    },
    {
      name: 'a ServiceAccount subject without a namespace in a ClusterRoleBinding matches nobody',
      yaml: clusterRoleBinding('b', 'view', 'ServiceAccount:api'),
      findings: [{ severity: 'medium', message: 'must name its namespace' }],
    },
  ],
});

describe('rbac.missing-subject: severity by how complete the view is', () => {
  const text = serviceAccount('shop', 'api') + roleBinding('shop', 'b', 'ClusterRole/view', 'ServiceAccount:old-api');
  it('files are a partial view: info; a whole cluster (snapshot, live): low', () => {
    const severity = (complete: boolean) => scan(loadInventory([{ file: 'in.json', content: text }], [], { complete }), { registry: [check] }).findings.map((f) => f.severity);
    assert.deepEqual(severity(false), ['info']);
    assert.deepEqual(severity(true), ['low']);
  });
});
