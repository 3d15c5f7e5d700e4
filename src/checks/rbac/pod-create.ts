import { defineCheck } from '../check.js';
import { POD_CREATORS } from '../../analysis/rbac/index.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.pod-create',
    title: 'Can create pods or workload controllers',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Whoever can create a pod, or create or change anything that creates pods (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ' +
      'ReplicationController), chooses what it runs and as whom: any service account of the namespace (its token is mounted), any Secret or ConfigMap ' +
      'of the namespace as a volume, and, where Pod Security admission allows it, privileged containers and host paths that escape to the node. ' +
      'In kube-system, or cluster-wide, that includes the controllers\' own accounts: one step from cluster-admin.',
    remediation:
      'Give workload creation to the deployment pipeline only, per namespace, and enforce Pod Security Standards there so a created pod cannot escape:\n\n' +
      '```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n```',
    references: {
      cis: ['policies.pod-create-access'],
      nsa: ['auth.rbac'],
      mitre: ['T1610', 'T1611'],
      microsoft: ['MS-TA9008', 'MS-TA9016'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'medium' }, 'the right to create pods'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: POD_CREATORS,
      severity: ctx.options.severity,
      consequence: (grant) =>
        grant.namespace === undefined
          ? 'pods can run as any service account of any namespace, kube-system included'
          : `pods can run as any service account of ${grant.namespace} and mount any of its Secrets`,
    });
  },
});
