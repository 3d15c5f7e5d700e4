import { defineCheck } from '../check.js';
import { hasBindings, lower, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.serviceaccount-token-create',
    title: 'Can create tokens for service accounts',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`create` on `serviceaccounts/token` (the TokenRequest API behind `kubectl create token`) mints a token for a service account: whoever holds ' +
      'it can then act as that account, with every permission it has, for as long as the token lives. Without `resourceNames` it covers every ' +
      'account of the namespace, or of the cluster; in kube-system that includes the controllers\' accounts.',
    remediation:
      'Grant token creation only to what must mint tokens (an identity broker), narrowed to the accounts it serves:\n\n' +
      '```yaml\nrules:\n- apiGroups: [""]\n  resources: ["serviceaccounts/token"]\n  resourceNames: ["ci-runner"]\n  verbs: ["create"]\n```',
    references: {
      cis: ['policies.service-account-token-create-access'],
      nsa: ['auth.rbac'],
      mitre: ['T1528', 'T1550.001'],
      microsoft: ['MS-TA9016'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'medium' }, 'token creation'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [{ verbs: ['create'], apiGroup: '', resource: 'serviceaccounts', subresource: 'token' }],
      severity: ctx.options.severity,
      consequence: (grant, matches) =>
        matches.every((m) => m.resourceNames.length > 0)
          ? 'it can act as those service accounts'
          : grant.namespace === undefined
            ? 'it can act as any service account of the cluster'
            : `it can act as any service account of ${grant.namespace}`,
      adjust: (severity, _g, matches) => (matches.every((m) => m.resourceNames.length > 0) ? lower(severity) : severity),
    });
  },
});
