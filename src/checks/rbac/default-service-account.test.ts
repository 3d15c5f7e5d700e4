import check from './default-service-account.js';
import { testCheck } from '../testing.js';
import { clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'a dedicated service account', yaml: role('shop', 'r', 'get||configmaps') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:reports') },
    { name: 'issuer discovery for every service account is stock', yaml: clusterRoleBinding('system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', 'Group:system:serviceaccounts') },
    { name: 'a binding without a role grants nothing', yaml: roleBinding('shop', 'b', 'Role/missing', 'ServiceAccount:default') },
  ],
  fail: [
    {
      name: 'the default service account bound in its namespace',
      yaml: role('shop', 'r', 'get||configmaps') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:default'),
      findings: [{ line: 11, severity: 'medium', message: 'RoleBinding "shop/b" gives ServiceAccount "shop/default" the permissions of Role "shop/r" rule 1 in namespace shop' }],
    },
    {
      name: 'a namespace group includes default',
      yaml: roleBinding('shop', 'b', 'ClusterRole/view', 'Group:system:serviceaccounts:shop'),
      findings: [{ message: 'every service account of shop, the default one included' }],
    },
    {
      name: 'cluster-admin for every default account: critical',
      yaml: clusterRoleBinding('b', 'cluster-admin', 'Group:system:serviceaccounts'),
      findings: [{ severity: 'critical' }],
    },
  ],
});
