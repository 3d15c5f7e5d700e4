import type { Check } from '../check.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import dangerousCapabilities from './dangerous-capabilities.js';
import defaultServiceAccount from './default-service-account.js';
import hostIpc from './host-ipc.js';
import hostNetwork from './host-network.js';
import hostPath from './host-path.js';
import hostPid from './host-pid.js';
import hostPort from './host-port.js';
import lowUidGid from './low-uid-gid.js';
import netRawNotDropped from './net-raw-not-dropped.js';
import privileged from './privileged.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import resourceLimits from './resource-limits.js';
import runAsRoot from './run-as-root.js';
import seccompUnconfined from './seccomp-unconfined.js';
import sensitiveNotIsolated from './sensitive-not-isolated.js';
import serviceAccountTokenAutomount from './service-account-token-automount.js';
import toleratesSensitiveNodes from './tolerates-sensitive-nodes.js';

/** Every check in this folder, in id order (index.test.ts keeps this list and the files in step). */
export const WORKLOAD_CHECKS: readonly Check[] = [
  allowPrivilegeEscalation,
  dangerousCapabilities,
  defaultServiceAccount,
  hostIpc,
  hostNetwork,
  hostPath,
  hostPid,
  hostPort,
  lowUidGid,
  netRawNotDropped,
  privileged,
  readOnlyRootFilesystem,
  resourceLimits,
  runAsRoot,
  seccompUnconfined,
  sensitiveNotIsolated,
  serviceAccountTokenAutomount,
  toleratesSensitiveNodes,
];
