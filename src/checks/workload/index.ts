import type { Check } from '../check.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import dangerousCapabilities from './dangerous-capabilities.js';
import netRawNotDropped from './net-raw-not-dropped.js';
import privileged from './privileged.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import runAsRoot from './run-as-root.js';

export const WORKLOAD_CHECKS: readonly Check[] = [allowPrivilegeEscalation, dangerousCapabilities, netRawNotDropped, privileged, readOnlyRootFilesystem, runAsRoot];
