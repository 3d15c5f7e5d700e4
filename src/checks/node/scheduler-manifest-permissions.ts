import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.scheduler-manifest-permissions',
  title: 'The scheduler pod specification has loose permissions',
  severity: 'medium',
  role: 'scheduler-manifest',
  what: 'the scheduler pod specification',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'The kubelet runs whatever the scheduler\'s static pod manifest says, with the scheduler\'s ' +
    'credentials. Write access to it lets someone place pods wherever they like, on the control plane ' +
    'included. Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.scheduler-manifest-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
