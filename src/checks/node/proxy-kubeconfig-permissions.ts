import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.proxy-kubeconfig-permissions',
  title: 'The kube-proxy kubeconfig has loose permissions',
  severity: 'medium',
  role: 'proxy-kubeconfig',
  what: 'the kube-proxy kubeconfig',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'kube-proxy\'s kubeconfig holds its credentials. Readable by others, it lets local users act as ' +
    'kube-proxy against the API server. Rampart reads modes and owners from node bundles (`rampart node ' +
    'collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.proxy-kubeconfig-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
