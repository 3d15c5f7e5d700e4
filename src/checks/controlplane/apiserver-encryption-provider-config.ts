import { componentCheck, requireSet } from './component-check.js';

export default componentCheck({
  id: 'controlplane.apiserver-encryption-provider-config',
  title: 'API server does not encrypt Secrets at rest',
  severity: 'high',
  category: 'controlplane',
  area: 'api-server',
  component: 'kube-apiserver',
  rationale:
    'Without --encryption-provider-config the API server writes Secrets to etcd as base64 only. Anyone ' +
    'with a copy of etcd\'s data directory, a backup or a snapshot reads every password, token and key of ' +
    'the cluster.',
  remediation: 'Write an EncryptionConfiguration (KMS v2, or secretbox/aescbc with a key kept off the etcd hosts) covering at least secrets, set `--encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml`, then rewrite existing Secrets (`kubectl get secrets -A -o json | kubectl replace -f -`).',
  references: {
      // Without the file no provider is configured either: the benchmark fails both (kube-bench alike).
      cis: ['apiserver.encryption-provider-config', 'apiserver.encryption-providers'],
      nsa: ['network.secrets', 'network.encryption'],
      mitre: ['T1552.007'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
  },
  evaluate(c) {
    return requireSet(c, ['encryption-provider-config'], 'Secrets are stored in etcd unencrypted');
  },
});
