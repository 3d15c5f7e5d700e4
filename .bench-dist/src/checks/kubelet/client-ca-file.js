import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.client-ca-file',
    title: 'Kubelet does not authenticate client certificates',
    severity: 'high',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'authentication.x509.clientCAFile is the CA that client certificates presented to the kubelet must ' +
        'chain to, the API server\'s among them. Without it the kubelet cannot authenticate the API server\'s ' +
        'calls by certificate, and deployments end up turning on anonymous access to make logs and exec work.',
    remediation: 'Set `authentication.x509.clientCAFile: /etc/kubernetes/pki/ca.crt` (or `--client-ca-file`).',
    references: {
        cis: ['kubelet.client-ca-file'],
        nsa: ['auth.authentication'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
    },
    evaluate(k) {
        const s = k.get('clientCAFile');
        if (!s || s.value.trim() !== '')
            return undefined;
        return { message: `${kubeletName(k)} has no client CA file (${origin(s.from)}): client certificates are not accepted`, from: s.from, evidence: { clientCAFile: null } };
    },
});
//# sourceMappingURL=client-ca-file.js.map