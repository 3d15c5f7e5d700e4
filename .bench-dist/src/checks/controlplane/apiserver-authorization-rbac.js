import { componentCheck, authorizationModes, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-authorization-rbac',
    title: 'API server does not use RBAC authorization',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'Role-based access control is how Kubernetes grants least privilege to people and service accounts. ' +
        'Without the RBAC authorizer, Roles and RoleBindings have no effect: access is decided by the other ' +
        'modes alone (ABAC files, webhooks, or AlwaysAllow).',
    remediation: 'Include RBAC in `--authorization-mode`: `--authorization-mode=Node,RBAC`.',
    references: {
        cis: ['apiserver.authorization-mode-rbac'],
        nsa: ['auth.rbac'],
        mitre: ['T1078'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/'],
    },
    evaluate(c, { inventory }) {
        const authz = authorizationModes(c, inventory);
        if (!authz || authz.modes.includes('RBAC'))
            return undefined;
        return { message: `${describe(c)} does not use RBAC: ${authz.from}`, pointer: authz.pointer, evidence: { modes: authz.modes } };
    },
});
//# sourceMappingURL=apiserver-authorization-rbac.js.map