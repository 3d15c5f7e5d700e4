import { CREDENTIAL_NAME_OPTIONS, ENTROPY_OPTIONS, entropyOf, vocabularyOf } from './vocabulary.js';
import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { credentialEvidence, redact } from '../../analysis/credentials.js';
import { joinPointer } from '../../inventory/pointer.js';
import { isRecord } from '../../k8s/types.js';

export default defineCheck({
  meta: {
    id: 'secrets.env-literal-credentials',
    title: 'Credential written literally in an environment variable',
    severity: 'high',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'An `env` entry with a literal `value` is part of the workload object itself. The credential is then in Git, in CI logs, in every `kubectl get -o yaml`, ' +
      'in the `last-applied-configuration` annotation and in etcd, readable by anyone who can read Deployments or Pods: a much wider group than those who can read Secrets, ' +
      'and one that RBAC reviews rarely treat as sensitive. Rotating it means changing and redeploying the manifest. ' +
      'A Secret keeps the value out of the manifest, can be encrypted at rest and restricted with RBAC; mounting it as a file (CIS 5.4.1) also keeps it out of the process environment, ' +
      'which child processes inherit and crash reporters and debug endpoints often dump. ' +
      'This check looks at the variable\'s name (words such as PASSWORD, TOKEN, SECRET, API_KEY), at the value\'s shape (AWS keys, GitHub tokens, private keys, JWTs) ' +
      'and at its randomness: a single token of 20 characters or more whose Shannon entropy is close to the most its length allows is reported at medium severity, ' +
      'unless it is a digest, a UUID, a certificate, a name, or the variable names an identifier (`CLIENT_ID`, `BUILD_SHA`); it never prints the value.',
    remediation:
      'Move the value into a Secret (created outside the manifest, or by a tool such as External Secrets or Sealed Secrets), rotate it since it has been exposed, and reference it; ' +
      'better, mount it as a file:\n\n' +
      '```yaml\nenv:\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-credentials\n      key: password\n' +
      '# or, preferred:\nvolumeMounts:\n- name: db-credentials\n  mountPath: /run/secrets/db\n  readOnly: true\n```',
    references: {
      cis: ['policies.secrets-as-files'],
      nsa: ['network.secrets'],
      mitre: ['T1552.001', 'T1552.007'],
      microsoft: ['MS-TA9027'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/'],
    },
    options: { ...CREDENTIAL_NAME_OPTIONS, ...ENTROPY_OPTIONS },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    const vocabulary = vocabularyOf(ctx.options);
    const entropy = entropyOf(ctx.options);
    for (const pod of ctx.inventory.podSpecs()) {
      for (const c of pod.containers) {
        const env: unknown = c.container.env;
        if (!Array.isArray(env)) continue;
        env.forEach((entry: unknown, i) => {
          if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'string' || entry.value === '') return;
          const { name, value } = entry;
          const found = credentialEvidence(name, value, vocabulary, entropy);
          if (!found) return;
          const { formats, nameMatch: word, random } = found;
          const what =
            formats.length > 0
              ? `holds what looks like ${formats.map((f) => f.format.description).join(' and ')}`
              : word !== undefined
                ? `looks like a credential (${word})`
                : `looks random (${random?.entropy} bits of entropy per character over ${random?.length} characters), like a generated key or password`;
          ctx.report({
            object: pod.owner,
            pointer: joinPointer(c.pointer, 'env', i, 'value'),
            key: containerKey(c, `/env/${name}`),
            message: `${describeContainer(c)} sets ${name} to a literal value that ${what}`,
            // a random value under a neutral name is likelier to be something else than a named or shaped one
            severity: formats.length === 0 && word === undefined ? 'medium' : undefined,
            evidence: {
              container: c.name,
              variable: name,
              ...(formats.length > 0 ? { formats: formats.map((f) => f.format.id) } : word !== undefined ? { nameMatch: word } : { entropy: random?.entropy }),
              value: redact(value),
            },
          });
        });
      }
    }
  },
});
