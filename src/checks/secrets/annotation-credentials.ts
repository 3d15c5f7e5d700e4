import { CREDENTIAL_NAME_OPTIONS, vocabularyOf } from './vocabulary.js';
import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { credentialName, findSecretFormats, nonSecretReason, publicReason, redact } from '../../analysis/credentials.js';
import { LAST_APPLIED } from '../../analysis/secrets.js';
import type { InventoryObject } from '../../inventory/object.js';
import { joinPointer } from '../../inventory/pointer.js';
import { isRecord } from '../../k8s/types.js';

/** The shortest value any known format matches: shorter values are checked by name only. */
const SHORTEST_FORMAT = 16;

/** A reference to an object rather than a value: `my-secret`, `namespace/name`, `secret/data/app` (a Vault path). */
const REFERENCE = /^[a-z0-9]([-a-z0-9._]*[a-z0-9])?(\/[a-z0-9]([-a-z0-9._]*[a-z0-9])?)*$/;

export default defineCheck({
  meta: {
    id: 'secrets.annotation-credentials',
    title: 'Credential stored in an annotation',
    severity: 'high',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'Annotations are metadata: every tool that lists objects shows them (`kubectl describe`, dashboards, Argo CD and Flux diffs, kube-state-metrics, audit logs at the Metadata level\'s neighbours), ' +
      'they are copied into pod templates, events and exported inventories, and read access to them comes with read access to the object, which for Deployments, Services or Ingresses is granted widely. ' +
      'A token, password or key in an annotation (a webhook URL with a key, an `Authorization` header for a proxy, a tool\'s API key) is therefore readable by far more people and programs than a Secret. ' +
      'This check looks at every annotation of every object and pod template: values with the shape of a known credential (cloud keys, GitHub, GitLab and Slack tokens, private keys, JWTs, URLs with a password), ' +
      'and values that are not references under names that say credential (`example.com/api-token`). It skips `kubectl.kubernetes.io/last-applied-configuration` ' +
      '(the object\'s own fields, judged by the other checks) and never prints the value.',
    remediation:
      'Move the credential into a Secret and point the annotation at it (many controllers take a Secret name, e.g. `nginx.ingress.kubernetes.io/auth-secret: basic-auth`), ' +
      'rotate it since it has been exposed, and remove the annotation:\n\n```sh\nkubectl annotate deployment api example.com/api-token-\n```',
    references: {
      cis: ['policies.external-secret-storage'],
      nsa: ['network.secrets'],
      mitre: ['T1552.001', 'T1552.007'],
      microsoft: ['MS-TA9027'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/', 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
    },
    options: {
      ...CREDENTIAL_NAME_OPTIONS,
      ignoredAnnotations: option.strings(
        [LAST_APPLIED, 'checksum/*', 'deployment.kubernetes.io/*', 'meta.helm.sh/*', 'helm.sh/*', 'control-plane.alpha.kubernetes.io/leader'],
        'Annotation keys never examined: exact keys, or prefixes ending with `*` (Helm\'s `checksum/secret` holds a digest of a Secret, not the Secret).',
      ),
    },
  },
  run(ctx) {
    const vocabulary = vocabularyOf(ctx.options);
    const exact = new Set(ctx.options.ignoredAnnotations.filter((a) => !a.endsWith('*')));
    const prefixes = ctx.options.ignoredAnnotations.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1));
    // annotation keys repeat across objects: decide each key once
    const names = new Map<string, string | undefined>();
    const nameMatch = (key: string): string | undefined => {
      if (names.has(key)) return names.get(key);
      const ignored = exact.has(key) || prefixes.some((p) => key.startsWith(p));
      // the name part after the prefix: `example.com/api-token` → `api-token`
      const word = ignored ? undefined : credentialName(key.slice(key.lastIndexOf('/') + 1), vocabulary);
      names.set(key, ignored ? IGNORED : word);
      return ignored ? IGNORED : word;
    };
    const examine = (object: InventoryObject, annotations: unknown, base: string): void => {
      if (!isRecord(annotations)) return;
      for (const [key, value] of Object.entries(annotations)) {
        if (typeof value !== 'string' || value === '') continue;
        const word = nameMatch(key);
        if (word === IGNORED) continue;
        const formats = value.length >= SHORTEST_FORMAT ? findSecretFormats(value) : [];
        const byName = word !== undefined && formats.length === 0 && looksLikeValue(value) ? word : undefined;
        if (formats.length === 0 && byName === undefined) continue;
        const what = formats.length > 0 ? `holds what looks like ${formats.map((f) => f.format.description).join(' and ')}` : `looks like a credential (${byName})`;
        ctx.report({
          object,
          pointer: joinPointer(base, key),
          key: joinPointer(base, key),
          message: `${object.kind} "${object.name}" has annotation ${key} that ${what}`,
          evidence: { annotation: key, ...(formats.length > 0 ? { formats: formats.map((f) => f.format.id) } : { nameMatch: byName }), value: redact(value) },
        });
      }
    };
    for (const o of ctx.inventory.objects) examine(o, o.object.metadata.annotations, '/metadata/annotations');
    // pod templates carry annotations of their own (a Pod's are its metadata, seen above)
    for (const pod of ctx.inventory.podSpecs()) {
      if (pod.metadataPointer !== '/metadata') examine(pod.owner, pod.metadata.annotations, `${pod.metadataPointer}/annotations`);
    }
  },
});

const IGNORED = '\0ignored';

/** A literal that may be a secret: not a reference, a boolean, a number, a path, a digest or a name. */
function looksLikeValue(value: string): boolean {
  const v = value.trim();
  return v.length >= 6 && !REFERENCE.test(v) && nonSecretReason(v) === undefined && publicReason(v) === undefined && !/\s/.test(v);
}
