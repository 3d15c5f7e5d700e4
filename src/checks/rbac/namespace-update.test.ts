import check from './namespace-update.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'reading namespaces', yaml: clusterRole('r', 'get,list||namespaces') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'admin cannot change its Namespace object', yaml: roleBinding('team', 'b', 'ClusterRole/admin', 'User:lead') },
    { name: 'namespaces/status is not the labels', yaml: clusterRole('r', 'patch||namespaces/status') + clusterRoleBinding('b', 'r', 'User:jane') },
  ],
  fail: [
    {
      name: 'patch namespaces cluster-wide',
      yaml: clusterRole('r', 'patch||namespaces') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'high', message: 'relabel every namespace' }],
    },
    {
      name: 'a RoleBinding lets its subjects relabel their own namespace',
      yaml: clusterRole('r', 'update||namespaces') + roleBinding('team', 'b', 'ClusterRole/r', 'User:lead'),
      findings: [{ severity: 'medium', message: 'relabel namespace team' }],
    },
  ],
});
