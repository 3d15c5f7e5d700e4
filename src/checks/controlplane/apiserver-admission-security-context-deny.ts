import { componentCheck, admissionPlugins, enablePointer, describe } from './component-check.js';
import { cisId } from '../../frameworks/cis/index.js';

export default componentCheck({
  id: 'controlplane.apiserver-admission-security-context-deny',
  title: 'API server enables neither SecurityContextDeny nor PodSecurityPolicy (CIS v1.8 only)',
  severity: 'info',
  category: 'controlplane',
  area: 'compliance',
  component: 'kube-apiserver',
  rationale:
    'CIS Kubernetes Benchmark v1.8 (1.2.12, Manual) asks for the SecurityContextDeny admission plugin when PodSecurityPolicy ' +
    'is not used, so that pods cannot set the securityContext fields that escalate privileges. Both plugins are gone from ' +
    'current Kubernetes (PodSecurityPolicy was removed in v1.25, SecurityContextDeny deprecated in v1.27 and removed in ' +
    'v1.30) and later benchmark versions dropped the recommendation: Pod Security admission does this job now (see the ' +
    '`namespaces.pss-*` checks). This check reports only when the scan uses `--cis-version 1.8`, to match that benchmark.',
  remediation:
    'On Kubernetes before v1.30, add the plugin (`--enable-admission-plugins=...,SecurityContextDeny`); on any version, ' +
    'prefer enforcing the Pod Security Standards with the `pod-security.kubernetes.io/enforce` namespace label, and record ' +
    'an exception for 1.2.12 in your v1.8 assessment.',
  references: {
    cis: ['apiserver.admission-security-context-deny'],
    nsa: ['pod-security.enforcement'],
    kcsa: ['compliance-frameworks'],
    docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#securitycontextdeny'],
  },
  evaluate(c, { cisVersion }) {
    if (cisId('apiserver.admission-security-context-deny', cisVersion) === undefined) return undefined;
    const { enabled, disabled } = admissionPlugins(c);
    if (['SecurityContextDeny', 'PodSecurityPolicy'].some((p) => enabled.includes(p) && !disabled.includes(p))) return undefined;
    return { message: `${describe(c)} enables neither SecurityContextDeny nor PodSecurityPolicy (CIS v${cisVersion} 1.2.12)`, pointer: enablePointer(c), evidence: { enabled } };
  },
});
