import { defineCheck } from '../check.js';
import { SECRET_READ, describeBinding, type Grant, type RbacBinding } from '../../analysis/rbac/index.js';
import { isRecord } from '../../k8s/types.js';
import { grantEvidence, hasBindings, matchingGrants, rbac, rulesText, scopeText, subjectList, type RuleMatch } from './grants.js';

const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const SA_ANNOTATION = 'kubernetes.io/service-account.name';

export default defineCheck({
  meta: {
    id: 'rbac.legacy-token-secret-readable',
    title: 'Service account token Secret readable by others',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'A Secret of type `kubernetes.io/service-account-token` holds a token that never expires for the service account its annotation names. ' +
      'Whoever can read the Secret (`get` on it, or `list`/`watch` on Secrets in its namespace or cluster-wide) can act as that service account ' +
      'from anywhere, for as long as the Secret exists. Since Kubernetes 1.24 these are no longer created automatically; those that remain are ' +
      'usually forgotten. A token of an account that can escalate to cluster-admin is critical.',
    remediation:
      'Delete the Secret and use short-lived tokens (a projected `serviceAccountToken` volume, or `kubectl create token`); where a long-lived ' +
      'token is unavoidable, make sure only its consumer can read it:\n\n' +
      '```yaml\nrules:\n- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["ci-token"]\n  verbs: ["get"]\n```',
    references: {
      nsa: ['pod-security.service-account-tokens', 'network.secrets'],
      mitre: ['T1528', 'T1552.007', 'T1550.001'],
      microsoft: ['MS-TA9016', 'MS-TA9025'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets', 'https://kubernetes.io/docs/concepts/security/service-accounts/#get-a-token'],
    },
  },
  applies: (inventory) => hasBindings(inventory) && inventory.ofKind('Secret').some((s) => s.object.type === TOKEN_TYPE),
  run(ctx) {
    const analysis = rbac(ctx);
    // by where they apply ('' cluster-wide): a Secret is read by the cluster-wide grants and those of its namespace
    const readers = new Map<string, [Grant, RuleMatch[]][]>();
    for (const entry of matchingGrants(analysis, [SECRET_READ])) {
      const scope = entry[0].namespace ?? '';
      let list = readers.get(scope);
      if (!list) readers.set(scope, (list = []));
      list.push(entry);
    }
    for (const secret of ctx.inventory.ofKind('Secret')) {
      if (secret.object.type !== TOKEN_TYPE || secret.namespace === undefined) continue;
      const annotations = isRecord(secret.object.metadata.annotations) ? secret.object.metadata.annotations : {};
      const account = typeof annotations[SA_ANNOTATION] === 'string' ? annotations[SA_ANNOTATION] : undefined;
      const power = account ? analysis.serviceAccountPower(secret.namespace, account) : undefined;
      const severity = power && (power.level === 'cluster-admin' || power.level === 'escalate') ? 'critical' : 'high';
      const byBinding = new Map<RbacBinding, { grants: Grant[]; verbs: Set<string> }>();
      for (const [grant, matches] of [...(readers.get('') ?? []), ...(readers.get(secret.namespace) ?? [])]) {
        const reads = matches.filter((m: RuleMatch) => m.resourceNames.length === 0 || (m.resourceNames.includes(secret.name) && m.verbs.includes('get')));
        if (reads.length === 0) continue;
        let entry = byBinding.get(grant.binding);
        if (!entry) byBinding.set(grant.binding, (entry = { grants: [], verbs: new Set() }));
        entry.grants.push(grant);
        for (const m of reads) for (const v of m.resourceNames.length ? m.verbs.filter((v) => v === 'get') : m.verbs) entry.verbs.add(v);
      }
      for (const [binding, { grants, verbs: verbSet }] of byBinding) {
        const grant = grants[0];
        const verbs = [...verbSet];
        ctx.report({
          object: secret,
          pointer: '/type',
          key: `${binding.kind}/${binding.namespace ?? ''}/${binding.name}`,
          severity,
          message:
            `the token of ServiceAccount "${secret.namespace}/${account ?? '?'}"${power ? ` (power: ${power.level})` : ''} in this Secret is readable by ${subjectList(grant.reportable)}: ` +
            `${describeBinding(binding)} grants ${verbs.join(', ')} on secrets ${scopeText(grant)} (${rulesText(grants)})`,
          evidence: { ...grantEvidence(grants), verbs, serviceAccount: account ?? null, serviceAccountPower: power?.level ?? null },
        });
      }
    }
  },
});
