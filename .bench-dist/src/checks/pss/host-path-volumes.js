import { pssCheck } from './pss-check.js';
import { hostPathVolumesRefinement } from './refinements.js';
import { option } from '../options.js';
import { SENSITIVE_HOST_PATHS } from '../../analysis/host-paths.js';
import { SEVERITIES } from '../../findings/finding.js';
export default pssCheck({
    id: 'pss.host-path-volumes',
    control: 'hostPathVolumes',
    title: "Pod mounts a directory or file of the node (hostPath)",
    severity: 'medium',
    rationale: "A hostPath volume puts part of the node's filesystem inside the container, outside the isolation the container otherwise gets. The container runtime socket hands over every container on the node; /etc, /var/lib/kubelet or /root hold credentials; writable host paths let an attacker plant files the node will run. Even a read-only mount leaks what it exposes, and does not protect a socket at all. Severity rises with what the path exposes.",
    remediation: "Replace the hostPath with a volume type made for the job (emptyDir, configMap, secret, a PersistentVolumeClaim). When a node agent truly needs host files, mount the narrowest path, read-only:\n\n```yaml\nvolumes:\n- name: varlog\n  hostPath:\n    path: /var/log/pods\n    type: Directory\ncontainers:\n- name: agent\n  volumeMounts:\n  - name: varlog\n    mountPath: /var/log/pods\n    readOnly: true\n```",
    references: {
        "cis": [
            "policies.host-path-volumes"
        ],
        "nsa": ["pod-security.enforcement"],
        "mitre": [
            "T1611",
            "T1552.001"
        ],
        "microsoft": ["MS-TA9013"],
        "kcsa": [
            "security-fundamentals",
            "threat-model"
        ],
        "docs": [
            "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        ]
    },
    options: {
        sensitiveHostPaths: option.table(SENSITIVE_HOST_PATHS, 'Host paths more dangerous to mount than the default severity says: a hostPath at, under or containing one takes its severity and description. `socket: true` marks a container runtime socket, which read-only mounts do not protect.', {
            type: 'object',
            required: ['path', 'severity', 'what'],
            additionalProperties: false,
            properties: { path: { type: 'string' }, severity: { enum: [...SEVERITIES] }, what: { type: 'string' }, socket: { type: 'boolean' } },
        }),
    },
    refine: hostPathVolumesRefinement,
});
//# sourceMappingURL=host-path-volumes.js.map