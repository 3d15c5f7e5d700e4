import type { Check } from '../check.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import dangerousCapabilities from './dangerous-capabilities.js';
import hostIpc from './host-ipc.js';
import hostNetwork from './host-network.js';
import hostPath from './host-path.js';
import hostPid from './host-pid.js';
import netRawNotDropped from './net-raw-not-dropped.js';
import privileged from './privileged.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import runAsRoot from './run-as-root.js';

export const WORKLOAD_CHECKS: readonly Check[] = [
  allowPrivilegeEscalation,
  dangerousCapabilities,
  hostIpc,
  hostNetwork,
  hostPath,
  hostPid,
  netRawNotDropped,
  privileged,
  readOnlyRootFilesystem,
  runAsRoot,
];
