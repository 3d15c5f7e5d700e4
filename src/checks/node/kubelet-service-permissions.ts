import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.kubelet-service-permissions',
  title: 'The kubelet service file has loose permissions',
  severity: 'low',
  role: 'kubelet-service',
  what: 'the kubelet service file',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'The kubelet\'s systemd unit and drop-ins decide its command line: whoever can change them can turn ' +
    'off authentication or authorization on the node\'s kubelet at its next restart. Rampart reads modes ' +
    'and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.kubelet-service-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
