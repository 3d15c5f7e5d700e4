import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.windows-host-process',
    control: 'windowsHostProcess',
    title: "Windows HostProcess container",
    severity: 'critical',
    rationale: "A Windows HostProcess container runs directly on the node as a host process, with the node's network and filesystem: the Windows equivalent of a privileged container. The baseline standard forbids it.",
    remediation: "Remove `hostProcess: true`:\n\n```yaml\nsecurityContext:\n  windowsOptions:\n    hostProcess: false\n```",
    references: {
        "cis": [
            "policies.windows-host-process"
        ],
        "nsa": ["pod-security.enforcement"],
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
//# sourceMappingURL=windows-host-process.js.map