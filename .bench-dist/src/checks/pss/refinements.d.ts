import type { PodSpecView } from '../../inventory/pod-spec.js';
import type { PssViolation } from '../../analysis/pss/index.js';
import { type SensitiveHostPath } from '../../analysis/host-paths.js';
import type { DangerousCapability } from '../../analysis/capabilities.js';
import type { Refinement } from './pss-check.js';
/** hostPath: the severity and words of the most dangerous path (runtime sockets, /, /etc...), and who mounts it how. */
export declare function hostPathVolumesRefinement(violation: PssViolation, view: PodSpecView, options: {
    readonly sensitiveHostPaths: readonly SensitiveHostPath[];
}): Refinement;
/** Added capabilities: critical for SYS_ADMIN and ALL, with what each one lets an attacker do. */
export declare function capabilitiesBaselineRefinement(violation: PssViolation, view: PodSpecView, options: {
    readonly dangerousCapabilities: Readonly<Record<string, DangerousCapability>>;
}): Refinement;
/** hostPath volumes are pss.host-path-volumes' to report; only other restricted types are news here. */
export declare function restrictedVolumesRefinement(violation: PssViolation, view: PodSpecView): Refinement | 'skip';
