import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.host-probes-and-host-lifecycle',
    control: 'hostProbesAndHostLifecycle',
    title: "Probe or lifecycle hook targets another host",
    severity: 'medium',
    rationale: "The `host` field of an httpGet or tcpSocket probe or lifecycle hook makes the kubelet, on the node, connect to any address it is given: a server-side request forgery that reaches node-local services and the cloud metadata endpoint with the kubelet's network position. The baseline standard forbids it from v1.34.",
    remediation: "Remove `host` so the kubelet probes the pod's own IP:\n\n```yaml\nlivenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n```",
    references: {
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1090"
        ],
        "kcsa": [
            "threat-model"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        ]
    },
});
//# sourceMappingURL=host-probes-and-host-lifecycle.js.map