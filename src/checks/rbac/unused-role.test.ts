import check from './unused-role.js';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testCheck } from '../testing.js';
import { loadInventory } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'a bound role', yaml: role('shop', 'r', 'get||pods') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: 'a ClusterRole bound by a RoleBinding', yaml: clusterRole('c', 'get||pods') + roleBinding('shop', 'b', 'ClusterRole/c', 'User:jane') },
    {
      name: 'a ClusterRole aggregated into view is used through it',
      yaml: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: crd-view, labels: {rbac.authorization.k8s.io/aggregate-to-view: "true"}}\nrules: []\n',
    },
    { name: "Kubernetes' built-in roles in a dump", yaml: clusterRole('system:heapster', 'get||pods') },
  ],
  fail: [
    {
      name: 'a Role no binding references',
      yaml: role('shop', 'leftover', 'get||secrets') + role('shop', 'r', 'get||pods') + roleBinding('other', 'b', 'Role/leftover', 'User:jane'),
      findings: [{ line: 3, message: 'Role "shop/leftover" is referenced by no RoleBinding or ClusterRoleBinding in shop' }, { line: 9 }],
    },
    {
      name: 'bound only by a binding without subjects',
      yaml: clusterRole('c', 'get||pods') + clusterRoleBinding('empty', 'c'),
      findings: [{ message: 'bound only by bindings without a subject that matches anyone (empty)' }],
    },
  ],
});

describe('rbac.unused-role: severity by how complete the view is', () => {
  const text = role('shop', 'leftover', 'get||secrets') + roleBinding('shop', 'b', 'ClusterRole/view', 'User:jane');
  it('files are a partial view: info; a whole cluster (snapshot, live): low', () => {
    const severity = (complete: boolean) => scan(loadInventory([{ file: 'in.json', content: text }], [], { complete }), { registry: [check] }).findings.map((f) => f.severity);
    assert.deepEqual(severity(false), ['info']);
    assert.deepEqual(severity(true), ['low']);
  });
});
