import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.controller-manager-manifest-ownership',
  title: 'The controller manager pod specification is not owned by root:root',
  severity: 'medium',
  role: 'controller-manager-manifest',
  what: 'the controller manager pod specification',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet runs whatever the controller manager\'s static pod manifest says, with the cluster CA key ' +
    'and the service account signing key mounted. Write access to it is control of the cluster\'s ' +
    'certificates and tokens. Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.controller-manager-manifest-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
