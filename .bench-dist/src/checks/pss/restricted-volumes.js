import { pssCheck } from './pss-check.js';
import { restrictedVolumesRefinement } from './refinements.js';
export default pssCheck({
    id: 'pss.restricted-volumes',
    control: 'restrictedVolumes',
    title: "Volume type outside the restricted set",
    severity: 'medium',
    rationale: "The restricted standard allows only volume types that cannot reach outside the pod's own storage: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret. Others (nfs, iscsi, rbd, cephfs, gitRepo...) mount remote or node storage directly, skip the storage admin's PersistentVolume controls, and gitRepo has run host commands (CVE-2024-10220). hostPath is reported by pss.host-path-volumes.",
    remediation: "Use a PersistentVolumeClaim for remote storage, and an emptyDir plus an init container instead of gitRepo:\n\n```yaml\nvolumes:\n- name: data\n  persistentVolumeClaim:\n    claimName: data\n```",
    references: {
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1611"
        ],
        "kcsa": [
            "platform-security"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
        ]
    },
    refine: restrictedVolumesRefinement,
});
//# sourceMappingURL=restricted-volumes.js.map