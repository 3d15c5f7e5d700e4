import check from './pod-exec.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'logs are not exec', yaml: clusterRole('r', 'get||pods,pods/log') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'there is no pods/*', yaml: clusterRole('r', 'create||pods/*') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'a role bound to nobody', yaml: clusterRole('r', 'create||pods/exec') + clusterRoleBinding('b', 'r') },
  ],
  fail: [
    {
      name: 'exec cluster-wide',
      yaml: clusterRole('r', 'create||pods/exec') + clusterRoleBinding('b', 'r', 'Group:sre'),
      findings: [{ line: 10, severity: 'critical', message: 'lets Group "sre" create pods/exec cluster-wide' }],
    },
    {
      name: 'get on * covers the websocket exec, attach and port-forward',
      yaml: role('shop', 'r', 'get||*') + roleBinding('shop', 'b', 'Role/r', 'User:jane'),
      findings: [{ severity: 'medium', message: 'get pods/exec, pods/attach, pods/portforward in namespace shop' }],
    },
    {
      name: 'ephemeral containers and */exec',
      yaml: role('shop', 'r', 'patch||pods/ephemeralcontainers', 'create|*|*/exec') + roleBinding('shop', 'b', 'Role/r', 'User:jane'),
      findings: [{ message: 'create pods/exec; patch pods/ephemeralcontainers' }],
    },
    {
      name: 'exec into a named pod is one step lower',
      yaml: role('kube-system', 'r', 'create||pods/exec|etcd-0') + roleBinding('kube-system', 'b', 'Role/r', 'User:jane'),
      findings: [{ severity: 'high', message: 'named "etcd-0"' }],
    },
  ],
});
