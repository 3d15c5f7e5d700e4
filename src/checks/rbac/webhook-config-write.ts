import { defineCheck } from '../check.js';
import type { Permission } from '../../analysis/rbac/index.js';
import { hasBindings, reportGrants, severityByScope } from './grants.js';

const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const GROUP = 'admissionregistration.k8s.io';
const ADMISSION: readonly Permission[] = ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings', 'mutatingadmissionpolicies', 'mutatingadmissionpolicybindings'].map(
  (resource) => ({ verbs: WRITE, apiGroup: GROUP, resource }),
);

export default defineCheck({
  meta: {
    id: 'rbac.webhook-config-write',
    title: 'Can change admission webhooks or admission policies',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      'Admission webhooks see, and mutating ones rewrite, every object they select before it is stored: whoever can create or change a ' +
      '`MutatingWebhookConfiguration` can send every new pod to their own server and inject a container, a host path or a service account, ' +
      'and receives Secrets in the requests. Deleting or loosening a `ValidatingWebhookConfiguration` or a ValidatingAdmissionPolicy turns ' +
      'off the policy engine (Kyverno, Gatekeeper) that stops privileged pods. These objects are cluster-scoped: only ClusterRoleBindings grant them.',
    remediation: 'Let only the policy engine\'s installer manage webhook configurations and admission policies; give people read access at most.',
    references: {
      cis: ['policies.webhook-configuration-access'],
      nsa: ['auth.rbac'],
      mitre: ['T1557', 'T1562.001'],
      microsoft: ['MS-TA9015'],
      kcsa: ['cluster-component-security', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks', 'https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/'],
    },
    options: {
      severity: severityByScope({ cluster: 'high', 'kube-system': 'off', namespace: 'off' }, 'admission configuration writes'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    const mutatingWrite = (p: Permission, verbs: readonly string[]) => p.resource.startsWith('mutating') && verbs.some((v) => v !== 'delete' && v !== 'deletecollection');
    reportGrants(ctx, {
      permissions: ADMISSION,
      severity: ctx.options.severity,
      consequence: (_g, matches) =>
        matches.some((m) => mutatingWrite(m.permission, m.verbs)) ? 'it can intercept and rewrite every object admitted, pods included' : 'it can switch off or loosen admission policy',
      adjust: (severity, _g, matches) => (matches.some((m) => mutatingWrite(m.permission, m.verbs)) ? 'critical' : severity),
    });
  },
});
