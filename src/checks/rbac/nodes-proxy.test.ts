import check from './nodes-proxy.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'metrics and stats', yaml: clusterRole('r', 'get||nodes/metrics,nodes/stats') + clusterRoleBinding('b', 'r', 'ServiceAccount:mon/agent') },
    { name: 'a RoleBinding cannot grant a cluster-scoped resource', yaml: role('mon', 'r', 'get||nodes/proxy') + roleBinding('mon', 'b', 'Role/r', 'ServiceAccount:mon/agent') },
    { name: 'system:kubelet-api-admin is built in and, bound to no one, grants nothing', yaml: clusterRoleBinding('b', 'system:kubelet-api-admin') },
  ],
  fail: [
    {
      name: 'get nodes/proxy is enough',
      yaml: clusterRole('r', 'get||nodes/proxy') + clusterRoleBinding('b', 'r', 'ServiceAccount:mon/agent'),
      findings: [{ severity: 'critical', message: 'lets ServiceAccount "mon/agent" get nodes/proxy cluster-wide' }],
    },
    {
      name: 'system:kubelet-api-admin bound to a user',
      yaml: clusterRoleBinding('apiserver-kubelet', 'system:kubelet-api-admin', 'User:kube-apiserver-kubelet-client'),
      findings: [{ message: 'ClusterRole "system:kubelet-api-admin" rule 3' }],
    },
  ],
});
