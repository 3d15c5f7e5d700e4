import { defineCheck } from '../check.js';
import { encryptionConfigs, encryptionOf } from '../../analysis/components/encryption.js';

export default defineCheck({
  meta: {
    id: 'secrets.encryption-unencrypted',
    title: 'EncryptionConfiguration leaves Secrets unencrypted',
    severity: 'high',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'An EncryptionConfiguration encrypts a resource only when one of its entries names it (secrets, `*.` or `*.*`), and ' +
      'only with the first provider of that entry: the providers after it are used to read data written earlier. With identity ' +
      'first, or with no entry naming secrets, the API server keeps writing Secrets to etcd in plain text even though an ' +
      'encryption key is configured, and every etcd backup holds them readable.',
    remediation:
      'Name secrets in an entry whose first provider encrypts (KMS v2, or secretbox/aescbc with a key kept off the etcd hosts), keep identity last for reading old data, then rewrite existing Secrets:\n\n' +
      '```yaml\nresources:\n- resources: [secrets]\n  providers:\n  - kms:\n      apiVersion: v2\n      name: cloud-kms\n      endpoint: unix:///var/run/kmsplugin/socket.sock\n  - identity: {}\n```\n\n`kubectl get secrets -A -o json | kubectl replace -f -`',
    references: {
      cis: ['apiserver.encryption-providers'],
      nsa: ['network.secrets', 'network.encryption'],
      mitre: ['T1552.007'],
      kcsa: ['cluster-component-security', 'security-fundamentals'],
      docs: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
    },
  },
  applies: (inventory) => encryptionConfigs(inventory).length > 0,
  run(ctx) {
    for (const config of encryptionConfigs(ctx.inventory)) {
      const secrets = encryptionOf(config.object, 'secrets');
      if (!secrets) {
        ctx.report({ object: config, pointer: '/resources', message: `EncryptionConfiguration "${config.name}" has no entry for secrets: Secrets are written to etcd unencrypted`, evidence: { provider: null } });
      } else if (secrets.provider === 'identity') {
        ctx.report({
          object: config,
          pointer: secrets.pointer,
          message: `EncryptionConfiguration "${config.name}" lists identity first for secrets: new Secrets are written to etcd unencrypted, the other providers only read`,
          evidence: { provider: 'identity', entry: secrets.entry },
        });
      }
    }
  },
});
