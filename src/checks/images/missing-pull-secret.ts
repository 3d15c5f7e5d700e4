import { defineCheck } from '../check.js';
import { joinPointer } from '../../inventory/pointer.js';
import { isRecord } from '../../k8s/types.js';
import type { Inventory } from '../../inventory/inventory.js';
import { option } from '../options.js';

/** Secret types the kubelet reads registry credentials from (credentialprovider/secrets). */
const PULL_SECRET_TYPES: readonly string[] = ['kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg'];


function namesOf(list: unknown): { name: string; index: number }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isRecord(item) && typeof item.name === 'string' && item.name !== '' ? [{ name: item.name, index }] : []));
}

function namespacesWithSecrets(inventory: Inventory, generators: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const kind of ['Secret', ...generators]) for (const o of inventory.ofKind(kind)) if (o.namespace !== undefined) out.add(o.namespace);
  return out;
}

export default defineCheck({
  meta: {
    id: 'images.missing-pull-secret',
    title: 'imagePullSecrets names a Secret that does not exist',
    severity: 'low',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'The kubelet resolves each `imagePullSecrets` entry (the pod\'s own, and those of its ServiceAccount, which admission copies into the pod) when it pulls. ' +
      'A name that matches no Secret, or a Secret that is not of type `kubernetes.io/dockerconfigjson` or `kubernetes.io/dockercfg`, is skipped with only an event: ' +
      'the pull then goes out with the node\'s own credentials or anonymously, so a private image fails with `ImagePullBackOff` and a public look-alike of the same name is pulled instead of the intended one. ' +
      'The dangling name is also a trap: anyone allowed to create Secrets in the namespace can later create it with credentials of their choosing. ' +
      'Because many repositories keep Secrets out of Git, a name is reported missing from files only when the input holds Secrets (or SealedSecrets/ExternalSecrets) of that namespace; ' +
      'a whole cluster (a snapshot or a live read) holds every Secret, so there a missing name is always reported. ' +
      'Secrets read from a cluster without `--include-secret-data` carry no type, which is then not judged.',
    remediation:
      'Create the pull Secret in the workload\'s namespace, or fix the name:\n\n' +
      '```sh\nkubectl create secret docker-registry registry-pull -n shop --docker-server=registry.example.com --docker-username=... --docker-password=...\n```\n\n' +
      '```yaml\nspec:\n  imagePullSecrets:\n  - name: registry-pull\n```',
    references: {
      nsa: ['pod-security.secure-images'],
      mitre: ['T1525'],
      kcsa: ['platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod', 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account'],
    },
    options: {
      secretGenerators: option.strings(['SealedSecret', 'ExternalSecret'], 'Kinds whose objects become a Secret of the same name once their controller runs.'),
    },
  },
  applies: (inventory) => inventory.podSpecs().length > 0 || inventory.ofKind('ServiceAccount').length > 0,
  run(ctx) {
    const { inventory } = ctx;
    const generators = ctx.options.secretGenerators;
    let withSecrets: Set<string> | undefined;
    const problem = (namespace: string, name: string): string | undefined => {
      const secret = inventory.get('Secret', namespace, name);
      if (secret) {
        const { type } = secret.object;
        if (typeof type === 'string') return PULL_SECRET_TYPES.includes(type) ? undefined : `is of type ${type}, which the kubelet ignores for pulls`;
        // no type: Opaque when the Secret was written with its data; unknown when only its metadata was read (live, snapshots)
        const written = secret.object.data !== undefined || secret.object.stringData !== undefined;
        return written ? 'is of type Opaque, which the kubelet ignores for pulls' : undefined;
      }
      if (generators.some((kind) => inventory.get(kind, namespace, name))) return undefined;
      if (inventory.complete) return 'does not exist';
      withSecrets ??= namespacesWithSecrets(inventory, generators);
      return withSecrets.has(namespace) ? 'does not exist' : undefined;
    };
    for (const pod of inventory.podSpecs()) {
      for (const { name, index } of namesOf(pod.spec.imagePullSecrets)) {
        const why = problem(pod.namespace, name);
        if (why === undefined) continue;
        ctx.report({
          object: pod.owner,
          pointer: joinPointer(pod.pointer, 'imagePullSecrets', index, 'name'),
          key: `pod/${name}`,
          message: `imagePullSecrets names Secret "${name}" in namespace ${pod.namespace}, which ${why}`,
          evidence: { secret: name, namespace: pod.namespace, reason: why },
        });
      }
    }
    for (const sa of inventory.ofKind('ServiceAccount')) {
      const namespace = sa.namespace ?? 'default';
      for (const { name, index } of namesOf(sa.object.imagePullSecrets)) {
        const why = problem(namespace, name);
        if (why === undefined) continue;
        ctx.report({
          object: sa,
          pointer: joinPointer('', 'imagePullSecrets', index, 'name'),
          key: `serviceaccount/${name}`,
          message: `ServiceAccount ${namespace}/${sa.name} gives its pods pull Secret "${name}", which ${why}`,
          evidence: { secret: name, namespace, reason: why },
        });
      }
    }
  },
});
