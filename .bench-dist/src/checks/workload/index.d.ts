import type { Check } from '../check.js';
/**
 * Every check in this folder, in id order (index.test.ts keeps this list and the files in step).
 * Controls the Pod Security Standards define (privileged, host namespaces, hostPath, capabilities,
 * privilege escalation, running as root, seccomp...) are checks in ../pss/, so each problem is
 * reported once, with Kubernetes' own semantics.
 */
export declare const WORKLOAD_CHECKS: readonly Check[];
