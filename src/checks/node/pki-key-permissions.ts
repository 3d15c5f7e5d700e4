import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.pki-key-permissions',
  title: 'A Kubernetes PKI private key has loose permissions',
  severity: 'high',
  role: 'pki-key',
  what: 'a Kubernetes PKI private key',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'The keys under /etc/kubernetes/pki sign certificates (ca.key), tokens (sa.key) and identify the API ' +
    'server and etcd. Anyone who reads ca.key can issue themselves a cluster-admin certificate. Rampart ' +
    'reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.pki-key-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
