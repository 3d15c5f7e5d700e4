import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.protect-kernel-defaults',
    title: 'Kubelet may change kernel settings',
    severity: 'low',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'With protectKernelDefaults the kubelet refuses to start when kernel tunables (vm.overcommit_memory, ' +
        'kernel.panic...) differ from what it needs, instead of silently changing them. Nodes then keep the ' +
        'sysctl hardening the operating system was given.',
    remediation: 'Set `protectKernelDefaults: true` after setting the kernel parameters the kubelet expects (vm.overcommit_memory=1, vm.panic_on_oom=0, kernel.panic=10, kernel.panic_on_oops=1, kernel.keys.root_maxkeys=1000000, kernel.keys.root_maxbytes=25000000).',
    references: {
        nsa: ['pod-security.hardening-container-environments'],
        mitre: ['T1562.001'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
    },
    evaluate(k) {
        const s = k.get('protectKernelDefaults');
        if (!s || s.value === true)
            return undefined;
        return { message: `${kubeletName(k)} may modify kernel settings (protectKernelDefaults is off: ${origin(s.from)})`, from: s.from, evidence: { protectKernelDefaults: s.value ?? null } };
    },
});
//# sourceMappingURL=protect-kernel-defaults.js.map