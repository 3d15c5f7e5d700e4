import check from './persistent-volume-create.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'claims are fine', yaml: role('shop', 'r', 'create||persistentvolumeclaims') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: "the volume binder's stock grant", yaml: clusterRoleBinding('system:controller:persistent-volume-binder', 'system:controller:persistent-volume-binder', 'ServiceAccount:kube-system/persistent-volume-binder') },
  ],
  fail: [
    {
      name: 'create persistentvolumes',
      yaml: clusterRole('r', 'create||persistentvolumes') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'high', message: 'hostPath PersistentVolume' }],
    },
  ],
});
