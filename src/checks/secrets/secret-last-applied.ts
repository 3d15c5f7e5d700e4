import { defineCheck } from '../check.js';
import { CLUSTER_SCHEME } from '../../inventory/live/objects.js';
import { joinPointer } from '../../inventory/pointer.js';
import { annotationsOf, LAST_APPLIED, lastAppliedValues, secretValues } from '../../analysis/secrets.js';

export default defineCheck({
  meta: {
    id: 'secrets.secret-last-applied',
    title: 'Secret values copied into the last-applied-configuration annotation',
    severity: 'medium',
    category: 'secrets',
    area: 'secrets',
    rationale:
      '`kubectl apply` records the whole manifest it applied in the `kubectl.kubernetes.io/last-applied-configuration` annotation, and for a Secret that manifest holds its `data` or `stringData`. ' +
      'The values are then in the object\'s metadata, where tools do not expect secrets: `kubectl describe secret` hides the data but prints the annotations, ' +
      'dashboards, diff views, metadata-only watches and exported inventories show them, and the annotation keeps the old values after the data is rotated by anything other than `kubectl apply`. ' +
      'A manifest that carries the annotation was exported from a cluster with its values twice over. ' +
      'A cluster read without `--include-secret-data` carries neither the data nor this annotation: the check is then not applicable.',
    remediation:
      'Create or update Secrets without recording them: `kubectl apply --server-side` (managed fields, no annotation), `kubectl create secret ... --save-config=false`, ' +
      'or deliver them with a secret operator. Remove the annotation from existing Secrets and rotate the values it held:\n\n' +
      '```sh\nkubectl annotate secret db-credentials kubectl.kubernetes.io/last-applied-configuration-\n```',
    references: {
      cis: ['policies.external-secret-storage'],
      nsa: ['network.secrets'],
      mitre: ['T1552.001', 'T1552.007'],
      microsoft: ['MS-TA9027'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/#how-apply-calculates-differences-and-merges-changes', 'https://kubernetes.io/docs/reference/labels-annotations-taints/#kubectl-kubernetes-io-last-applied-configuration'],
    },
  },
  // a cluster read without --include-secret-data drops the annotation with the data: nothing to judge
  applies: (inventory) => inventory.ofKind('Secret').some((s) => !s.file.startsWith(CLUSTER_SCHEME)) || inventory.clusters.some((c) => c.secretData),
  run(ctx) {
    for (const secret of ctx.inventory.ofKind('Secret')) {
      const annotation = annotationsOf(secret.object)[LAST_APPLIED];
      if (typeof annotation !== 'string') continue;
      const applied = lastAppliedValues(annotation);
      if (!applied || applied.length === 0) continue;
      const current = new Map(secretValues(secret.object).map((v) => [v.key, v.value]));
      // keys whose value in the annotation is no longer the Secret's: kept after a rotation
      const stale = current.size > 0 ? applied.filter((v) => current.has(v.key) && current.get(v.key) !== v.value).map((v) => v.key) : [];
      const keys = applied.map((v) => v.key);
      ctx.report({
        object: secret,
        pointer: joinPointer('/metadata/annotations', LAST_APPLIED),
        message:
          `Secret "${secret.name}" repeats ${keys.length === 1 ? `the value of ${keys[0]}` : `the values of ${keys.length} keys (${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''})`} in its ${LAST_APPLIED} annotation, which \`kubectl describe\` and metadata readers show` +
          (stale.length > 0 ? `; ${stale.length === 1 ? `${stale[0]} holds an older value` : `${stale.length} keys hold older values`} than the Secret (kept after a rotation)` : ''),
        evidence: { annotation: LAST_APPLIED, keys, ...(stale.length > 0 && { staleKeys: stale }) },
      });
    }
  },
});
