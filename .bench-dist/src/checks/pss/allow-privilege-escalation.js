import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.allow-privilege-escalation',
    control: 'allowPrivilegeEscalation',
    title: "Privilege escalation allowed",
    severity: 'high',
    rationale: "allowPrivilegeEscalation controls the no_new_privs flag: while it is true (the default), a setuid binary or file capability inside the container can raise the process's privileges, often to root. The restricted standard requires every container to set it to false explicitly.",
    remediation: "```yaml\nsecurityContext:\n  allowPrivilegeEscalation: false\n```",
    references: {
        "cis": [
            "policies.allow-privilege-escalation"
        ],
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1548.001"
        ],
        "kcsa": [
            "security-fundamentals"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
        ]
    },
});
//# sourceMappingURL=allow-privilege-escalation.js.map