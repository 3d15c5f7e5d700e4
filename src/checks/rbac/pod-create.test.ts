import check from './pod-create.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'read-only workloads', yaml: clusterRole('r', 'get,list,watch|apps|deployments', 'get,list||pods') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'update of pods (cannot change the service account)', yaml: role('shop', 'r', 'update,patch||pods') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: 'create limited to names creates nothing', yaml: role('shop', 'r', 'create||pods|p') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: 'deployments/scale is not the template', yaml: role('shop', 'r', 'patch|apps|deployments/scale') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: "the daemon-set controller's stock grant", yaml: clusterRoleBinding('system:controller:daemon-set-controller', 'system:controller:daemon-set-controller', 'ServiceAccount:kube-system/daemon-set-controller') },
  ],
  fail: [
    {
      name: 'create pods cluster-wide',
      yaml: clusterRole('r', 'create||pods') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ line: 10, severity: 'critical', message: 'lets User "jane" create pods cluster-wide (ClusterRole "r" rule 1): pods can run as any service account of any namespace, kube-system included' }],
    },
    {
      name: 'patch of deployments and cronjobs in a namespace: one finding',
      yaml: role('shop', 'r', 'patch|apps|deployments', 'create|batch|cronjobs') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:ci'),
      findings: [{ severity: 'medium', message: 'patch deployments; create cronjobs in namespace shop (Role "shop/r" rules 1, 2)' }],
    },
    {
      name: 'kube-system is critical',
      yaml: roleBinding('kube-system', 'b', 'ClusterRole/edit', 'Group:ops'),
      findings: [{ severity: 'critical' }],
    },
  ],
});
