import { defineCheck } from '../check.js';
import { isAdminRule, describeBinding } from '../../analysis/rbac/index.js';
import { blastRadius, grantEvidence, grantKey, hasBindings, rbac, ruleText, scopeText, severityByScope, subjectList } from './grants.js';

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
      cis: ['5.1.3'],
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
    for (const grant of rbac(ctx).world.grants()) {
      const rule = grant.rule.rule;
      if (grant.reportable.length === 0 || isAdminRule(rule)) continue;
      const wild = [rule.verbs.includes('*') && 'verbs', rule.resources.includes('*') && 'resources', rule.apiGroups.includes('*') && rule.resources.length > 0 && 'apiGroups', rule.nonResourceURLs.includes('*') && 'nonResourceURLs'].filter(
        (x): x is string => typeof x === 'string',
      );
      // `nonResourceURLs: ["*"]` with only `get` is read access to health and version endpoints: the wildcard that matters is the verb
      if (wild.length === 0 || (wild.length === 1 && wild[0] === 'nonResourceURLs' && !rule.verbs.includes('*'))) continue;
      const severity = ctx.options.severity[blastRadius(grant)];
      if (severity === 'off') continue;
      ctx.report({
        object: grant.binding.object,
        pointer: '/roleRef',
        key: grantKey(grant),
        severity,
        message: `${describeBinding(grant.binding)} gives ${subjectList(grant.reportable)} a rule with "*" in ${wild.join(' and ')} ${scopeText(grant)} (${ruleText(grant)}): it grants whatever exists, and whatever is added later`,
        evidence: { ...grantEvidence(grant), wildcards: wild },
      });
    }
  },
});
