import { pssCheck } from './pss-check.js';
import { capabilitiesBaselineRefinement } from './refinements.js';
import { option } from '../options.js';
import { DANGEROUS_CAPABILITIES } from '../../analysis/capabilities.js';
import { SEVERITIES } from '../../findings/finding.js';
export default pssCheck({
    id: 'pss.capabilities-baseline',
    control: 'capabilities_baseline',
    title: "Container adds capabilities beyond the default set",
    severity: 'high',
    rationale: "Linux splits root's power into capabilities, and a container gets only a small default set. Adding others (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE...) hands the container powers that break isolation: mounting filesystems, reconfiguring the network, tracing other processes, loading kernel modules. The baseline standard allows adding only the runtime's defaults (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT).",
    remediation: "Remove the added capabilities; drop everything and add back only what the process needs:\n\n```yaml\nsecurityContext:\n  capabilities:\n    drop: [\"ALL\"]\n    add: [\"NET_BIND_SERVICE\"]\n```",
    references: {
        "cis": [
            "policies.added-capabilities"
        ],
        "nsa": ["pod-security.enforcement", "pod-security.hardening-container-environments"],
        "mitre": [
            "T1611"
        ],
        "kcsa": [
            "security-fundamentals",
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"
        ]
    },
    options: {
        dangerousCapabilities: option.map(DANGEROUS_CAPABILITIES, 'Added capabilities that raise the finding\'s severity, by name without the CAP_ prefix, with what each lets an attacker do (shown in the message).', { type: 'object', required: ['severity', 'risk'], additionalProperties: false, properties: { severity: { enum: [...SEVERITIES] }, risk: { type: 'string' } } }),
    },
    refine: capabilitiesBaselineRefinement,
});
//# sourceMappingURL=capabilities-baseline.js.map