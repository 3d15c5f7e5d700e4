import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-kubelet-certificate-authority',
    title: 'API server does not verify kubelet serving certificates',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'Without --kubelet-certificate-authority the API server connects to kubelets over TLS without ' +
        'checking their certificates. Anyone who can intercept traffic between the control plane and a node ' +
        '(or who controls a node\'s address) can impersonate that kubelet and receive exec and attach ' +
        'sessions, including the credentials typed into them.',
    remediation: 'Have kubelets use serving certificates signed by the cluster CA (`serverTLSBootstrap: true` and approved CSRs) and set `--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt`.',
    references: {
        cis: ['apiserver.kubelet-certificate-authority'],
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/concepts/architecture/control-plane-node-communication/#apiserver-to-kubelet'],
    },
    evaluate(c) {
        return requireSet(c, ['kubelet-certificate-authority'], 'connections to kubelets do not verify who answers');
    },
});
//# sourceMappingURL=apiserver-kubelet-certificate-authority.js.map