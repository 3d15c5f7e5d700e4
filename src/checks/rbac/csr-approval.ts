import { defineCheck } from '../check.js';
import { ruleMatchesPermission, type Permission, type PolicyRule } from '../../analysis/rbac/index.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

const APPROVAL: Permission = { verbs: ['update', 'patch'], apiGroup: 'certificates.k8s.io', resource: 'certificatesigningrequests', subresource: 'approval' };
const SIGNERS: Permission = { verbs: ['approve'], apiGroup: 'certificates.k8s.io', resource: 'signers' };

export default defineCheck({
  meta: {
    id: 'rbac.csr-approval',
    title: 'Can approve certificate signing requests',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Approving a CertificateSigningRequest takes `update` on `certificatesigningrequests/approval` and `approve` on the signer (`signers`, ' +
      'named by signerName or `<domain>/*`). With the `kubernetes.io/kube-apiserver-client` signer, an approved certificate authenticates as any ' +
      'user in any group the request names, `system:masters` included: who can create and approve CSRs is cluster-admin. A role holding both ' +
      'halves is reported as critical.',
    remediation: 'Leave approval to the controller manager\'s csrapproving controller (node certificates) and to a reviewed process for people; remove `approve` on `signers` and `update` on `certificatesigningrequests/approval` from other roles.',
    references: {
      cis: ['policies.csr-approval-access'],
      nsa: ['auth.rbac', 'auth.authentication'],
      mitre: ['T1078', 'T1098.006'],
      kcsa: ['security-fundamentals', 'cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'off', namespace: 'off' }, 'CSR approval'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: [APPROVAL, SIGNERS],
      severity: ctx.options.severity,
      consequence: (grant) => (holdsBoth(grant.role.rules.map((r) => r.rule)) ? 'its role holds both halves of approval: it can issue a client certificate for any identity, system:masters included' : 'it holds half of what approving a certificate takes'),
      adjust: (severity, grant) => (holdsBoth(grant.role.rules.map((r) => r.rule)) ? 'critical' : severity),
    });
  },
});

function holdsBoth(rules: readonly PolicyRule[]): boolean {
  return [APPROVAL, SIGNERS].every((p) => rules.some((r) => ruleMatchesPermission(r, p).length > 0));
}
