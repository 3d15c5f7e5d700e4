import check from './service-status-patch.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'services themselves', yaml: clusterRole('r', 'patch||services') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the service controller's stock grant", yaml: clusterRoleBinding('system:controller:service-controller', 'system:controller:service-controller', 'ServiceAccount:kube-system/service-controller') },
  ],
  fail: [
    {
      name: 'patch services/status cluster-wide',
      yaml: clusterRole('lb', 'patch,update||services/status') + clusterRoleBinding('b', 'lb', 'ServiceAccount:metallb/controller'),
      findings: [{ severity: 'high', message: 'update, patch services/status cluster-wide' }],
    },
    {
      name: 'in a namespace',
      yaml: role('shop', 'r', 'patch||services/status') + roleBinding('shop', 'b', 'Role/r', 'User:jane'),
      findings: [{ severity: 'medium' }],
    },
  ],
});
