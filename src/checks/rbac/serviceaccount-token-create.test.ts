import check from './serviceaccount-token-create.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'reading service accounts', yaml: clusterRole('r', 'get,list||serviceaccounts') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the node's stock grant (system:node binds no subjects)", yaml: clusterRoleBinding('system:node', 'system:node') },
  ],
  fail: [
    {
      name: 'create tokens cluster-wide',
      yaml: clusterRole('r', 'create||serviceaccounts/token') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'critical', message: 'it can act as any service account of the cluster' }],
    },
    {
      name: 'named accounts: the subresource request carries the name',
      yaml: role('ci', 'r', 'create||serviceaccounts/token|runner') + roleBinding('ci', 'b', 'Role/r', 'ServiceAccount:ci/broker'),
      findings: [{ severity: 'low', message: 'named "runner" in namespace ci (Role "ci/r" rule 1): it can act as those service accounts' }],
    },
  ],
});
