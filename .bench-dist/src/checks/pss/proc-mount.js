import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.proc-mount',
    control: 'procMount',
    title: "Unmasked /proc mount",
    severity: 'high',
    rationale: "The container runtime masks sensitive parts of /proc (kernel keys, timers, sysrq trigger) to stop containers from reading or poking the host kernel. `procMount: Unmasked` removes those masks. Only user-namespaced pods (hostUsers: false) may unmask /proc at baseline from v1.35.",
    remediation: "Remove `procMount` or set it to Default:\n\n```yaml\nsecurityContext:\n  procMount: Default\n```",
    references: {
        "nsa": ["pod-security.enforcement", "pod-security.hardening-container-environments"],
        "mitre": [
            "T1611"
        ],
        "kcsa": [
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        ]
    },
});
//# sourceMappingURL=proc-mount.js.map