import { defineCheck } from '../check.js';
import { describeBinding, describeSubject } from '../../analysis/rbac/index.js';
import { isKubernetesCreatedServiceAccount } from '../../analysis/rbac/bootstrap.js';
import { hasBindings, rbac } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.missing-subject',
    title: 'Binding names a service account that does not exist, or a subject that matches nobody',
    severity: 'low',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'A binding to a ServiceAccount that does not exist waits for it: whoever can create service accounts in that namespace (the `edit` role can) ' +
      'creates one of that name and receives the grant. Bindings outlive the applications they were written for, so a removed workload often leaves ' +
      'one behind. A ServiceAccount subject of a ClusterRoleBinding without a namespace, and a subject of a kind other than User, Group or ' +
      'ServiceAccount, match nobody at all: the binding does not do what its author thought. Service accounts Kubernetes creates itself ' +
      '(`default`, the controllers\' in kube-system) are taken to exist. ' +
      'Files are a partial view of a cluster (the account may be deployed from elsewhere): there a missing account is info; in a snapshot or a live cluster, low.',
    remediation: 'Remove the subject (or the binding) if the application is gone; otherwise add the ServiceAccount to the manifests that deploy the binding, so they come and go together.',
    references: {
      nsa: ['auth.rbac'],
      mitre: ['T1098.006', 'T1078'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects'],
    },
  },
  applies: hasBindings,
  run(ctx) {
    for (const binding of rbac(ctx).world.bindings) {
      for (const s of binding.subjects) {
        if (!s.applies) {
          ctx.report({
            object: binding.object,
            pointer: `/subjects/${s.index}`,
            key: `subject:${s.index}`,
            severity: 'medium',
            message: `${describeBinding(binding)} subject ${s.index + 1} (${s.kind || 'no kind'} "${s.name}"): ${s.problem}`,
            evidence: { subject: { kind: s.kind, name: s.name } },
          });
          continue;
        }
        if (s.kind !== 'ServiceAccount' || isKubernetesCreatedServiceAccount(s.namespace!, s.name)) continue;
        if (ctx.inventory.get('ServiceAccount', s.namespace, s.name)) continue;
        ctx.report({
          object: binding.object,
          pointer: `/subjects/${s.index}`,
          key: `sa:${s.namespace}/${s.name}`,
          // files are a partial view: the account may well exist in the cluster
          severity: ctx.inventory.complete ? undefined : 'info',
          message: `${describeBinding(binding)} names ${describeSubject(s)}, which is not in the input: whoever creates a service account of that name in ${s.namespace} receives ${binding.role ? 'the grant' : 'whatever the binding will grant'}`,
          evidence: { subject: { kind: s.kind, namespace: s.namespace, name: s.name } },
        });
      }
    }
  },
});
