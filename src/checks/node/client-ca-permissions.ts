import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.client-ca-permissions',
  title: 'The kubelet client certificate authorities file has loose permissions',
  severity: 'low',
  role: 'client-ca',
  what: 'the kubelet client certificate authorities file',
  rule: { kind: 'permissions', maxMode: (v) => (['1.8', '1.9', '1.10'].includes(v) ? 0o600 : 0o644) },
  rationale:
    'The kubelet trusts client certificates signed by the CAs in this file. Whoever can write it can add ' +
    'their own CA and then call the kubelet API (exec, logs) as anyone. Rampart reads modes and owners ' +
    'from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 644 <file>` (the finding names the file).',
  references: {
      cis: ['files.client-ca-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
