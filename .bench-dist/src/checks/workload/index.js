import defaultServiceAccount from './default-service-account.js';
import lowUidGid from './low-uid-gid.js';
import netRawNotDropped from './net-raw-not-dropped.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import resourceLimits from './resource-limits.js';
import resourceRequests from './resource-requests.js';
import sensitiveNotIsolated from './sensitive-not-isolated.js';
import serviceAccountTokenAutomount from './service-account-token-automount.js';
import toleratesSensitiveNodes from './tolerates-sensitive-nodes.js';
/**
 * Every check in this folder, in id order (index.test.ts keeps this list and the files in step).
 * Controls the Pod Security Standards define (privileged, host namespaces, hostPath, capabilities,
 * privilege escalation, running as root, seccomp...) are checks in ../pss/, so each problem is
 * reported once, with Kubernetes' own semantics.
 */
export const WORKLOAD_CHECKS = [
    defaultServiceAccount,
    lowUidGid,
    netRawNotDropped,
    readOnlyRootFilesystem,
    resourceLimits,
    resourceRequests,
    sensitiveNotIsolated,
    serviceAccountTokenAutomount,
    toleratesSensitiveNodes,
];
//# sourceMappingURL=index.js.map