import { componentCheck, admissionPlugins, flagPointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-admission-service-account',
    title: 'API server disables the ServiceAccount admission plugin',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'The ServiceAccount admission plugin gives every pod a service account and mounts its token in a ' +
        'controlled way; it also stops pods from naming service accounts that do not exist. Disabling it ' +
        'breaks the link between pods and their identities, so RBAC grants stop meaning what they say.',
    remediation: 'Remove ServiceAccount from `--disable-admission-plugins`.',
    references: {
        cis: ['apiserver.admission-service-account'],
        nsa: ['pod-security.service-account-tokens'],
        mitre: ['T1528'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#serviceaccount'],
    },
    evaluate(c) {
        if (!admissionPlugins(c).disabled.includes('ServiceAccount'))
            return undefined;
        return { message: `${describe(c)} disables the ServiceAccount admission plugin`, pointer: flagPointer(c, 'disable-admission-plugins'), evidence: { disabled: admissionPlugins(c).disabled } };
    },
});
//# sourceMappingURL=apiserver-admission-service-account.js.map