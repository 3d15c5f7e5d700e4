import { CREDENTIAL_NAME_OPTIONS, ENTROPY_OPTIONS, PLACEHOLDER_OPTIONS, entropyOf, vocabularyOf } from './vocabulary.js';
import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { credentialEvidence, findCredentialAssignments } from '../../analysis/credentials.js';
import { encryptedForTool, isPlaceholder, readFromCluster, secretValues, SERVICE_ACCOUNT_TOKEN_TYPE } from '../../analysis/secrets.js';

/** Values larger than this are not searched line by line (a bundled file, not configuration). */
const MAX_SCANNED_VALUE = 1024 * 1024;

export default defineCheck({
  meta: {
    id: 'secrets.secret-in-manifest',
    title: 'Secret values written in a manifest',
    severity: 'high',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'A Secret manifest with `data` or `stringData` puts the secret itself in the repository, the CI logs and every copy of the files: base64 is an encoding, not encryption. ' +
      'Everyone who can read the repository can read the value, it stays in the Git history after it is removed, and rotating it means a commit. ' +
      'Keep the value in a secret store and let the cluster fetch it (External Secrets Operator, the Secrets Store CSI driver, Vault), or commit it encrypted ' +
      '(a SealedSecret, or a SOPS-encrypted file). ' +
      'This check looks at files only: a Secret read from a cluster or a snapshot, or exported from one (it carries the `uid` and `resourceVersion` the API server assigns), is the cluster\'s, not a commit. ' +
      'Empty values and placeholders (`<password>`, `${DB_PASSWORD}`, `CHANGEME`) that a pipeline fills in are not reported; a Secret whose values look like no credential is reported as info, ' +
      'and one rendered from a Helm chart at low severity (a chart may generate its values at render time rather than take them from committed values files).',
    remediation:
      'Remove the values from the repository, rotate them (they are in the history), and deliver them from a secret store, for example with the External Secrets Operator:\n\n' +
      '```yaml\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db-credentials\nspec:\n  secretStoreRef: {name: vault, kind: ClusterSecretStore}\n  target: {name: db-credentials}\n  data:\n  - secretKey: password\n    remoteRef: {key: shop/db, property: password}\n```\n\n' +
      'or commit a SealedSecret (`kubeseal < secret.yaml > sealed-secret.yaml`) instead of the Secret.',
    references: {
      cis: ['policies.external-secret-storage'],
      nsa: ['network.secrets'],
      mitre: ['T1552.001'],
      microsoft: ['MS-TA9027'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets'],
    },
    options: {
      ...CREDENTIAL_NAME_OPTIONS,
      ...ENTROPY_OPTIONS,
      ...PLACEHOLDER_OPTIONS,
      credentialTypes: option.strings(
        ['kubernetes.io/tls', 'kubernetes.io/ssh-auth', 'kubernetes.io/basic-auth', 'kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg', 'bootstrap.kubernetes.io/token'],
        'Secret types whose values are credentials whatever their keys are called.',
      ),
      ignoredTypes: option.strings(
        [SERVICE_ACCOUNT_TOKEN_TYPE, 'helm.sh/release.v1'],
        'Secret types whose values a controller writes (a manifest of them holds no secret of its own).',
      ),
    },
  },
  applies: (inventory) => inventory.ofKind('Secret').some((s) => !readFromCluster(s)),
  run(ctx) {
    const vocabulary = vocabularyOf(ctx.options);
    const entropy = entropyOf(ctx.options);
    // a configuration file kept in a Secret (alertmanager.yaml, grafana.ini) is judged line by line too
    const isCredential = (key: string, value: string): boolean =>
      credentialEvidence(key, value, vocabulary, entropy) !== undefined || (value.includes('\n') && value.length <= MAX_SCANNED_VALUE && findCredentialAssignments(value, vocabulary).length > 0);
    for (const secret of ctx.inventory.ofKind('Secret')) {
      if (readFromCluster(secret)) continue;
      const type = typeof secret.object.type === 'string' ? secret.object.type : 'Opaque';
      if (ctx.options.ignoredTypes.includes(type)) continue;
      const all = secretValues(secret.object);
      if (encryptedForTool(secret.object, all)) continue;
      const values = all.filter((v) => !isPlaceholder(v.value, ctx.options.placeholderValues));
      if (values.length === 0) continue;
      const byType = ctx.options.credentialTypes.includes(type);
      const credentials = values.filter((v) => byType || isCredential(v.key, v.value)).map((v) => v.key);
      const keys = values.map((v) => v.key);
      // a chart may generate its values at render time (randAlphaNum, genCA): committed only if they come from values files
      const helm = secret.origin.input?.startsWith('helm ') === true;
      const rendered =
        secret.origin.input === undefined
          ? ''
          : helm
            ? ` (rendered by \`${secret.origin.input}\`: committed if the values come from values files, not if the chart generates them)`
            : ` (rendered by \`${secret.origin.input}\` from the kustomization's files)`;
      const what =
        credentials.length > 0
          ? byType
            ? `a ${type} Secret`
            : `${credentials.length === 1 ? 'a value that looks like a credential' : `${credentials.length} values that look like credentials`} (${list(credentials)})`
          : `no credential was recognised in ${keys.length === 1 ? 'its value' : `its ${keys.length} values`} (${list(keys)}), but whatever is added later is committed too`;
      ctx.report({
        object: secret,
        pointer: values[0].field === 'data' ? '/data' : '/stringData',
        severity: credentials.length === 0 ? 'info' : helm ? 'low' : undefined,
        message: `Secret "${secret.name}" is written with its values in a manifest${rendered}: ${what}${credentials.length > 0 ? `; anyone who can read the files can read ${credentials.length === 1 && !byType ? 'it' : 'them'}` : ''}`,
        evidence: { type, keys, credentialKeys: credentials },
      });
    }
  },
});

function list(keys: readonly string[]): string {
  return keys.length <= 3 ? keys.join(', ') : `${keys.slice(0, 3).join(', ')} and ${keys.length - 3} more`;
}
