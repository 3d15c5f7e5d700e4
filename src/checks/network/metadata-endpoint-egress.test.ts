import check from './metadata-endpoint-egress.js';
import { testCheck, yaml } from '../testing.js';
import { deploy, policy } from './fixtures.js';

const admin = yaml`
  apiVersion: v1
  kind: ServiceAccount
  metadata: {name: ops, namespace: a}
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata: {name: ops}
  roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
  subjects: [{kind: ServiceAccount, name: ops, namespace: a}]
  ---
`;

testCheck(check, {
  pass: [
    { name: 'egress to 0.0.0.0/0 except the metadata address', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }] }] }) },
    { name: 'egress only on 443', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 443 }] }] }) },
    { name: 'system namespaces are left alone', yaml: deploy('kube-system', 'cloud-controller', { app: 'ccm' }) },
  ],
  fail: [
    { name: 'no egress policy', yaml: deploy('a', 'web', { app: 'web' }), findings: [{ line: 8, severity: 'medium', message: 'Deployment "web" can reach the cloud metadata endpoint 169.254.169.254:80: no NetworkPolicy restricts its egress' }] },
    {
      name: 'allowed by a rule, with a cluster-admin service account: high',
      yaml: admin + deploy('a', 'ops', { app: 'ops' }, '\n      serviceAccountName: ops') + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '169.254.0.0/16' } }], ports: [{ port: 80 }] }] }),
      findings: [{ severity: 'high', message: 'its egress policies (p) allow it; its service account "ops" cluster-admin', evidence: { rbacPower: 'cluster-admin' } }],
    },
    { name: 'hostNetwork pods use the node network', yaml: deploy('a', 'agent', { app: 'agent' }, '\n      hostNetwork: true') + policy('a', 'deny', { podSelector: {}, policyTypes: ['Egress'] }), findings: [{ message: 'Deployment "agent" can reach' }] },
  ],
});
