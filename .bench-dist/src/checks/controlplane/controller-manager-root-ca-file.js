import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.controller-manager-root-ca-file',
    title: 'Controller manager does not give pods the cluster CA',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: '--root-ca-file is the CA bundle published to every namespace as the kube-root-ca.crt ConfigMap and ' +
        'included with service account tokens. Without it pods cannot verify the API server\'s certificate, ' +
        'and clients are configured to skip verification, which exposes their tokens to interception.',
    remediation: 'Set `--root-ca-file=/etc/kubernetes/pki/ca.crt`.',
    references: {
        cis: ['controller-manager.root-ca-file'],
        nsa: ['network.encryption'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
    },
    evaluate(c) {
        return requireSet(c, ['root-ca-file'], 'pods cannot verify the API server\'s certificate');
    },
});
//# sourceMappingURL=controller-manager-root-ca-file.js.map