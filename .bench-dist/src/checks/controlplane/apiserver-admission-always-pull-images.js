import { componentCheck, admissionPlugins, enablePointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-admission-always-pull-images',
    title: 'API server does not enable AlwaysPullImages',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'On a node, an image pulled once with a registry secret stays in the cache, and any other pod ' +
        'scheduled there can start it by name without credentials. The AlwaysPullImages admission plugin sets ' +
        'imagePullPolicy: Always on every container so the registry checks each pull. It costs registry ' +
        'traffic and makes pod starts depend on the registry, so it is advisory; the ' +
        'KubeletEnsureSecretPulledImages feature (v1.33+) is the newer alternative.',
    remediation: 'Add AlwaysPullImages to `--enable-admission-plugins`, or on v1.33+ enable the kubelet\'s KubeletEnsureSecretPulledImages feature.',
    references: {
        cis: ['apiserver.admission-always-pull-images'],
        nsa: ['pod-security.secure-images'],
        mitre: ['T1525'],
        microsoft: ['MS-TA9037'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages'],
    },
    evaluate(c) {
        const { enabled, disabled } = admissionPlugins(c);
        if (enabled.includes('AlwaysPullImages') && !disabled.includes('AlwaysPullImages'))
            return undefined;
        return { message: `${describe(c)} does not enable the AlwaysPullImages admission plugin: cached private images can be started without pull credentials`, pointer: enablePointer(c), evidence: { enabled } };
    },
});
//# sourceMappingURL=apiserver-admission-always-pull-images.js.map