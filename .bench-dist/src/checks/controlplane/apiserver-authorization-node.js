import { componentCheck, authorizationModes, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-authorization-node',
    title: 'API server does not use the Node authorizer',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'The Node authorizer limits each kubelet to the objects of pods scheduled on its own node. Without ' +
        'it, kubelet credentials are authorized only by RBAC, where the legacy system:node binding or broad ' +
        'grants let one compromised node read every Secret and ConfigMap in the cluster. The NodeRestriction ' +
        'admission plugin depends on it.',
    remediation: 'Include Node in `--authorization-mode`, before RBAC: `--authorization-mode=Node,RBAC`.',
    references: {
        cis: ['apiserver.authorization-mode-node'],
        nsa: ['auth.rbac'],
        mitre: ['T1552.007'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/node/'],
    },
    evaluate(c, { inventory }) {
        const authz = authorizationModes(c, inventory);
        if (!authz || authz.modes.includes('Node'))
            return undefined;
        return { message: `${describe(c)} does not use the Node authorizer: ${authz.from}`, pointer: authz.pointer, evidence: { modes: authz.modes } };
    },
});
//# sourceMappingURL=apiserver-authorization-node.js.map