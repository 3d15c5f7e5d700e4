import { componentCheck, admissionPlugins, enablePointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-admission-always-admit',
    title: 'API server enables the AlwaysAdmit admission plugin',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'AlwaysAdmit accepts every request whatever the other admission plugins decide; it exists for testing ' +
        'and was deprecated long ago. It defeats Pod Security admission, NodeRestriction and validating ' +
        'policies.',
    remediation: 'Remove AlwaysAdmit from `--enable-admission-plugins`.',
    references: {
        cis: ['apiserver.admission-always-admit'],
        nsa: ['pod-security.enforcement'],
        mitre: ['T1610'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwaysadmit'],
    },
    evaluate(c) {
        const { enabled, disabled } = admissionPlugins(c);
        if (!enabled.includes('AlwaysAdmit') || disabled.includes('AlwaysAdmit'))
            return undefined;
        return { message: `${describe(c)} enables the AlwaysAdmit admission plugin`, pointer: enablePointer(c), evidence: { enabled } };
    },
});
//# sourceMappingURL=apiserver-admission-always-admit.js.map