import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.controller-manager-kubeconfig-ownership',
  title: 'The controller manager kubeconfig is not owned by root:root',
  severity: 'medium',
  role: 'controller-manager-kubeconfig',
  what: 'the controller manager kubeconfig',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'controller-manager.conf holds the controller manager\'s client certificate and key, an identity that ' +
    'can read and write most of the cluster, Secrets included. Rampart reads modes and owners from node ' +
    'bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.controller-manager-kubeconfig-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
