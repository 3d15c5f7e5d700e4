import { type Check, type CheckMeta } from '../check.js';
import type { OptionSpecs, OptionValues } from '../options.js';
import type { ScanConfig } from '../../config.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import type { Severity } from '../../findings/finding.js';
import { type NamespacePolicy, type PssViolation } from '../../analysis/pss/index.js';
interface TemplateVerdict {
    readonly view: PodSpecView;
    /** The namespace's policy: whether Kubernetes would admit, warn about or audit the template today. */
    readonly policy: NamespacePolicy;
    readonly version: string;
    readonly violations: ReadonlyMap<string, PssViolation>;
}
/**
 * Every pod template against every Pod Security control, whatever its namespace enforces: baseline
 * controls from a baseline evaluation, restricted ones from a restricted evaluation (restricted
 * replaces some baseline controls, which must still be reported on their own). The version is the
 * namespace's enforce-version unless the user forces one. Run through inventory.analysis().
 */
export declare function pssVerdicts(inventory: Inventory, config: ScanConfig): readonly TemplateVerdict[];
export interface PssCheckSpec<O extends OptionSpecs> extends Omit<CheckMeta<O>, 'category' | 'area'> {
    /** Kubernetes' check id, e.g. `privileged`, `capabilities_restricted`. */
    readonly control: string;
    /**
     * Per-finding refinements: a worse severity, words that explain the specific values, or 'skip'
     * when another control already reports the same thing.
     */
    readonly refine?: (violation: PssViolation, view: PodSpecView, options: OptionValues<O>) => Refinement | 'skip';
}
export interface Refinement {
    readonly severity?: Severity;
    readonly explanation?: string;
    readonly evidence?: Record<string, unknown>;
}
/**
 * A check that reports one Pod Security Standards control, worded as Kubernetes' admission
 * message, with whether the namespace would admit the pod today.
 */
export declare function pssCheck<O extends OptionSpecs = Record<never, never>>(spec: PssCheckSpec<O>): Check<O>;
export {};
