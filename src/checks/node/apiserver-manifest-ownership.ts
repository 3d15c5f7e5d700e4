import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.apiserver-manifest-ownership',
  title: 'The API server pod specification is not owned by root:root',
  severity: 'medium',
  role: 'apiserver-manifest',
  what: 'the API server pod specification',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet runs whatever the static pod manifest says, as root on the control-plane node, with the ' +
    'API server\'s keys mounted. Whoever can write it runs code as the API server; whoever can read it ' +
    'learns every flag, path and credential file of the API server. Rampart reads modes and owners from ' +
    'node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.apiserver-manifest-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
