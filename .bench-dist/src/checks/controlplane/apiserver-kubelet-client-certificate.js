import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-kubelet-client-certificate',
    title: 'API server has no client certificate for kubelets',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'The API server calls each kubelet (logs, exec, port-forward, metrics) on port 10250. Without ' +
        '--kubelet-client-certificate and --kubelet-client-key it presents no client certificate, so it can ' +
        'only work against kubelets that accept unauthenticated requests, which means anyone on the node ' +
        'network can do the same.',
    remediation: 'Set `--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt` and `--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key` (a certificate in group system:masters or bound to system:kubelet-api-admin), and turn off anonymous access on every kubelet.',
    references: {
        cis: ['apiserver.kubelet-client-certificate'],
        nsa: ['auth.authentication', 'network.control-plane-hardening'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-to-kubelet'],
    },
    evaluate(c) {
        return requireSet(c, ['kubelet-client-certificate', 'kubelet-client-key'], 'it cannot authenticate to kubelets, which then must accept anonymous requests');
    },
});
//# sourceMappingURL=apiserver-kubelet-client-certificate.js.map