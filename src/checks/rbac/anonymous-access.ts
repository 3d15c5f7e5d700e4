import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { ANONYMOUS, AUTHENTICATED, UNAUTHENTICATED, covers, describeBinding, describeSubject, type BindingSubject, type Grant, type RbacBinding } from '../../analysis/rbac/index.js';
import { bootstrapRole } from '../../analysis/rbac/bootstrap.js';
import { blastRadius, grantEvidence, grantKey, hasBindings, rbac, rulesText, scopeText, severityByScope } from './grants.js';

function isAnonymous(s: BindingSubject): boolean {
  return (s.kind === 'User' && s.name === ANONYMOUS) || (s.kind === 'Group' && s.name === UNAUTHENTICATED);
}

function isEveryone(s: BindingSubject): boolean {
  return s.kind === 'Group' && s.name === AUTHENTICATED;
}

export default defineCheck({
  meta: {
    id: 'rbac.anonymous-access',
    title: 'Anonymous or all authenticated users given more than discovery',
    severity: 'critical',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`system:anonymous` and the group `system:unauthenticated` are every request without credentials: with anonymous authentication on (the API ' +
      'server\'s default), anyone who can reach the API server, which for a managed cluster is often the whole internet. The group ' +
      '`system:authenticated` is every identity the cluster accepts: every service account token of every pod, and on some clouds every account ' +
      'of the provider (a GKE cluster accepts any Google account). Kubernetes gives them only discovery (API versions, health, `/version`) and ' +
      'self-reviews; anything more is granted to everyone.',
    remediation:
      'Bind the role to the group of people who need it instead:\n\n' +
      '```yaml\nsubjects:\n- apiGroup: rbac.authorization.k8s.io\n  kind: Group\n  name: acme:status-page\n```\n\n' +
      'and turn anonymous authentication off where nothing needs it (`--anonymous-auth=false`, or an AuthenticationConfiguration that allows it only for `/healthz`).',
    references: {
      nsa: ['auth.authentication', 'auth.rbac'],
      mitre: ['T1078.001', 'T1190'],
      microsoft: ['MS-TA9029'],
      kcsa: ['security-fundamentals', 'cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles'],
    },
    options: {
      unauthenticated: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'high' }, 'grants to system:anonymous and system:unauthenticated'),
      authenticated: severityByScope({ cluster: 'high', 'kube-system': 'high', namespace: 'medium' }, 'grants to system:authenticated'),
      discoveryRoles: option.strings(
        ['system:discovery', 'system:basic-user', 'system:public-info-viewer', 'system:service-account-issuer-discovery'],
        "Kubernetes' built-in ClusterRoles whose rules count as discovery: a rule they cover is not reported",
      ),
    },
  },
  applies: hasBindings,
  run(ctx) {
    const discovery = ctx.options.discoveryRoles.flatMap((name) => bootstrapRole('ClusterRole', undefined, name)?.rules ?? []);
    const byBinding = new Map<RbacBinding, Grant[]>();
    const world = rbac(ctx).world;
    for (const grant of world.bindings.filter((b) => b.applying.some((s) => isAnonymous(s) || isEveryone(s))).flatMap((b) => world.grantsOf(b))) {
      if (!grant.reportable.some((s) => isAnonymous(s) || isEveryone(s))) continue;
      if (discovery.some((d) => covers(d, grant.rule.rule))) continue;
      byBinding.set(grant.binding, [...(byBinding.get(grant.binding) ?? []), grant]);
    }
    for (const [binding, grants] of byBinding) {
      const first = grants[0];
      const anonymous = first.reportable.filter(isAnonymous);
      const everyone = first.reportable.filter(isEveryone);
      const radius = blastRadius(first);
      const severity = anonymous.length > 0 ? ctx.options.unauthenticated[radius] : ctx.options.authenticated[radius];
      if (severity === 'off') continue;
      const subjects = [...anonymous, ...everyone];
      const resources = [...new Set(grants.flatMap((g) => [...g.rule.rule.resources, ...g.rule.rule.nonResourceURLs]))];
      const shown = resources.length > 8 ? `${resources.slice(0, 8).join(', ')} and ${resources.length - 8} more` : resources.join(', ');
      ctx.report({
        object: binding.object,
        pointer: `/subjects/${subjects[0].index}`,
        key: grantKey(first),
        severity,
        message:
          `${describeBinding(binding)} gives ${subjects.map(describeSubject).join(', ')} more than discovery ${scopeText(first)}, through ${rulesText(grants)} (${shown}): ` +
          (anonymous.length > 0 ? 'anyone who can reach the API server, without credentials, has it' : "every authenticated identity, every pod's service account included, has it"),
        evidence: grantEvidence(grants, subjects),
      });
    }
  },
});
