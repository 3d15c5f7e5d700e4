import { componentCheck, authorizationModes, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-authorization-always-allow',
    title: 'API server authorizes every request (AlwaysAllow)',
    severity: 'critical',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'The AlwaysAllow authorization mode lets every authenticated request do anything, and it is the API ' +
        'server\'s default when --authorization-mode is not set. RBAC bindings are then decoration: any ' +
        'service account token, any node credential and, with anonymous authentication on, any ' +
        'unauthenticated caller is effectively cluster-admin.',
    remediation: 'Set `--authorization-mode=Node,RBAC` (AlwaysAllow must not appear anywhere in the list).',
    references: {
        cis: ['apiserver.authorization-mode-not-always-allow'],
        nsa: ['auth.rbac'],
        mitre: ['T1078', 'T1068'],
        microsoft: ['MS-TA9029'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules'],
    },
    evaluate(c, { inventory }) {
        const authz = authorizationModes(c, inventory);
        if (!authz || !authz.modes.includes('AlwaysAllow'))
            return undefined;
        return { message: `${describe(c)} authorizes every request: ${authz.from}`, pointer: authz.pointer, evidence: { modes: authz.modes } };
    },
});
//# sourceMappingURL=apiserver-authorization-always-allow.js.map