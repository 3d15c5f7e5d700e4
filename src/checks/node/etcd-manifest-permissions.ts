import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.etcd-manifest-permissions',
  title: 'The etcd pod specification has loose permissions',
  severity: 'medium',
  role: 'etcd-manifest',
  what: 'the etcd pod specification',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'The kubelet runs whatever etcd\'s static pod manifest says, with etcd\'s data directory and keys ' +
    'mounted. Write access to it is access to every object of the cluster, Secrets included. Rampart ' +
    'reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.etcd-manifest-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
