import check from './secrets-read.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'secrets readable in an application namespace (not reported by default)', yaml: role('shop', 'r', 'get,list||secrets') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:api') },
    { name: 'create-only on secrets', yaml: clusterRole('r', 'create||secrets') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'secrets in another group are not core secrets', yaml: clusterRole('r', 'get|example.com|secrets') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the controller manager's stock grant", yaml: clusterRoleBinding('system:kube-controller-manager', 'system:kube-controller-manager', 'User:system:kube-controller-manager') },
    { name: 'view cannot read secrets', yaml: clusterRoleBinding('b', 'view', 'Group:auditors') },
  ],
  fail: [
    {
      name: 'cluster-wide list through a ClusterRoleBinding',
      yaml: clusterRole('r', 'list||secrets') + clusterRoleBinding('b', 'r', 'Group:auditors'),
      findings: [{ line: 10, severity: 'critical', message: 'ClusterRoleBinding "b" lets Group "auditors" list secrets cluster-wide (ClusterRole "r" rule 1): every Secret of every namespace is readable' }],
    },
    {
      name: 'kube-system through a RoleBinding to edit (aggregated rule named)',
      yaml: roleBinding('kube-system', 'b', 'ClusterRole/edit', 'User:jane'),
      findings: [{ severity: 'high', message: 'in namespace kube-system (ClusterRole "edit" (aggregated: rule 1 of ClusterRole "system:aggregate-to-edit"))' }],
    },
    {
      name: 'named secrets only: one step lower',
      yaml: role('kube-system', 'r', 'get||secrets|bootstrap-token-abc') + roleBinding('kube-system', 'b', 'Role/r', 'User:jane'),
      findings: [{ severity: 'medium', message: 'named "bootstrap-token-abc" in namespace kube-system' }],
    },
    {
      name: '* resources include secrets',
      yaml: clusterRole('r', 'watch||*') + clusterRoleBinding('b', 'r', 'ServiceAccount:mon/agent'),
      findings: [{ severity: 'critical', message: 'watch secrets' }],
    },
  ],
});
