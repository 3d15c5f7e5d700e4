import check from './csr-approval.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'creating CSRs', yaml: clusterRole('r', 'create,get|certificates.k8s.io|certificatesigningrequests') + clusterRoleBinding('b', 'r', 'User:jane') },
    { name: "the certificate controller's stock grant", yaml: clusterRoleBinding('system:controller:certificate-controller', 'system:controller:certificate-controller', 'ServiceAccount:kube-system/certificate-controller') },
  ],
  fail: [
    {
      name: 'approval without the signer: high',
      yaml: clusterRole('r', 'update|certificates.k8s.io|certificatesigningrequests/approval') + clusterRoleBinding('b', 'r', 'User:jane'),
      findings: [{ severity: 'high', message: 'half of what approving' }],
    },
    {
      name: 'both halves: critical',
      yaml: clusterRole('r', 'update|certificates.k8s.io|certificatesigningrequests/approval', 'approve|certificates.k8s.io|signers|kubernetes.io/kube-apiserver-client') + clusterRoleBinding('b', 'r', 'Group:pki'),
      findings: [{ severity: 'critical', message: 'system:masters included' }],
    },
  ],
});
