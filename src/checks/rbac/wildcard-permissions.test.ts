import check from './wildcard-permissions.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'explicit lists', yaml: clusterRole('r', 'get,list|apps|deployments') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'nonResourceURLs * with get only', yaml: clusterRole('r', 'get|url|*') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'cluster-admin is left to rbac.cluster-admin-binding', yaml: clusterRoleBinding('b', 'cluster-admin', 'User:jane') },
    { name: 'a wildcard role bound to nobody', yaml: clusterRole('r', '*||pods') + clusterRoleBinding('b', 'r') },
    { name: "Kubernetes' own controllers (generic-garbage-collector has * on *)", yaml: clusterRoleBinding('system:controller:generic-garbage-collector', 'system:controller:generic-garbage-collector', 'ServiceAccount:kube-system/generic-garbage-collector') },
  ],
  fail: [
    {
      name: 'wildcard verbs, resources and groups across two rules, one finding naming both',
      yaml: clusterRole('r', '*|apps|deployments', 'get|*|*') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ line: 11, severity: 'high', message: '"*" in verbs, resources, apiGroups cluster-wide (ClusterRole "r" rules 1, 2)', evidence: { wildcards: ['verbs', 'resources', 'apiGroups'] } }],
    },
    {
      name: 'a namespaced wildcard is medium',
      yaml: role('shop', 'r', 'get||*') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:api'),
      findings: [{ severity: 'medium', message: 'gives ServiceAccount "shop/api"' }],
    },
  ],
});
