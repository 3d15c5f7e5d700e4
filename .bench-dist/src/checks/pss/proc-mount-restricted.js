import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.proc-mount-restricted',
    control: 'procMount_restricted',
    title: "Unmasked /proc mount in a user-namespaced pod",
    severity: 'medium',
    rationale: "From v1.35 the restricted standard forbids an unmasked /proc even in pods that run in their own user namespace (hostUsers: false), which baseline tolerates: the masks still stop the container from reading kernel state it has no business with.",
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
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
        ]
    },
});
//# sourceMappingURL=proc-mount-restricted.js.map