import check from './legacy-token-secret-readable.js';
import { testCheck } from '../testing.js';
import { clusterRoleBinding, role, roleBinding } from './fixtures.js';

const token = (ns: string, name: string, account: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata: {name: ${name}, namespace: ${ns}, annotations: {kubernetes.io/service-account.name: ${account}}}\ntype: kubernetes.io/service-account-token\n---\n`;

testCheck(check, {
  pass: [
    { name: 'a reader of another namespace', yaml: token('ci', 'ci-token', 'runner') + role('shop', 'r', 'get,list||secrets') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: 'named access to another Secret', yaml: token('ci', 'ci-token', 'runner') + role('ci', 'r', 'get||secrets|db') + roleBinding('ci', 'b', 'Role/r', 'User:jane') },
    { name: 'opaque Secrets are not tokens', yaml: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: ci}\ntype: Opaque\n---\n' + roleBinding('ci', 'b', 'ClusterRole/edit', 'User:jane') },
  ],
  fail: [
    {
      name: 'edit in the namespace reads the token',
      yaml: token('ci', 'ci-token', 'runner') + roleBinding('ci', 'b', 'ClusterRole/edit', 'User:jane'),
      findings: [{ line: 4, severity: 'high', message: 'the token of ServiceAccount "ci/runner" (power: none) in this Secret is readable by User "jane": RoleBinding "ci/b" grants get, list, watch on secrets in namespace ci' }],
    },
    {
      name: 'a token of an admin account, readable by name: critical',
      yaml: token('ci', 'deployer-token', 'deployer') + clusterRoleBinding('deployer-admin', 'cluster-admin', 'ServiceAccount:ci/deployer') + role('ci', 'r', 'get||secrets|deployer-token') + roleBinding('ci', 'b', 'Role/r', 'ServiceAccount:ci/app'),
      findings: [{ severity: 'critical', message: '(power: cluster-admin)' }],
    },
  ],
});
