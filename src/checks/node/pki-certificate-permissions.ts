import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.pki-certificate-permissions',
  title: 'A Kubernetes PKI certificate has loose permissions',
  severity: 'low',
  role: 'pki-certificate',
  what: 'a Kubernetes PKI certificate',
  rule: { kind: 'permissions', maxMode: (v) => (['1.8', '1.9', '1.10'].includes(v) ? 0o600 : 0o644) },
  rationale:
    'Certificates are public, but writable ones can be replaced: a swapped CA certificate makes ' +
    'components trust an attacker\'s certificates. The benchmark asks for 644 or stricter (600 up to ' +
    'v1.10). Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 644 <file>` (the finding names the file).',
  references: {
      cis: ['files.pki-certificate-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
