import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.se-linux-options',
    control: 'seLinuxOptions',
    title: "Custom SELinux type, user or role",
    severity: 'high',
    rationale: "SELinux labels decide what a container process may access on an SELinux-enforcing node. Choosing a custom type (such as spc_t, a super-privileged container) or setting the user or role can lift the confinement entirely. The baseline standard allows only the container types (container_t, container_init_t, container_kvm_t, and container_engine_t from v1.31).",
    remediation: "Remove the custom SELinux settings, or keep only the level:\n\n```yaml\nsecurityContext:\n  seLinuxOptions:\n    level: \"s0:c123,c456\"\n```",
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
//# sourceMappingURL=se-linux-options.js.map