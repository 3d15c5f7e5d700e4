import { defineCheck } from '../check.js';
import { ALL_SERVICE_ACCOUNTS, describeBinding, describeSubject, isAdminRule, splitServiceAccountUsername, type BindingSubject, type Grant, type RbacBinding } from '../../analysis/rbac/index.js';
import { blastRadius, grantEvidence, hasBindings, rbac, rulesText, scopeText, severityByScope } from './grants.js';

/** Subjects that include a namespace's default service account: itself, or a service-account group. */
function includesDefault(s: BindingSubject): boolean {
  if (s.kind === 'ServiceAccount') return s.name === 'default';
  if (s.kind === 'User') return splitServiceAccountUsername(s.name)?.name === 'default';
  return s.kind === 'Group' && (s.name === ALL_SERVICE_ACCOUNTS || s.name.startsWith(`${ALL_SERVICE_ACCOUNTS}:`));
}

function who(s: BindingSubject): string {
  if (s.kind === 'Group') return s.name === ALL_SERVICE_ACCOUNTS ? `${describeSubject(s)} (every service account of every namespace, the default ones included)` : `${describeSubject(s)} (every service account of ${s.name.slice(ALL_SERVICE_ACCOUNTS.length + 1)}, the default one included)`;
  return describeSubject(s);
}

export default defineCheck({
  meta: {
    id: 'rbac.default-service-account',
    title: 'Permissions given to default service accounts',
    severity: 'medium',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Every namespace has a `default` service account, and every pod that names no other runs as it, with its token mounted. Permissions given to ' +
      'it, or to a whole namespace\'s service accounts through the group `system:serviceaccounts:<namespace>`, are given to every such pod: ' +
      'the forgotten debug pod and the internet-facing frontend alike. Give each application its own service account with only what it uses, ' +
      'and leave `default` with nothing.',
    remediation:
      'Create a service account for the workload that needs the API, bind the role to it, and set `serviceAccountName` on that workload only:\n\n' +
      '```yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: report-reader, namespace: shop}\n---\n' +
      'subjects:\n- {kind: ServiceAccount, name: report-reader, namespace: shop}\n```',
    references: {
      cis: ['policies.default-service-account'],
      nsa: ['auth.rbac', 'pod-security.service-account-tokens'],
      mitre: ['T1078.001', 'T1528'],
      microsoft: ['MS-TA9016'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts', 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'high', namespace: 'medium' }, 'grants to default service accounts'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    const byBinding = new Map<RbacBinding, Grant[]>();
    const world = rbac(ctx).world;
    for (const grant of world.bindings.filter((b) => b.applying.some(includesDefault)).flatMap((b) => world.grantsOf(b))) {
      if (!grant.reportable.some(includesDefault)) continue;
      let list = byBinding.get(grant.binding);
      if (!list) byBinding.set(grant.binding, (list = []));
      list.push(grant);
    }
    for (const [binding, grants] of byBinding) {
      const first = grants[0];
      const subjects = first.reportable.filter(includesDefault);
      const base = ctx.options.severity[blastRadius(first)];
      if (base === 'off') continue;
      const admin = grants.some((g) => isAdminRule(g.rule.rule));
      ctx.report({
        object: binding.object,
        pointer: `/subjects/${subjects[0].index}`,
        key: `default-sa:${subjects.map((s) => `${s.kind}/${s.namespace ?? ''}/${s.name}`).join(',')}`,
        severity: admin && first.namespace === undefined ? 'critical' : base,
        message:
          `${describeBinding(binding)} gives ${subjects.map(who).join(', ')} the permissions of ${rulesText(grants)} ${scopeText(first)}: ` +
          'every pod that names no service account gets these permissions through its mounted token',
        evidence: grantEvidence(grants, subjects),
      });
    }
  },
});
