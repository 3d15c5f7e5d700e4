import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-service-account-lookup',
    title: 'API server accepts tokens of deleted service accounts',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'With --service-account-lookup=false the API server checks only the signature of a service account ' +
        'token, not that the account (and, for legacy tokens, the Secret) still exists. A token stolen before ' +
        'its account was deleted keeps working until it expires, which for legacy tokens is never.',
    remediation: 'Remove `--service-account-lookup=false` (the default is true) or set `--service-account-lookup=true`.',
    references: {
        cis: ['apiserver.service-account-lookup'],
        nsa: ['pod-security.service-account-tokens'],
        mitre: ['T1528', 'T1550.001'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
    },
    evaluate(c) {
        return requireBool(c, 'service-account-lookup', true, true);
    },
});
//# sourceMappingURL=apiserver-service-account-lookup.js.map