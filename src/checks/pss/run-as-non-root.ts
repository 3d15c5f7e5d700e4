import { pssCheck } from './pss-check.js';
import { runAsNonRootRefinement } from './refinements.js';

export default pssCheck({
  id: 'pss.run-as-non-root',
  control: 'runAsNonRoot',
  title: "Container may run as root",
  severity: 'high',
  rationale:
    "A container runs as the user its image says, and most images say root. Root in a container is root on the host as far as the kernel is concerned (without user namespaces): any kernel bug, writable host mount or runtime flaw that lets it out hands it root on the node. runAsNonRoot: true makes the kubelet refuse to start a container whose user is root. The restricted standard requires it on the pod or on every container.",
  remediation: "```yaml\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n```",
  refine: runAsNonRootRefinement,
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
