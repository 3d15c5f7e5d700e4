import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';

export default kubeletCheck({
  id: 'kubelet.anonymous-auth',
  title: 'Kubelet serves anonymous requests',
  severity: 'high',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'The kubelet API on port 10250 runs commands in containers, streams logs and lists pods. With ' +
    'anonymous authentication on, requests without credentials are served as system:anonymous; with ' +
    'authorization mode AlwaysAllow (the command-line default) that means anyone who reaches the port can ' +
    'exec into any pod on the node. Without a config file the kubelet\'s default is on; ' +
    'KubeletConfiguration v1beta1 defaults it to off.',
  remediation: 'Set `authentication.anonymous.enabled: false` in the KubeletConfiguration (or `--anonymous-auth=false`), with webhook authentication and authorization on.',
  references: {
      cis: ['kubelet.anonymous-auth'],
      nsa: ['auth.authentication'],
      mitre: ['T1609', 'T1133'],
      microsoft: ['MS-TA9030'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
  },
  evaluate(k) {
    const s = k.get('anonymousAuth');
    if (!s) return undefined;
    // CIS 4.2.1 (kube-bench alike) passes only an explicit false: the file default is safe, but not compliant.
    if (s.value === false && s.from.source === 'default') return { message: `${kubeletName(k)} leaves anonymous authentication to the KubeletConfiguration default (off); CIS 4.2.1 asks for an explicit authentication.anonymous.enabled: false`, from: s.from, severity: 'info', evidence: { anonymous: false } };
    if (s.value === false) return undefined;
    const authz = k.get('authorizationMode');
    const severity = authz?.value === 'AlwaysAllow' ? 'critical' : undefined;
    const worse = authz?.value === 'AlwaysAllow' ? ', and authorization is AlwaysAllow: anyone reaching port 10250 can exec into its pods' : '';
    return { message: `${kubeletName(k)} accepts anonymous requests (${origin(s.from)})${worse}`, from: s.from, severity, evidence: { anonymous: s.value } };
  },
});
