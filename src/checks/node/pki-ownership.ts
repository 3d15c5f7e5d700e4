import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.pki-ownership',
  title: 'The Kubernetes PKI directory or a file in it is not owned by root:root',
  severity: 'medium',
  role: 'pki',
  what: 'the Kubernetes PKI directory or a file in it',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    '/etc/kubernetes/pki holds the cluster\'s CA and signing keys. A non-root owner can read the keys or ' +
    'replace the CA, whatever the modes say today. Rampart reads modes and owners from node bundles ' +
    '(`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.pki-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
