import check from './cluster-admin-binding.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'the stock binding of cluster-admin to system:masters', yaml: clusterRoleBinding('cluster-admin', 'cluster-admin', 'Group:system:masters') },
    { name: "kubeadm's kubeadm:cluster-admins binding", yaml: clusterRoleBinding('kubeadm:cluster-admins', 'cluster-admin', 'Group:kubeadm:cluster-admins') },
    { name: 'every verb on one resource is not admin', yaml: clusterRole('pods-all', '*||pods') + clusterRoleBinding('x', 'pods-all', 'User:jane') },
    { name: '* on * limited to names is not admin', yaml: clusterRole('named', '*|*|*|one') + clusterRoleBinding('x', 'named', 'User:jane') },
    { name: 'an admin role bound to nobody grants nothing', yaml: clusterRoleBinding('x', 'cluster-admin') },
  ],
  fail: [
    {
      name: 'a service account bound to cluster-admin cluster-wide (built-in role, not in the input)',
      yaml: clusterRoleBinding('dashboard', 'cluster-admin', 'ServiceAccount:tools/dashboard'),
      findings: [{ line: 4, severity: 'critical', message: 'ClusterRoleBinding "dashboard" gives ServiceAccount "tools/dashboard" every verb on every resource cluster-wide (ClusterRole "cluster-admin" rule 1)' }],
    },
    {
      name: 'a subject added to the stock cluster-admin binding is reported, system:masters is not',
      yaml: clusterRoleBinding('cluster-admin', 'cluster-admin', 'Group:system:masters', 'User:bob'),
      findings: [{ message: /gives User "bob" every verb/, evidence: { subjects: [{ kind: 'User', name: 'bob' }] } }],
    },
    {
      name: 'a role written like cluster-admin, bound in a namespace',
      yaml: clusterRole('god', '*|*|*') + roleBinding('shop', 'ops', 'ClusterRole/god', 'Group:ops'),
      findings: [{ severity: 'high', message: 'full control of namespace shop' }],
    },
  ],
});
