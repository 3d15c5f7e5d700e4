import check from './missing-role.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'a role in the input', yaml: role('shop', 'r', 'get||pods') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
    { name: 'a Kubernetes built-in role', yaml: clusterRoleBinding('b', 'view', 'User:jane') + roleBinding('shop', 'c', 'ClusterRole/edit', 'User:jane') },
  ],
  fail: [
    {
      name: 'a ClusterRole that does not exist',
      yaml: clusterRoleBinding('b', 'ghost', 'User:jane'),
      findings: [{ line: 4, message: 'references ClusterRole "ghost", which does not exist' }],
    },
    {
      name: 'a Role in another namespace does not count',
      yaml: role('other', 'r', 'get||pods') + roleBinding('shop', 'b', 'Role/r', 'User:jane'),
      findings: [{ message: 'Role "shop/r" is not in the input' }],
    },
    {
      name: 'a ClusterRoleBinding cannot reference a Role',
      yaml: clusterRole('c', 'get||pods') + 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: b}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: c}\nsubjects: [{kind: User, name: jane}]\n',
      findings: [{ message: 'a ClusterRoleBinding can only reference a ClusterRole' }],
    },
  ],
});
