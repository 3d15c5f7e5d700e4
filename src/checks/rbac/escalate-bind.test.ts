import check from './escalate-bind.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'managing roles without escalate or bind is prevented from escalating', yaml: clusterRole('r', 'create,update|rbac.authorization.k8s.io|roles,rolebindings') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'bind on another group', yaml: clusterRole('r', 'bind|example.com|clusterroles') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the aggregation controller's stock escalate", yaml: clusterRoleBinding('system:controller:clusterrole-aggregation-controller', 'system:controller:clusterrole-aggregation-controller', 'ServiceAccount:kube-system/clusterrole-aggregation-controller') },
  ],
  fail: [
    {
      name: 'bind on clusterroles cluster-wide',
      yaml: clusterRole('r', 'bind|rbac.authorization.k8s.io|clusterroles') + clusterRoleBinding('b', 'r', 'ServiceAccount:ci/deployer'),
      findings: [{ severity: 'critical', message: 'bind clusterroles cluster-wide (ClusterRole "r" rule 1): it can grant itself any permission, cluster-admin included' }],
    },
    {
      name: 'escalate in a namespace',
      yaml: role('team', 'r', 'escalate|rbac.authorization.k8s.io|roles') + roleBinding('team', 'b', 'Role/r', 'User:lead'),
      findings: [{ severity: 'high', message: 'in namespace team' }],
    },
    {
      name: 'bind narrowed to named roles is lower',
      yaml: clusterRole('r', 'bind|rbac.authorization.k8s.io|clusterroles|view') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'high', message: 'named "view"' }],
    },
  ],
});
