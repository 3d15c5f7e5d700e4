import { byDesign } from '../../analysis/components/by-design.js';
import { defineCheck } from '../check.js';
import { podServiceAccount, quoteNames } from '../../analysis/security-context.js';
import { isStaticPod } from '../../analysis/static-pods.js';

const HOW = {
  serviceAccountName: 'spec.serviceAccountName is "default"',
  serviceAccount: 'the deprecated spec.serviceAccount is "default"',
  default: 'spec.serviceAccountName is unset, so Kubernetes assigns "default"',
} as const;

export default defineCheck({
  meta: {
    id: 'workload.default-service-account',
    title: 'Pod runs as the default service account',
    severity: 'low',
    category: 'workload',
    area: 'rbac',
    rationale:
      'Every namespace has a ServiceAccount named "default", and every pod that names no account runs as it. Permissions ' +
      'granted to it for one application silently apply to every other pod in the namespace, and it is hard to tell which ' +
      'workload needs what. Give each workload its own ServiceAccount with only the permissions it needs, and leave ' +
      '"default" without role bindings and with automountServiceAccountToken: false.',
    remediation:
      'Create a ServiceAccount per workload and name it in the pod template:\n\n' +
      '```yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web}\nautomountServiceAccountToken: false\n---\n' +
      'spec:\n  template:\n    spec:\n      serviceAccountName: web\n```',
    references: {
      cis: ['policies.default-service-account'],
      nsa: ['pod-security.service-account-tokens', 'auth.rbac'],
      mitre: ['T1078.001', 'T1552.007'],
      microsoft: ['MS-TA9016'],
      kcsa: ['security-fundamentals'],
      docs: [
        'https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts',
        'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
      ],
    },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (byDesign(ctx.inventory, pod)?.staticPod) continue; // a static pod cannot use a service account
      const sa = podServiceAccount(pod);
      if (sa.name !== 'default') continue;
      // Static pods run as no service account at all.
      if (isStaticPod(ctx.inventory, pod)) continue;
      const names = pod.containers.map((c) => c.name);
      ctx.report({
        object: pod.owner,
        pointer: sa.pointer,
        key: 'serviceAccount',
        message: `pod runs container${names.length === 1 ? '' : 's'} ${quoteNames(names)} as the "default" service account of namespace "${pod.namespace}": ${HOW[sa.from]}`,
        evidence: { serviceAccount: 'default', namespace: pod.namespace, from: sa.from, containers: names },
      });
    }
  },
});
