import check from './webhook-config-write.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'read-only', yaml: clusterRole('r', 'get,list,watch|admissionregistration.k8s.io|mutatingwebhookconfigurations') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: 'a RoleBinding cannot grant cluster-scoped configurations', yaml: role('x', 'r', '*|admissionregistration.k8s.io|*') + roleBinding('x', 'b', 'Role/r', 'User:jane') },
  ],
  fail: [
    {
      name: 'create mutating webhooks: critical',
      yaml: clusterRole('r', 'create|admissionregistration.k8s.io|mutatingwebhookconfigurations') + clusterRoleBinding('b', 'r', 'ServiceAccount:tools/installer'),
      findings: [{ severity: 'critical', message: 'intercept and rewrite every object' }],
    },
    {
      name: 'delete validating webhooks and policies: high',
      yaml: clusterRole('r', 'delete|admissionregistration.k8s.io|validatingwebhookconfigurations,validatingadmissionpolicies') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'high', message: 'switch off or loosen admission policy' }],
    },
  ],
});
