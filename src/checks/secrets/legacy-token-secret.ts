import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { rbacAnalysis } from '../../analysis/rbac/index.js';
import { annotationsOf, SERVICE_ACCOUNT_NAME_ANNOTATION, SERVICE_ACCOUNT_TOKEN_TYPE } from '../../analysis/secrets.js';
import { isRecord } from '../../k8s/types.js';

/** Labels the legacy token cleaner sets (Kubernetes 1.29+): when the token was last used, since when it is invalid. */
const LAST_USED = 'kubernetes.io/legacy-token-last-used';
const INVALID_SINCE = 'kubernetes.io/legacy-token-invalid-since';

export default defineCheck({
  meta: {
    id: 'secrets.legacy-token-secret',
    title: 'Long-lived service account token Secret',
    severity: 'medium',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'A Secret of type `kubernetes.io/service-account-token` makes the token controller write a token for the service account its annotation names, and that token never expires and is bound to no pod: ' +
      'whoever copies it once (from the Secret, a CI variable, a kubeconfig handed around) can act as the service account from anywhere until the Secret is deleted. ' +
      'Since Kubernetes 1.22 pods get short-lived, audience-bound tokens through the TokenRequest API, since 1.24 these Secrets are no longer created automatically, ' +
      'and since 1.29 unused ones are labelled and then invalidated. The risk grows with what the account may do: a token of an account that reads Secrets or can escalate is a standing key to the cluster. ' +
      '`rbac.legacy-token-secret-readable` reports who can read such a Secret; this check reports that it exists.',
    remediation:
      'Delete the Secret and give its consumer short-lived tokens: a projected `serviceAccountToken` volume inside the cluster, `kubectl create token <account> --duration=1h` or workload identity federation outside. ' +
      'Where a long-lived token is truly needed, give its account the least privilege and rotate the Secret.\n\n' +
      '```yaml\nvolumes:\n- name: token\n  projected:\n    sources:\n    - serviceAccountToken:\n        path: token\n        expirationSeconds: 3600\n        audience: my-api\n```',
    references: {
      nsa: ['pod-security.service-account-tokens', 'auth.authentication'],
      mitre: ['T1528', 'T1550.001'],
      microsoft: ['MS-TA9016'],
      kcsa: ['security-fundamentals', 'platform-security'],
      docs: [
        'https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets',
        'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#auto-generated-legacy-serviceaccount-token-clean-up',
      ],
    },
    options: {
      powerfulLevels: option.strings(
        ['cluster-admin', 'escalate', 'read-secrets'],
        'Service account power levels (from the RBAC analysis: cluster-admin, escalate, read-secrets, create-pods, limited, none) that make such a token high severity.',
      ),
    },
  },
  applies: (inventory) => inventory.ofKind('Secret').some((s) => s.object.type === SERVICE_ACCOUNT_TOKEN_TYPE),
  run(ctx) {
    const tokens = ctx.inventory.ofKind('Secret').filter((s) => s.object.type === SERVICE_ACCOUNT_TOKEN_TYPE);
    if (tokens.length === 0) return;
    const rbac = ctx.inventory.analysis(rbacAnalysis, undefined);
    for (const secret of tokens) {
      const namespace = secret.namespace ?? 'default';
      const account = annotationsOf(secret.object)[SERVICE_ACCOUNT_NAME_ANNOTATION];
      const labels = isRecord(secret.object.metadata.labels) ? secret.object.metadata.labels : {};
      const lastUsed = typeof labels[LAST_USED] === 'string' ? labels[LAST_USED] : undefined;
      const invalidSince = typeof labels[INVALID_SINCE] === 'string' ? labels[INVALID_SINCE] : undefined;
      if (typeof account !== 'string' || account === '') {
        ctx.report({
          object: secret,
          pointer: '/metadata/annotations',
          severity: 'low',
          message: `Secret "${secret.name}" is a service account token Secret without the ${SERVICE_ACCOUNT_NAME_ANNOTATION} annotation: the token controller never fills it; delete it or name its account`,
          evidence: { type: SERVICE_ACCOUNT_TOKEN_TYPE },
        });
        continue;
      }
      const power = rbac.serviceAccountPower(namespace, account);
      const accountExists = ctx.inventory.get('ServiceAccount', namespace, account) !== undefined;
      const powerful = ctx.options.powerfulLevels.includes(power.level);
      const state = invalidSince !== undefined ? `; invalidated by the legacy token cleaner since ${invalidSince}` : lastUsed !== undefined ? `; last used ${lastUsed}` : '';
      const missing = !accountExists && ctx.inventory.complete ? `; the account does not exist, so the token is not valid` : '';
      ctx.report({
        object: secret,
        pointer: '/type',
        severity: invalidSince !== undefined || missing !== '' ? 'low' : powerful ? 'high' : undefined,
        message: `Secret "${secret.name}" holds a non-expiring token for service account "${account}"${power.level !== 'none' ? ` (${powerText(power.level)})` : ''}${state}${missing}`,
        evidence: { serviceAccount: account, power: power.level, ...(lastUsed !== undefined && { lastUsed }), ...(invalidSince !== undefined && { invalidSince }) },
      });
    }
  },
});

function powerText(level: string): string {
  switch (level) {
    case 'cluster-admin':
      return 'which is cluster-admin';
    case 'escalate':
      return 'which can escalate its privileges';
    case 'read-secrets':
      return 'which can read Secrets';
    case 'create-pods':
      return 'which can create pods';
    default:
      return 'with limited permissions';
  }
}
