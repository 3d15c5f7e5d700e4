import { defineCheck } from '../check.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.persistent-volume-create',
    title: 'Can create PersistentVolumes',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'A PersistentVolume can be a `hostPath` volume: whoever creates one, and a claim bound to it, mounts any directory of the node into a pod, ' +
      'whatever Pod Security admission says about hostPath volumes in pods (the check looks at the pod, which only names the claim). ' +
      'That is the node\'s root filesystem, the kubelet\'s credentials and every other pod\'s data. PersistentVolumes are cluster-scoped: only ' +
      'ClusterRoleBindings grant them; users should get storage through PersistentVolumeClaims and StorageClasses.',
    remediation: 'Remove `create` on `persistentvolumes` from roles bound to people and workloads; provision volumes dynamically through a StorageClass.',
    references: {
      cis: ['policies.persistent-volume-create-access'],
      nsa: ['auth.rbac'],
      mitre: ['T1611'],
      microsoft: ['MS-TA9013'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'off', namespace: 'off' }, 'PersistentVolume creation'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [{ verbs: ['create'], apiGroup: '', resource: 'persistentvolumes' }],
      severity: ctx.options.severity,
      consequence: () => 'a hostPath PersistentVolume mounts any directory of a node, bypassing Pod Security admission',
    });
  },
});
