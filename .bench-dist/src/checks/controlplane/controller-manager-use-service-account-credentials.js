import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.controller-manager-use-service-account-credentials',
    title: 'Controllers share the controller manager\'s own credentials',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: 'Without --use-service-account-credentials every controller (deployments, jobs, namespaces, service ' +
        'accounts...) acts with the controller manager\'s single, very powerful identity. With it, each ' +
        'controller uses its own service account with only the permissions its system:controller: role ' +
        'grants, so a bug or compromise in one controller is contained.',
    remediation: 'Set `--use-service-account-credentials=true`.',
    references: {
        cis: ['controller-manager.use-service-account-credentials'],
        nsa: ['auth.rbac'],
        mitre: ['T1078'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles'],
    },
    evaluate(c) {
        return requireBool(c, 'use-service-account-credentials', true, false);
    },
});
//# sourceMappingURL=controller-manager-use-service-account-credentials.js.map