import { defineCheck } from '../check.js';
import { encryptionConfigs, encryptionOf } from '../../analysis/components/encryption.js';
import { isRecord } from '../../k8s/types.js';

export default defineCheck({
  meta: {
    id: 'secrets.encryption-provider-strength',
    title: 'Secrets are encrypted with a weak or local-key provider',
    severity: 'low',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'Encryption at rest protects Secrets only as well as its key. aescbc, aesgcm and secretbox keep the key in the ' +
      'EncryptionConfiguration file on the control-plane node, next to the etcd data it protects; aescbc uses CBC without ' +
      'authentication (open to padding-oracle attacks), and aesgcm must have its key rotated before 2^32 writes or nonces ' +
      'repeat. KMS v1 is deprecated. KMS v2 keeps the key in an external key service, with envelope encryption and rotation; ' +
      'among local providers secretbox (XSalsa20-Poly1305) is the strongest.',
    remediation:
      'Move Secrets to KMS v2 (`kms: {apiVersion: v2, name: ..., endpoint: ...}`) with a cloud or HSM-backed plugin, or at least to secretbox with a 32-byte random key; keep the old provider after it until every Secret has been rewritten.',
    // CIS 1.2.27/1.2.28 accepts aescbc, kms and secretbox: only aesgcm fails it.
    references: {
      cis: ['apiserver.encryption-providers'],
      nsa: ['network.secrets', 'network.encryption'],
      mitre: ['T1552.007'],
      kcsa: ['cluster-component-security', 'security-fundamentals'],
      docs: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#providers', 'https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/'],
    },
  },
  applies: (inventory) => encryptionConfigs(inventory).length > 0,
  run(ctx) {
    for (const config of encryptionConfigs(ctx.inventory)) {
      const secrets = encryptionOf(config.object, 'secrets');
      if (!secrets) continue;
      const where = `EncryptionConfiguration "${config.name}" encrypts Secrets with`;
      const report = (message: string, severity: 'medium' | 'low' | 'info'): void =>
        ctx.report({ object: config, pointer: secrets.pointer, message: `${where} ${message}`, severity, evidence: { provider: secrets.provider }, ...(secrets.provider !== 'aesgcm' && { cis: [] }) });
      switch (secrets.provider) {
        case 'aesgcm':
          report('aesgcm: its key lives in the config file and must be rotated before 2^32 writes or nonces repeat; prefer KMS v2', 'medium');
          break;
        case 'aescbc':
          report('aescbc: CBC without authentication, with the key in the config file on the node; prefer KMS v2 or secretbox', 'low');
          break;
        // secretbox is the strongest local provider; where its key lives is secrets.encryption-key-in-file's business
        case 'kms': {
          const v = isRecord(secrets.providerConfig) ? secrets.providerConfig.apiVersion : undefined;
          if (v !== 'v2') report('KMS v1, deprecated since v1.28 and off by default since v1.29; migrate to KMS v2', 'low');
          break;
        }
        default:
          break;
      }
    }
  },
});
