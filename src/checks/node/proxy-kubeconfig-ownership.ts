import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.proxy-kubeconfig-ownership',
  title: 'The kube-proxy kubeconfig is not owned by root:root',
  severity: 'medium',
  role: 'proxy-kubeconfig',
  what: 'the kube-proxy kubeconfig',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'kube-proxy\'s kubeconfig holds its credentials. Readable by others, it lets local users act as ' +
    'kube-proxy against the API server. Rampart reads modes and owners from node bundles (`rampart node ' +
    'collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.proxy-kubeconfig-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
