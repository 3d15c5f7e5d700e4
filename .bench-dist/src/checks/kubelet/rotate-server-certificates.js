import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.rotate-server-certificates',
    title: 'Kubelet turns off serving certificate rotation',
    severity: 'medium',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'The RotateKubeletServerCertificate feature gate (on by default) lets the kubelet request and renew ' +
        'its serving certificate from the cluster CA. Turned off, the kubelet keeps a self-signed or ' +
        'long-lived serving certificate that the API server cannot verify.',
    remediation: 'Remove `RotateKubeletServerCertificate: false` from `featureGates` (or `--feature-gates`), and set `serverTLSBootstrap: true`.',
    references: {
        cis: ['kubelet.rotate-server-certificates'],
        nsa: ['network.encryption'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation'],
    },
    evaluate(k) {
        const gate = k.featureGate('RotateKubeletServerCertificate');
        if (!gate || gate.value !== false)
            return undefined;
        return { message: `${kubeletName(k)} turns off the RotateKubeletServerCertificate feature gate (${origin(gate.from)})`, from: gate.from, evidence: { RotateKubeletServerCertificate: false } };
    },
});
//# sourceMappingURL=rotate-server-certificates.js.map