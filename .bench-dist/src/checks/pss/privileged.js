import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.privileged',
    control: 'privileged',
    title: "Privileged container",
    severity: 'critical',
    rationale: "A privileged container runs with every Linux capability and all host devices, without seccomp or AppArmor confinement. Anyone who controls it can mount the host disk or load kernel modules: a container escape is one command away. The baseline Pod Security Standard forbids it.",
    remediation: "Remove `privileged: true`; grant only the specific capabilities the process needs:\n\n```yaml\nsecurityContext:\n  privileged: false\n  capabilities:\n    drop: [\"ALL\"]\n```",
    references: {
        "cis": [
            "policies.privileged-containers"
        ],
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1611"
        ],
        "microsoft": ["MS-TA9018"],
        "kcsa": [
            "security-fundamentals",
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        ]
    },
});
//# sourceMappingURL=privileged.js.map