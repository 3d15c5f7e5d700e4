import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.seccomp-profile-restricted',
    control: 'seccompProfile_restricted',
    title: "Seccomp profile not set",
    severity: 'medium',
    rationale: "Unless the kubelet runs with --seccomp-default, a container without a seccomp profile runs Unconfined: every system call is open to it, including those used in past container escapes. The restricted standard requires RuntimeDefault or a Localhost profile, set on the pod or on every container.",
    remediation: "Set the runtime default profile on the pod, for every container:\n\n```yaml\nspec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n```",
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
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
            "https://kubernetes.io/docs/tutorials/security/seccomp/"
        ]
    },
});
//# sourceMappingURL=seccomp-profile-restricted.js.map