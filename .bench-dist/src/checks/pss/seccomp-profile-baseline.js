import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.seccomp-profile-baseline',
    control: 'seccompProfile_baseline',
    title: "Seccomp explicitly disabled (Unconfined)",
    severity: 'high',
    rationale: "Seccomp filters the system calls a container may make; the runtime's default profile blocks dozens that have been used to escape containers (keyctl, unshare, mount...). `type: Unconfined` turns the filter off. The baseline standard forbids it.",
    remediation: "Use the runtime's default profile:\n\n```yaml\nsecurityContext:\n  seccompProfile:\n    type: RuntimeDefault\n```",
    references: {
        "cis": [
            "policies.seccomp-profile"
        ],
        "nsa": ["pod-security.enforcement", "pod-security.hardening-container-environments"],
        "mitre": [
            "T1611"
        ],
        "kcsa": [
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/tutorials/security/seccomp/"
        ]
    },
});
//# sourceMappingURL=seccomp-profile-baseline.js.map