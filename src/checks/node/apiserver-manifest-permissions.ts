import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.apiserver-manifest-permissions',
  title: 'The API server pod specification has loose permissions',
  severity: 'medium',
  role: 'apiserver-manifest',
  what: 'the API server pod specification',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'The kubelet runs whatever the static pod manifest says, as root on the control-plane node, with the ' +
    'API server\'s keys mounted. Whoever can write it runs code as the API server; whoever can read it ' +
    'learns every flag, path and credential file of the API server. Rampart reads modes and owners from ' +
    'node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.apiserver-manifest-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
