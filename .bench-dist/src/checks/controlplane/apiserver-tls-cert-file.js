import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-tls-cert-file',
    title: 'API server has no TLS serving certificate',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'Without --tls-cert-file and --tls-private-key-file the API server generates a self-signed ' +
        'certificate at start. Clients cannot verify it, so they are configured to skip verification, and the ' +
        'connection carrying every credential of the cluster can be intercepted.',
    remediation: 'Set `--tls-cert-file=/etc/kubernetes/pki/apiserver.crt` and `--tls-private-key-file=/etc/kubernetes/pki/apiserver.key`, signed by the cluster CA.',
    references: {
        cis: ['apiserver.tls-cert-file'],
        nsa: ['network.encryption'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
    },
    evaluate(c) {
        return requireSet(c, ['tls-cert-file', 'tls-private-key-file'], 'it serves a self-signed certificate clients cannot verify');
    },
});
//# sourceMappingURL=apiserver-tls-cert-file.js.map