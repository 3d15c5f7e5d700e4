import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.host-namespaces',
    control: 'hostNamespaces',
    title: "Pod shares host namespaces (hostNetwork, hostPID, hostIPC)",
    severity: 'high',
    rationale: "hostNetwork puts the pod on the node's network stack: it can bind any node port, reach services listening on the node's localhost (the kubelet, cloud metadata proxies) and sniff traffic. hostPID shows every process on the node and, with ptrace or privilege, lets the container take them over; hostIPC exposes the shared memory of every process. Each one removes a wall between the container and the node.",
    remediation: "Remove the host namespace fields (they default to false); expose ports through a Service instead of hostNetwork:\n\n```yaml\nspec:\n  hostNetwork: false\n  hostPID: false\n  hostIPC: false\n```",
    references: {
        "cis": [
            "policies.host-pid",
            "policies.host-ipc",
            "policies.host-network"
        ],
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1611",
            "T1049"
        ],
        "kcsa": [
            "security-fundamentals",
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        ]
    },
});
//# sourceMappingURL=host-namespaces.js.map