import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.kubelet-kubeconfig-permissions',
  title: 'The kubelet kubeconfig has loose permissions',
  severity: 'high',
  role: 'kubelet-kubeconfig',
  what: 'the kubelet kubeconfig',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'kubelet.conf holds the node\'s client certificate: the identity system:node:<name>, which reads the ' +
    'Secrets of every pod on the node. Readable by local users, it leaks them all. Rampart reads modes ' +
    'and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.kubelet-kubeconfig-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
