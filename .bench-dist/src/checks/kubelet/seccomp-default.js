import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.seccomp-default',
    title: 'Kubelet does not apply the RuntimeDefault seccomp profile by default',
    severity: 'low',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'Containers that do not ask for a seccomp profile run Unconfined: every system call is available, ' +
        'including the ones most kernel exploits need. With seccompDefault the kubelet applies the container ' +
        'runtime\'s default profile to them, which blocks dozens of rarely needed, dangerous calls.',
    remediation: 'Set `seccompDefault: true` (or `--seccomp-default`), after testing workloads with `seccompProfile.type: RuntimeDefault`.',
    references: {
        cis: ['kubelet.seccomp-default'],
        nsa: ['pod-security.hardening-container-environments'],
        mitre: ['T1611', 'T1068'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/tutorials/security/seccomp/#enable-the-use-of-runtimedefault-as-the-default-seccomp-profile-for-all-workloads'],
    },
    evaluate(k) {
        const s = k.get('seccompDefault');
        if (!s || s.value === true)
            return undefined;
        return { message: `${kubeletName(k)} runs containers without a seccomp profile Unconfined (${origin(s.from)})`, from: s.from, evidence: { seccompDefault: s.value ?? null } };
    },
});
//# sourceMappingURL=seccomp-default.js.map