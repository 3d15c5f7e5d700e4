import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.kubelet-service-ownership',
  title: 'The kubelet service file is not owned by root:root',
  severity: 'low',
  role: 'kubelet-service',
  what: 'the kubelet service file',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet\'s systemd unit and drop-ins decide its command line: whoever can change them can turn ' +
    'off authentication or authorization on the node\'s kubelet at its next restart. Rampart reads modes ' +
    'and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.kubelet-service-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
