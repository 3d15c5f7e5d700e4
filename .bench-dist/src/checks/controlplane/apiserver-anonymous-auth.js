import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-anonymous-auth',
    title: 'API server accepts anonymous requests',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'With anonymous authentication on (the API server\'s default), any request without credentials is ' +
        'served as the user system:anonymous in the group system:unauthenticated. RBAC then decides what it ' +
        'may do, but every binding that names those subjects, or a mistaken grant to system:unauthenticated, ' +
        'opens the cluster to anyone who can reach port 6443; scanners on the internet find exposed API ' +
        'servers within hours. Health checks do not need it when load balancers use /livez and /readyz with ' +
        'credentials, or when --anonymous-auth is replaced by an AuthenticationConfiguration that allows ' +
        'anonymous access to the health endpoints only.',
    remediation: 'Set `--anonymous-auth=false` in /etc/kubernetes/manifests/kube-apiserver.yaml (or, on v1.32+, allow anonymous access only to /livez, /readyz and /healthz with an AuthenticationConfiguration\'s `anonymous.conditions`).',
    references: {
        cis: ['apiserver.anonymous-auth'],
        nsa: ['auth.authentication'],
        mitre: ['T1078'],
        microsoft: ['MS-TA9029'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests', 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
    },
    evaluate(c) {
        if (c.flags.has('authentication-config') && !c.flags.has('anonymous-auth'))
            return undefined; // anonymous access is then configured in the AuthenticationConfiguration
        return requireBool(c, 'anonymous-auth', false, true);
    },
});
//# sourceMappingURL=apiserver-anonymous-auth.js.map