import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.controller-manager-service-account-private-key-file',
    title: 'Controller manager has no service account signing key',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: 'The controller manager signs the tokens of legacy service account token Secrets with ' +
        '--service-account-private-key-file. Without it those tokens are not created, and clusters that still ' +
        'depend on them tend to work around it with static credentials; the key must match the API server\'s ' +
        '--service-account-key-file so tokens can be verified and rotated.',
    remediation: 'Set `--service-account-private-key-file=/etc/kubernetes/pki/sa.key`.',
    references: {
        cis: ['controller-manager.service-account-private-key-file'],
        nsa: ['pod-security.service-account-tokens'],
        mitre: ['T1528'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
    },
    evaluate(c) {
        return requireSet(c, ['service-account-private-key-file'], 'service account tokens cannot be signed or rotated');
    },
});
//# sourceMappingURL=controller-manager-service-account-private-key-file.js.map