import { fileCheck } from './file-check.js';

export default fileCheck({
  id: 'node.cni-permissions',
  title: 'A Container Network Interface file has loose permissions',
  severity: 'low',
  role: 'cni-config',
  what: 'a Container Network Interface file',
  rule: { kind: 'permissions', maxMode: 0o600 },
  rationale:
    'CNI configuration decides how every pod is wired to the network, and some plugins keep a kubeconfig ' +
    'or credentials next to it (Calico\'s calico-kubeconfig). Readable by others it leaks them; writable ' +
    'by others it lets them redirect pod traffic. Rampart reads modes and owners from node bundles ' +
    '(`rampart node collect`).',
  remediation: 'On the node: `chmod 600 <file>` (the finding names the file).',
  references: {
      cis: ['files.cni-permissions'],
      nsa: ['network.control-plane-hardening'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'platform-security'],
      docs: ['https://kubernetes.io/docs/setup/best-practices/certificates/', 'https://github.com/aquasecurity/kube-bench'],
  },
});
