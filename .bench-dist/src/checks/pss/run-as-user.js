import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.run-as-user',
    control: 'runAsUser',
    title: "Container runs as UID 0",
    severity: 'high',
    rationale: "runAsUser: 0 runs the container as root explicitly, whatever the image says, and defeats runAsNonRoot (the kubelet refuses to start it, or it runs as root where runAsNonRoot is unset). The restricted standard forbids UID 0 on the pod and on every container.",
    remediation: "```yaml\nsecurityContext:\n  runAsUser: 10001\n  runAsNonRoot: true\n```",
    references: {
        "cis": [
            "policies.root-containers"
        ],
        "nsa": ["pod-security.enforcement", "pod-security.non-root"],
        "mitre": [
            "T1611"
        ],
        "kcsa": [
            "security-fundamentals"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
        ]
    },
});
//# sourceMappingURL=run-as-user.js.map