import { defineCheck } from '../check.js';
import type { Permission } from '../../analysis/rbac/index.js';
import { hasBindings, lower, reportGrants, severityByScope } from './grants.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const ESCALATE_BIND: readonly Permission[] = [
  { verbs: ['escalate', 'bind'], apiGroup: RBAC_GROUP, resource: 'clusterroles' },
  { verbs: ['escalate', 'bind'], apiGroup: RBAC_GROUP, resource: 'roles' },
];

export default defineCheck({
  meta: {
    id: 'rbac.escalate-bind',
    title: 'Can escalate or bind roles (grant permissions it does not hold)',
    severity: 'critical',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'RBAC stops anyone from creating or updating a role, or a binding, that grants more than they hold themselves, unless they have `escalate` on ' +
      'roles (write any rule into a role) or `bind` on roles (bind a role they do not hold, e.g. cluster-admin, to themselves). Either verb turns ' +
      'permission to manage RBAC into permission to do anything: with `bind` on clusterroles and create on clusterrolebindings, the holder is one ' +
      '`kubectl create clusterrolebinding` away from cluster-admin.',
    remediation:
      'Remove `escalate` and `bind` from every role except the platform team\'s break-glass role. Where a controller must bind roles, restrict `bind` to the named roles it hands out:\n\n' +
      '```yaml\nrules:\n- apiGroups: ["rbac.authorization.k8s.io"]\n  resources: ["clusterroles"]\n  resourceNames: ["app-reader"]\n  verbs: ["bind"]\n```',
    references: {
      cis: ['policies.bind-impersonate-escalate'],
      nsa: ['auth.rbac'],
      mitre: ['T1098.006', 'T1078'],
      microsoft: ['MS-TA9019'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'high' }, 'escalate and bind'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: ESCALATE_BIND,
      severity: ctx.options.severity,
      consequence: (grant) => (grant.namespace === undefined ? 'it can grant itself any permission, cluster-admin included' : `it can grant itself any permission in ${grant.namespace}`),
      adjust: (severity, _g, matches) => (matches.every((m) => m.resourceNames.length > 0) ? lower(severity) : severity),
    });
  },
});
