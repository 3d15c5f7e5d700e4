import { componentCheck, admissionPlugins, enablePointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-deny-service-external-ips',
    title: 'API server does not enable DenyServiceExternalIPs',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'A Service\'s spec.externalIPs makes kube-proxy capture traffic to any address the Service names, on ' +
        'every node. Anyone allowed to create or edit a Service can therefore intercept traffic meant for ' +
        'another workload or an outside address (CVE-2020-8554, which has no fix in Kubernetes itself). The ' +
        'DenyServiceExternalIPs admission plugin rejects new uses of the field; clusters that need it should ' +
        'allow it through a policy engine for named Services only.',
    remediation: 'Add DenyServiceExternalIPs to `--enable-admission-plugins` (e.g. `--enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs`).',
    references: {
        cis: ['apiserver.deny-service-external-ips'],
        nsa: ['network.network-policies'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#denyserviceexternalips', 'https://github.com/kubernetes/kubernetes/issues/97076'],
    },
    evaluate(c) {
        const { enabled, disabled } = admissionPlugins(c);
        if (enabled.includes('DenyServiceExternalIPs') && !disabled.includes('DenyServiceExternalIPs'))
            return undefined;
        return { message: `${describe(c)} does not enable the DenyServiceExternalIPs admission plugin: any Service may claim externalIPs (CVE-2020-8554)`, pointer: enablePointer(c), evidence: { enabled } };
    },
});
//# sourceMappingURL=apiserver-deny-service-external-ips.js.map