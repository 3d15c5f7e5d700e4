import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-service-account-key-file',
    title: 'API server has no service account verification key',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: '--service-account-key-file names the public keys that verify service account tokens. Without it the ' +
        'API server falls back to its TLS private key, so serving-certificate and token-signing keys cannot ' +
        'be rotated separately, and rotating either breaks the other.',
    remediation: 'Set `--service-account-key-file=/etc/kubernetes/pki/sa.pub`, the public half of `--service-account-signing-key-file`.',
    references: {
        cis: ['apiserver.service-account-key-file'],
        nsa: ['pod-security.service-account-tokens'],
        mitre: ['T1528'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/'],
    },
    evaluate(c) {
        return requireSet(c, ['service-account-key-file'], 'service account tokens are verified with the TLS serving key');
    },
});
//# sourceMappingURL=apiserver-service-account-key-file.js.map