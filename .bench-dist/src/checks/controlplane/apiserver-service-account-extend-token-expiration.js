import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-service-account-extend-token-expiration',
    title: 'API server extends the lifetime of projected service account tokens',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'With --service-account-extend-token-expiration (on by default), projected tokens that ask for an ' +
        'hour are issued for a year instead, to ease migration from legacy tokens; the API server only warns ' +
        'when an extended token is used after its requested expiry. A token stolen from a pod then stays ' +
        'valid for up to a year.',
    remediation: 'After checking the API server\'s stale-token metrics (serviceaccount_stale_tokens_total) and updating old clients, set `--service-account-extend-token-expiration=false`.',
    references: {
        cis: ['apiserver.service-account-extend-token-expiration'],
        nsa: ['pod-security.service-account-tokens'],
        mitre: ['T1528'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-token-volume'],
    },
    evaluate(c) {
        return requireBool(c, 'service-account-extend-token-expiration', false, true);
    },
});
//# sourceMappingURL=apiserver-service-account-extend-token-expiration.js.map