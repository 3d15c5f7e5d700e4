import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.kubelet-config-ownership',
  title: 'The kubelet config file is not owned by root:root',
  severity: 'medium',
  role: 'kubelet-config',
  what: 'the kubelet config file',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet\'s config file decides its authentication, authorization and read-only port. Whoever can ' +
    'write it can open the kubelet API to everyone at the next restart. Rampart reads modes and owners ' +
    'from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.kubelet-config-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
