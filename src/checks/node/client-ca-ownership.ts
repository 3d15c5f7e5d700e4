import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.client-ca-ownership',
  title: 'The kubelet client certificate authorities file is not owned by root:root',
  severity: 'low',
  role: 'client-ca',
  what: 'the kubelet client certificate authorities file',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet trusts client certificates signed by the CAs in this file. Whoever can write it can add ' +
    'their own CA and then call the kubelet API (exec, logs) as anyone. Rampart reads modes and owners ' +
    'from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.client-ca-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
