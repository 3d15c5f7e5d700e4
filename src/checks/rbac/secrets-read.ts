import { defineCheck } from '../check.js';
import { SECRET_READ } from '../../analysis/rbac/index.js';
import { hasBindings, lower, reportGrants, severityByScope } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.secrets-read',
    title: 'Secrets readable cluster-wide or in kube-system',
    severity: 'critical',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`get`, `list` or `watch` on `secrets` returns their contents: database passwords, TLS keys, cloud credentials, and the tokens of service accounts ' +
      '(legacy token Secrets, bootstrap tokens in kube-system), each of which is another identity to act as. `list` and `watch` return every Secret at ' +
      'once. Granted by a ClusterRoleBinding it covers every namespace; in kube-system it covers the control plane\'s own credentials. A rule narrowed ' +
      'with `resourceNames` is reported one step lower.',
    remediation:
      'Grant Secret access only in the namespace that needs it, and only to the named Secrets:\n\n' +
      '```yaml\nrules:\n- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["app-db-credentials"]\n  verbs: ["get"]\n```\n\n' +
      'Better, mount the Secret into the pod instead of reading it through the API, or use an external secret store.',
    references: {
      cis: ['policies.secret-access'],
      nsa: ['auth.rbac', 'network.secrets'],
      mitre: ['T1552.007', 'T1528'],
      microsoft: ['MS-TA9025'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets', 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'high', namespace: 'off' }, 'read access to Secrets'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [SECRET_READ],
      severity: ctx.options.severity,
      consequence: (grant, matches) =>
        matches.every((m) => m.resourceNames.length > 0)
          ? 'those Secrets\' contents are readable'
          : grant.namespace === undefined
            ? 'every Secret of every namespace is readable, service account tokens included'
            : `every Secret in ${grant.namespace} is readable, the control plane's credentials included`,
      adjust: (severity, _grant, matches) => (matches.every((m) => m.resourceNames.length > 0) ? lower(severity) : severity),
    });
  },
});
