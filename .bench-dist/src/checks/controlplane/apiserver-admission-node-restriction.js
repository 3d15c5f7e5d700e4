import { componentCheck, admissionPlugins, enablePointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-admission-node-restriction',
    title: 'API server does not enable NodeRestriction',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'NodeRestriction limits what a kubelet may change: only its own Node object and the status of its own ' +
        'pods, and not the node labels used for isolation (node-restriction.kubernetes.io/). Without it, a ' +
        'compromised node can relabel itself or other nodes to attract sensitive workloads, or edit other ' +
        'nodes\' objects.',
    remediation: 'Add NodeRestriction to `--enable-admission-plugins` (kubeadm does by default) and keep the Node authorizer in `--authorization-mode`.',
    references: {
        cis: ['apiserver.admission-node-restriction'],
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1068'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction'],
    },
    evaluate(c) {
        const { enabled, disabled } = admissionPlugins(c);
        if (enabled.includes('NodeRestriction') && !disabled.includes('NodeRestriction'))
            return undefined;
        return { message: `${describe(c)} does not enable the NodeRestriction admission plugin`, pointer: enablePointer(c), evidence: { enabled, disabled } };
    },
});
//# sourceMappingURL=apiserver-admission-node-restriction.js.map