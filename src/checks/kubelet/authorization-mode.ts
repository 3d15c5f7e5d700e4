import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';

export default kubeletCheck({
  id: 'kubelet.authorization-mode',
  title: 'Kubelet authorizes every request (AlwaysAllow)',
  severity: 'critical',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'With authorization mode AlwaysAllow, every request that passes authentication may use the whole ' +
    'kubelet API: exec and attach into any container, port-forward, read logs and pod specs. Webhook mode ' +
    'asks the API server (SubjectAccessReview) so RBAC decides, as for the rest of the cluster. Without a ' +
    'config file the kubelet\'s default is AlwaysAllow.',
  remediation: 'Set `authorization.mode: Webhook` in the KubeletConfiguration (or `--authorization-mode=Webhook`) and `authentication.webhook.enabled: true`.',
  references: {
      cis: ['kubelet.authorization-mode'],
      nsa: ['auth.rbac'],
      mitre: ['T1609'],
      microsoft: ['MS-TA9030'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
  },
  evaluate(k) {
    const s = k.get('authorizationMode');
    if (!s) return undefined;
    // CIS 4.2.2 (kube-bench alike) passes only an explicit mode: the file default (Webhook) is safe, but not compliant.
    if (s.value !== 'AlwaysAllow' && s.from.source === 'default') return { message: `${kubeletName(k)} leaves its authorization mode to the KubeletConfiguration default (Webhook); CIS 4.2.2 asks for an explicit authorization.mode: Webhook`, from: s.from, severity: 'info', evidence: { mode: s.value } };
    if (s.value !== 'AlwaysAllow') return undefined;
    return { message: `${kubeletName(k)} authorizes every request: mode AlwaysAllow (${origin(s.from)})`, from: s.from, evidence: { mode: s.value } };
  },
});
