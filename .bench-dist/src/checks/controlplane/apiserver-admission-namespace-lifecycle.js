import { componentCheck, admissionPlugins, flagPointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-admission-namespace-lifecycle',
    title: 'API server disables the NamespaceLifecycle admission plugin',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'NamespaceLifecycle refuses new objects in namespaces that are being deleted or do not exist, and ' +
        'protects default, kube-system and kube-public from deletion. Without it, objects created during a ' +
        'namespace\'s deletion survive it (and keep their permissions), and the system namespaces can be ' +
        'deleted.',
    remediation: 'Remove NamespaceLifecycle from `--disable-admission-plugins`.',
    references: {
        cis: ['apiserver.admission-namespace-lifecycle'],
        nsa: ['network.namespaces'],
        mitre: ['T1485'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#namespacelifecycle'],
    },
    evaluate(c) {
        if (!admissionPlugins(c).disabled.includes('NamespaceLifecycle'))
            return undefined;
        return { message: `${describe(c)} disables the NamespaceLifecycle admission plugin`, pointer: flagPointer(c, 'disable-admission-plugins'), evidence: { disabled: admissionPlugins(c).disabled } };
    },
});
//# sourceMappingURL=apiserver-admission-namespace-lifecycle.js.map