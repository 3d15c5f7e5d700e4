import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.etcd-data-dir-permissions',
  title: 'The etcd data directory has loose permissions',
  severity: 'medium',
  role: 'etcd-data-dir',
  what: 'the etcd data directory',
  rule: { kind: 'permissions', maxMode: 0o700 },
  rationale:
    'etcd\'s data directory holds the whole cluster state: every Secret (unencrypted unless encryption at ' +
    'rest is configured), every token, every object. Only etcd\'s own user should be able to enter it. ' +
    'Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chmod 700 <file>` (the finding names the file).',
  references: {
      cis: ['files.etcd-data-dir-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
