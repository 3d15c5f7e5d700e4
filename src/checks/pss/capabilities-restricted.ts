import { pssCheck } from './pss-check.js';
import { capabilitiesRestrictedRefinement } from './refinements.js';

export default pssCheck({
  id: 'pss.capabilities-restricted',
  control: 'capabilities_restricted',
  title: "Capabilities not dropped",
  severity: 'medium',
  rationale:
    "Containers start with a default set of capabilities (NET_RAW, CHOWN, SETUID, DAC_OVERRIDE...) that most applications never use and attackers do: NET_RAW for spoofing on the pod network, SETUID for changing identity. The restricted standard requires every container to drop ALL and add back at most NET_BIND_SERVICE.",
  remediation: "```yaml\nsecurityContext:\n  capabilities:\n    drop: [\"ALL\"]\n    add: [\"NET_BIND_SERVICE\"]  # only if it binds a port below 1024\n```",
  refine: capabilitiesRestrictedRefinement,
  references: {
        "cis": [
            "policies.net-raw-capability",
            "policies.capabilities-assigned"
        ],
        "nsa": ["pod-security.enforcement", "pod-security.hardening-container-environments"],
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
