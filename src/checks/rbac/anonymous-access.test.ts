import check from './anonymous-access.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'the stock discovery bindings', yaml: clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', 'Group:system:authenticated', 'Group:system:unauthenticated') + clusterRoleBinding('system:discovery', 'system:discovery', 'Group:system:authenticated') },
    { name: 'service-account issuer discovery for anonymous OIDC clients', yaml: clusterRoleBinding('oidc', 'system:service-account-issuer-discovery', 'Group:system:unauthenticated') },
    { name: "kubeadm's cluster-info for anonymous joiners", yaml: role('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', 'get||configmaps|cluster-info') + roleBinding('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', 'Role/kubeadm:bootstrap-signer-clusterinfo', 'User:system:anonymous') },
    { name: 'a custom role with only health URLs', yaml: clusterRole('health', 'get|url|/healthz,/readyz') + clusterRoleBinding('h', 'health', 'Group:system:unauthenticated') },
  ],
  fail: [
    {
      name: 'view for system:unauthenticated: one finding naming the aggregated rules',
      yaml: clusterRoleBinding('public', 'view', 'Group:system:unauthenticated'),
      findings: [{ line: 5, severity: 'critical', message: 'ClusterRoleBinding "public" gives Group "system:unauthenticated" more than discovery cluster-wide, through ClusterRole "view" (aggregated: 10 rules of ClusterRole "system:aggregate-to-view")' }],
    },
    {
      name: 'system:authenticated reading secrets in a namespace',
      yaml: role('shop', 'r', 'get||secrets') + roleBinding('shop', 'b', 'Role/r', 'Group:system:authenticated'),
      findings: [{ severity: 'medium', message: "every authenticated identity, every pod's service account included" }],
    },
    {
      name: 'the anonymous user given metrics',
      yaml: clusterRole('m', 'get|url|/metrics') + clusterRoleBinding('b', 'm', 'User:system:anonymous'),
      findings: [{ severity: 'critical', message: 'User "system:anonymous"' }],
    },
  ],
});
