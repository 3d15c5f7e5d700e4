import check from './events-delete.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'creating events', yaml: clusterRole('r', 'create,patch|,events.k8s.io|events') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the namespace controller's stock grant", yaml: clusterRoleBinding('system:controller:namespace-controller', 'system:controller:namespace-controller', 'ServiceAccount:kube-system/namespace-controller') },
  ],
  fail: [
    {
      name: 'delete events.k8s.io events cluster-wide',
      yaml: clusterRole('r', 'delete|events.k8s.io|events') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'medium', message: 'erase the event trail of the whole cluster' }],
    },
    {
      name: 'deletecollection in a namespace',
      yaml: role('shop', 'r', 'deletecollection||events') + roleBinding('shop', 'b', 'Role/r', 'User:jane'),
      findings: [{ severity: 'low' }],
    },
  ],
});
