import { CREDENTIAL_NAME_OPTIONS, ENTROPY_OPTIONS, entropyOf, vocabularyOf } from './vocabulary.js';
import { defineCheck } from '../check.js';
import { credentialEvidence, findCredentialAssignments, findSecretFormats, redact } from '../../analysis/credentials.js';
import { joinPointer } from '../../inventory/pointer.js';
import { isRecord } from '../../k8s/types.js';

/** Values larger than this are not searched line by line (a bundled file, not configuration). */
const MAX_SCANNED_VALUE = 1024 * 1024;

export default defineCheck({
  meta: {
    id: 'secrets.configmap-credentials',
    title: 'Credential stored in a ConfigMap',
    severity: 'high',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'ConfigMaps are for configuration that is not secret, and clusters treat them that way: encryption at rest is usually configured for Secrets only, ' +
      'they are shown in full by `kubectl describe`, and read access to them is granted widely (many controllers, dashboards and "view" roles can read every ConfigMap in a namespace). ' +
      'A password, token or private key in a ConfigMap is therefore readable by far more people and programs than the same value in a Secret. ' +
      'This check looks at each data key\'s name (words such as PASSWORD, TOKEN, SECRET, API_KEY), at credential-like assignments inside configuration files ' +
      '(`spring.datasource.password=…`, `token: …`), at values with the shape of a known credential (AWS keys, GitHub tokens, private keys, JWTs, URLs with a password), ' +
      'and at single-token values that look random (Shannon entropy close to the most their length allows; digests, UUIDs, certificates, names and keys naming identifiers excluded), reported at medium severity; ' +
      'it never prints the value.',
    remediation:
      'Move the credential into a Secret, rotate it since it has been exposed, and mount the Secret where the application reads the file; ' +
      'keep only non-secret settings in the ConfigMap, and reference the secret from the configuration (e.g. `password: ${DB_PASSWORD}`):\n\n' +
      '```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\nstringData:\n  db-password: <from your secret store>\n```',
    references: {
      cis: ['policies.secrets-as-files', 'policies.external-secret-storage'],
      nsa: ['network.secrets'],
      mitre: ['T1552.001', 'T1552.007'],
      microsoft: ['MS-TA9027'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/configuration/configmap/', 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
    },
    options: { ...CREDENTIAL_NAME_OPTIONS, ...ENTROPY_OPTIONS },
  },
  applies: (inventory) => inventory.ofKind('ConfigMap').length > 0,
  run(ctx) {
    const vocabulary = vocabularyOf(ctx.options);
    const entropy = entropyOf(ctx.options);
    for (const cm of ctx.inventory.ofKind('ConfigMap')) {
      for (const field of ['data', 'binaryData'] as const) {
        const data = cm.object[field];
        if (!isRecord(data)) continue;
        for (const [key, raw] of Object.entries(data)) {
          if (typeof raw !== 'string') continue;
          // binaryData is base64: decode it, but only look for known formats (a key file, a token).
          const value = field === 'binaryData' ? Buffer.from(raw, 'base64').toString('latin1') : raw;
          const found = field === 'data' ? credentialEvidence(key, value, vocabulary, entropy) : undefined;
          const formats = found?.formats ?? findSecretFormats(value);
          const keyWord = found?.nameMatch;
          const random = found?.random;
          const assignments = field === 'data' && value.includes('\n') && value.length <= MAX_SCANNED_VALUE ? findCredentialAssignments(value, vocabulary) : [];
          const reasons: string[] = [];
          if (keyWord !== undefined) reasons.push(`its name looks like a credential (${keyWord})`);
          for (const f of formats) reasons.push(`it holds what looks like ${f.format.description}${f.line > 1 ? ` on line ${f.line}` : ''}`);
          for (const a of assignments) reasons.push(`line ${a.line} sets ${a.key}`);
          if (random) reasons.push(`it looks random (${random.entropy} bits of entropy per character over ${random.length} characters), like a generated key or password`);
          if (reasons.length === 0) continue;
          ctx.report({
            object: cm,
            pointer: joinPointer('', field, key),
            key: `${field}/${key}`,
            // a random value under a neutral name is likelier to be something else than a named or shaped one
            severity: random && reasons.length === 1 ? 'medium' : undefined,
            message: `ConfigMap key "${key}" holds a credential: ${reasons.join('; ')}`,
            evidence: {
              key,
              field,
              ...(keyWord !== undefined && { nameMatch: keyWord, value: redact(value) }),
              ...(random && { entropy: random.entropy, value: redact(value) }),
              ...(formats.length > 0 && { formats: formats.map((f) => ({ format: f.format.id, line: f.line, match: f.redacted })) }),
              ...(assignments.length > 0 && { assignments: assignments.map((a) => ({ line: a.line, key: a.key, value: a.redacted })) }),
            },
          });
        }
      }
    }
  },
});
