import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.scheduler-kubeconfig-ownership',
  title: 'The scheduler kubeconfig is not owned by root:root',
  severity: 'medium',
  role: 'scheduler-kubeconfig',
  what: 'the scheduler kubeconfig',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'scheduler.conf holds the scheduler\'s client certificate and key. With them anyone can bind pods to ' +
    'nodes and read what the scheduler reads. Rampart reads modes and owners from node bundles (`rampart ' +
    'node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.scheduler-kubeconfig-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
