import { defineCheck } from '../check.js';
import { encryptionConfigs, encryptionOf } from '../../analysis/components/encryption.js';
import { isRecord } from '../../k8s/types.js';

/** Providers whose keys are written in the EncryptionConfiguration itself. */
const LOCAL_KEY_PROVIDERS = ['aescbc', 'aesgcm', 'secretbox'];

export default defineCheck({
  meta: {
    id: 'secrets.encryption-key-in-file',
    title: 'Encryption at rest keys written in the EncryptionConfiguration file',
    severity: 'medium',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'The aescbc, aesgcm and secretbox providers take their keys inline, base64 in the EncryptionConfiguration file that the API server reads from the control-plane node. ' +
      'The key then sits on the same hosts, and in the same backups of /etc/kubernetes, as the etcd data it protects: whoever gets a copy of the node\'s disk or of an etcd backup with the configuration ' +
      'decrypts every Secret, and rotating the key means editing the file on every control-plane node and restarting the API servers. ' +
      'A KMS provider keeps the key encryption key in an external key service (a cloud KMS or an HSM) that can audit and revoke its use; KMS v2 adds envelope encryption with one data key per API server start. ' +
      'Keys left in read-only positions (after the first provider) still decrypt old data and are reported at low severity.',
    remediation:
      'Move to a KMS v2 provider and keep the old provider after it only until every Secret has been rewritten, then remove it and its key:\n\n' +
      '```yaml\nresources:\n- resources: [secrets]\n  providers:\n  - kms:\n      apiVersion: v2\n      name: cloud-kms\n      endpoint: unix:///var/run/kmsplugin/socket.sock\n  - identity: {}\n```\n\n' +
      '`kubectl get secrets -A -o json | kubectl replace -f -` rewrites existing Secrets with the new provider. Keep the file readable by root only (CIS 1.1.x file permissions).',
    // no CIS id: the benchmark accepts aescbc and secretbox (1.2.x "encryption providers are appropriately configured")
    references: {
      nsa: ['network.encryption', 'network.secrets'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security', 'security-fundamentals'],
      docs: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#understanding-the-encryption-at-rest-configuration', 'https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/'],
    },
  },
  applies: (inventory) => encryptionConfigs(inventory).length > 0,
  run(ctx) {
    for (const config of encryptionConfigs(ctx.inventory)) {
      const secretsEntry = encryptionOf(config.object, 'secrets');
      const entries = Array.isArray(config.object.resources) ? config.object.resources : [];
      entries.forEach((entry: unknown, i: number) => {
        if (!isRecord(entry) || !Array.isArray(entry.providers)) return;
        const resources = Array.isArray(entry.resources) ? entry.resources.map(String) : [];
        entry.providers.forEach((provider: unknown, j: number) => {
          if (!isRecord(provider)) return;
          const name = Object.keys(provider).find((k) => LOCAL_KEY_PROVIDERS.includes(k));
          const body = name !== undefined ? provider[name] : undefined;
          if (name === undefined || !isRecord(body) || !Array.isArray(body.keys)) return;
          const keys = body.keys.filter((k: unknown) => isRecord(k) && typeof k.secret === 'string' && k.secret !== '').map((k: Record<string, unknown>) => String(k.name ?? ''));
          if (keys.length === 0) return;
          // the provider that writes Secrets is the one whose key matters most
          const writesSecrets = secretsEntry?.entry === i && j === 0;
          ctx.report({
            object: config,
            pointer: `/resources/${i}/providers/${j}/${name}/keys`,
            key: `${i}/${j}`,
            severity: writesSecrets ? undefined : 'low',
            message:
              `EncryptionConfiguration "${config.name}" holds ${keys.length === 1 ? `the ${name} key "${keys[0]}"` : `${keys.length} ${name} keys (${keys.join(', ')})`} inline for ${resources.join(', ') || 'no resource'}` +
              (writesSecrets ? ': the key that encrypts new Secrets lives on the control-plane node, next to the data; prefer a KMS v2 provider' : j > 0 ? ', in a read-only position (decrypts older data): remove it once every object has been rewritten' : ''),
            evidence: { provider: name, keys, resources, position: j },
          });
        });
      });
    }
  },
});
