import { pssCheck } from './pss-check.js';
export default pssCheck({
    id: 'pss.app-armor-profile',
    control: 'appArmorProfile',
    title: "AppArmor disabled or set to a non-default profile type",
    severity: 'high',
    rationale: "AppArmor confines what a containerised process may touch on the node (files, mounts, raw sockets). The runtime's default profile blocks common escape paths; setting it to `unconfined` removes that net. The baseline standard allows only the runtime default or a profile loaded on the node (Localhost).",
    remediation: "Use the runtime default profile (or a Localhost profile):\n\n```yaml\nsecurityContext:\n  appArmorProfile:\n    type: RuntimeDefault\n```",
    references: {
        "nsa": ["pod-security.enforcement", "pod-security.hardening-container-environments"],
        "mitre": [
            "T1611",
            "T1562.001"
        ],
        "kcsa": [
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/tutorials/security/apparmor/"
        ]
    },
});
//# sourceMappingURL=app-armor-profile.js.map