import { defineCheck } from '../check.js';
import type { Permission, RbacWorld } from '../../analysis/rbac/index.js';
import { hasBindings, lower, rbac, reportGrants, severityByScope } from './grants.js';

/** What the impersonation filter authorizes (k8s.io/apiserver/pkg/endpoints/filters/impersonation.go). */
const IMPERSONATE: readonly Permission[] = [
  { verbs: ['impersonate'], apiGroup: '', resource: 'users' },
  { verbs: ['impersonate'], apiGroup: '', resource: 'groups' },
  { verbs: ['impersonate'], apiGroup: '', resource: 'serviceaccounts' },
  { verbs: ['impersonate'], apiGroup: 'authentication.k8s.io', resource: 'uids' },
  { verbs: ['impersonate'], apiGroup: 'authentication.k8s.io', resource: 'userextras', subresource: 'scopes' },
];

export default defineCheck({
  meta: {
    id: 'rbac.impersonate',
    title: 'Can impersonate users, groups or service accounts',
    severity: 'critical',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`impersonate` lets a request act as someone else (`kubectl --as=... --as-group=...`): impersonating the group `system:masters` bypasses ' +
      'RBAC entirely, impersonating a user or a service account gives its permissions. The filter authorizes `impersonate` on `users`, `groups` ' +
      'and `serviceaccounts` (core group) and on `uids` and `userextras/<key>` (authentication.k8s.io); only `resourceNames` narrows who can be ' +
      'impersonated. Service accounts can be impersonated per namespace: the built-in `edit` role includes it.',
    remediation:
      'Keep impersonation for authenticating proxies, limited to the identities they front:\n\n' +
      '```yaml\nrules:\n- apiGroups: [""]\n  resources: ["users"]\n  resourceNames: ["jane@example.com"]\n  verbs: ["impersonate"]\n```',
    references: {
      cis: ['policies.bind-impersonate-escalate'],
      nsa: ['auth.rbac', 'auth.authentication'],
      mitre: ['T1078', 'T1550.001'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'medium' }, 'impersonation'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [...IMPERSONATE, ...extraKeys(rbac(ctx).world)],
      severity: ctx.options.severity,
      consequence: (grant, matches) =>
        matches.some((m) => m.permission.resource === 'groups' && m.resourceNames.length === 0)
          ? 'it can act as the group system:masters, which bypasses RBAC: cluster-admin'
          : matches.some((m) => m.permission.resource === 'users' && m.resourceNames.length === 0)
            ? 'it can act as any user'
            : grant.namespace === undefined
              ? 'it can act as those identities'
              : `it can act as the service accounts of ${grant.namespace}`,
      adjust: (severity, _g, matches) => (matches.every((m) => m.resourceNames.length > 0) ? lower(severity) : severity),
    });
  },
});

/**
 * Impersonating a user extra is `impersonate` on `userextras/<key>`, any key (the filter asks once per
 * key of Impersonate-Extra-*): besides `scopes`, every key the input's rules name.
 */
function extraKeys(world: RbacWorld): Permission[] {
  const keys = new Set<string>();
  for (const role of world.roles) {
    for (const r of role.rules) for (const resource of r.rule.resources) if (resource.startsWith('userextras/') && resource !== 'userextras/scopes') keys.add(resource.slice('userextras/'.length));
  }
  return [...keys].sort().map((key) => ({ verbs: ['impersonate'], apiGroup: 'authentication.k8s.io', resource: 'userextras', subresource: key }));
}
