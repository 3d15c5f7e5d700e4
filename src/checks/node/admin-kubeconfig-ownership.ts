import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.admin-kubeconfig-ownership',
  title: 'The default administrative credential file is not owned by root:root',
  severity: 'medium',
  role: 'admin-kubeconfig',
  what: 'the default administrative credential file',
  rule: { kind: 'ownership', owner: 'root:root' },
  rationale:
    'admin.conf (and super-admin.conf on v1.29+) holds a client certificate in group ' +
    'kubeadm:cluster-admins or system:masters: full control of the cluster, which RBAC cannot take away. ' +
    'Readable by anyone but root on the node, it hands the cluster to any local user or compromised ' +
    'process. Rampart reads modes and owners from node bundles (`rampart node collect`).',
  remediation: 'On the node: `chown root:root <file>` (the finding names the file).',
  references: {
      cis: ['files.admin-kubeconfig-ownership'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
