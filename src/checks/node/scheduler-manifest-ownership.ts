import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.scheduler-manifest-ownership',
  title: 'The scheduler pod specification is not owned by root:root',
  severity: 'medium',
  role: 'scheduler-manifest',
  what: 'the scheduler pod specification',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet runs whatever the scheduler\'s static pod manifest says, with the scheduler\'s ' +
    'credentials. Write access to it lets someone place pods wherever they like, on the control plane ' +
    'included. Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.scheduler-manifest-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
