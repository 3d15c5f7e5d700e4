import check from './impersonate.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'impersonate on another resource', yaml: clusterRole('r', 'impersonate||pods') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'users and groups are cluster-scoped: a RoleBinding grants nothing', yaml: role('shop', 'r', 'impersonate||users,groups') + roleBinding('shop', 'b', 'Role/r', 'User:jane') },
  ],
  fail: [
    {
      name: 'impersonate groups: system:masters',
      yaml: clusterRole('proxy', 'impersonate||users,groups') + clusterRoleBinding('b', 'proxy', 'ServiceAccount:auth/proxy'),
      findings: [{ severity: 'critical', message: 'impersonate users, groups cluster-wide (ClusterRole "proxy" rule 1): it can act as the group system:masters, which bypasses RBAC: cluster-admin' }],
    },
    {
      name: 'edit lets a namespace impersonate its service accounts',
      yaml: roleBinding('shop', 'b', 'ClusterRole/edit', 'User:jane'),
      findings: [{ severity: 'medium', message: 'impersonate serviceaccounts in namespace shop' }],
    },
    {
      name: 'any user extra key, not only scopes',
      yaml: clusterRole('r', 'impersonate|authentication.k8s.io|userextras/reason') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ message: 'impersonate userextras/reason' }],
    },
    {
      name: 'userextras and uids',
      yaml: clusterRole('r', 'impersonate|authentication.k8s.io|userextras/scopes,uids') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'critical', message: 'impersonate uids, userextras/scopes' }],
    },
    {
      name: 'named users only: lower',
      yaml: clusterRole('r', 'impersonate||users|jane@example.com') + clusterRoleBinding('b', 'r', 'ServiceAccount:auth/proxy'),
      findings: [{ severity: 'high' }],
    },
  ],
});
