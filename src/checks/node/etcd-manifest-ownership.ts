import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.etcd-manifest-ownership',
  title: 'The etcd pod specification is not owned by root:root',
  severity: 'medium',
  role: 'etcd-manifest',
  what: 'the etcd pod specification',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'The kubelet runs whatever etcd\'s static pod manifest says, with etcd\'s data directory and keys ' +
    'mounted. Write access to it is access to every object of the cluster, Secrets included. Rampart ' +
    'reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.etcd-manifest-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
