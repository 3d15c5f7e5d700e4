import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.etcd-data-dir-ownership',
  title: 'The etcd data directory is not owned by etcd:etcd',
  severity: 'low',
  role: 'etcd-data-dir',
  what: 'the etcd data directory',
  rule: { kind: 'ownership', owner: 'etcd:etcd' },
  rationale:
    'etcd\'s data directory holds the whole cluster state: every Secret (unencrypted unless encryption at ' +
    'rest is configured), every token, every object. Only etcd\'s own user should be able to enter it. ' +
    'Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown etcd:etcd <file>` (the finding names the file).',
  references: {
      cis: ['files.etcd-data-dir-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
