import { defineCheck } from '../check.js';
import { describeBinding, isAdminRule, type Grant, type PolicyRule, type RbacBinding } from '../../analysis/rbac/index.js';
import { blastRadius, grantEvidence, grantKey, hasBindings, rbac, rulesText, scopeText, severityByScope, subjectList } from './grants.js';

export default defineCheck({
  meta: {
    id: 'rbac.wildcard-permissions',
    title: 'Role grants a wildcard verb, resource or API group',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`*` in `verbs`, `resources` or `apiGroups` grants everything that exists now and everything added later: `resources: ["*"]` includes `secrets`, ' +
      '`pods/exec` and every subresource; `verbs: ["*"]` includes `escalate`, `bind` and `impersonate`; `apiGroups: ["*"]` includes every CustomResourceDefinition ' +
      'an operator installs next year, some of which hold credentials. A wildcard is rarely what the holder needs and always more than anyone reviewed. ' +
      '(A rule with `*` in all three is cluster-admin, reported by rbac.cluster-admin-binding instead.)',
    remediation:
      'List the verbs, groups and resources the holder uses (the audit log shows them), e.g.\n\n' +
      '```yaml\nrules:\n- apiGroups: ["apps"]\n  resources: ["deployments"]\n  verbs: ["get", "list", "watch", "update", "patch"]\n```',
    references: {
      cis: ['policies.wildcard-roles'],
      nsa: ['auth.rbac'],
      mitre: ['T1078', 'T1098.006'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'high', namespace: 'medium' }, 'a wildcard grant'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    const world = rbac(ctx).world;
    const byBinding = new Map<RbacBinding, { grant: Grant; wild: string[] }[]>();
    for (const role of world.roles) {
      if (role.rules.some((x) => isAdminRule(x.rule))) continue;
      const wildRules = role.rules.map((r, i) => ({ i, wild: wildcards(r.rule) })).filter((x) => x.wild.length > 0);
      if (wildRules.length === 0) continue;
      for (const binding of world.bindingsOf(role)) {
        for (const { i, wild } of wildRules) {
          const grant = world.grant(binding, i)!;
          if (grant.reportable.length === 0) continue;
          let list = byBinding.get(binding);
          if (!list) byBinding.set(binding, (list = []));
          list.push({ grant, wild });
        }
      }
    }
    // the rules text is the role's: built once per role and set of rules, not per binding
    const texts = new Map<string, { wild: string[]; rules: string }>();
    for (const [binding, found] of byBinding) {
      const first = found[0].grant;
      const severity = ctx.options.severity[blastRadius(first)];
      if (severity === 'off') continue;
      const key = `${first.role.kind}/${first.role.namespace ?? ''}/${first.role.name}\n${found.map((f) => f.grant.ruleIndex).join(',')}`;
      let text = texts.get(key);
      if (!text) texts.set(key, (text = { wild: [...new Set(found.flatMap((f) => f.wild))], rules: rulesText(found.map((f) => f.grant)) }));
      const wild = text.wild;
      ctx.report({
        object: binding.object,
        pointer: '/roleRef',
        key: grantKey(first),
        severity,
        message: `${describeBinding(binding)} gives ${subjectList(first.reportable)} "*" in ${wild.join(', ')} ${scopeText(first)} (${text.rules}): it grants whatever exists, and whatever is added later`,
        evidence: { ...grantEvidence(found.map((f) => f.grant)), wildcards: wild },
      });
    }
  },
});

/** Which lists of a rule hold `*`; `nonResourceURLs: ["*"]` with only `get` is read access to health and version endpoints, not counted. */
function wildcards(rule: PolicyRule): string[] {
  const wild = [rule.verbs.includes('*') && 'verbs', rule.resources.includes('*') && 'resources', rule.apiGroups.includes('*') && rule.resources.length > 0 && 'apiGroups', rule.nonResourceURLs.includes('*') && 'nonResourceURLs'].filter(
    (x): x is string => typeof x === 'string',
  );
  return wild.length === 1 && wild[0] === 'nonResourceURLs' && !rule.verbs.includes('*') ? [] : wild;
}
