import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.host-ports',
    control: 'hostPorts',
    title: "Container binds a port on the node (hostPort)",
    severity: 'medium',
    rationale: "A hostPort publishes the container directly on the node's IP address, bypassing Services and, on many network plugins, NetworkPolicy. It also pins the pod to nodes where that port is free and exposes it to whatever can reach the node.",
    remediation: "Remove `hostPort` and expose the container through a Service:\n\n```yaml\nports:\n- containerPort: 8080\n```",
    references: {
        "cis": [
            "policies.host-ports"
        ],
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1133"
        ],
        "kcsa": [
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        ]
    },
});
//# sourceMappingURL=host-ports.js.map