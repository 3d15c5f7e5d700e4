import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.sysctls',
    control: 'sysctls',
    title: "Unsafe sysctl",
    severity: 'high',
    rationale: "Sysctls tune the kernel. Only a small set is namespaced and safe to set per pod (ip_local_port_range, ping_group_range, tcp_syncookies, a few more in later versions); anything else changes the node's kernel for every pod on it, or opens resource exhaustion. The baseline standard allows only the safe set.",
    remediation: "Remove unsafe sysctls from the pod; tune the node instead if it truly needs them:\n\n```yaml\nsecurityContext:\n  sysctls:\n  - name: net.ipv4.ip_local_port_range\n    value: \"1024 65535\"\n```",
    references: {
        "nsa": ["pod-security.enforcement", "pod-security.hardening-container-environments"],
        "mitre": [
            "T1611"
        ],
        "kcsa": [
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
        ]
    },
});
//# sourceMappingURL=sysctls.js.map