import check from './status-patch.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'reading status', yaml: clusterRole('r', 'get||nodes/status,pods/status') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the scheduler's stock grant", yaml: clusterRoleBinding('system:kube-scheduler', 'system:kube-scheduler', 'User:system:kube-scheduler') },
    { name: 'nodes/status through a RoleBinding grants nothing', yaml: role('x', 'r', 'patch||nodes/status') + roleBinding('x', 'b', 'Role/r', 'User:jane') },
  ],
  fail: [
    {
      name: 'patch nodes/status cluster-wide',
      yaml: clusterRole('r', 'patch||nodes/status') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'high', message: "it can change a node's addresses" }],
    },
    {
      name: 'update pods/status in a namespace',
      yaml: role('shop', 'r', 'update||pods/status') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:op'),
      findings: [{ severity: 'medium', message: "pods' IPs and readiness" }],
    },
  ],
});
