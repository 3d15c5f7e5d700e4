import { type CisKey, type CisVersion } from './cis/index.js';
import type { KcsaDomain } from './kcsa.js';
import type { MitreId, MsThreatId } from './mitre.js';
import type { NsaKey } from './nsa.js';
/**
 * What a check or an audit rule points at in the frameworks catalogue, by typed key: a typo is a
 * compile error, and a meta-test rejects keys the catalogue does not know.
 */
export interface References {
    /** CIS Kubernetes Benchmark recommendations, by key (their numbers differ between benchmark versions). */
    readonly cis?: readonly CisKey[];
    /** NSA-CISA Kubernetes Hardening Guide v1.2 sections. */
    readonly nsa?: readonly NsaKey[];
    /** MITRE ATT&CK techniques the problem enables, e.g. "T1611" (Escape to Host). */
    readonly mitre?: readonly MitreId[];
    /** Microsoft's Threat Matrix for Kubernetes, e.g. "MS-TA9018" (Privileged container). */
    readonly microsoft?: readonly MsThreatId[];
    readonly kcsa?: readonly KcsaDomain[];
    /** Links to Kubernetes documentation. */
    readonly docs?: readonly string[];
}
/** References as output carries them: CIS as the numbers of one benchmark version. */
export interface ResolvedReferences {
    readonly cis?: readonly string[];
    readonly nsa?: readonly string[];
    readonly mitre?: readonly string[];
    readonly microsoft?: readonly string[];
    readonly kcsa?: readonly string[];
    readonly docs?: readonly string[];
}
export interface ResolveOptions {
    readonly cisVersion: CisVersion;
}
export declare const DEFAULT_RESOLVE: ResolveOptions;
/**
 * Typed references → what a user reads: CIS keys become that benchmark version's numbers (a
 * recommendation the version lacks is left out); the other frameworks' keys are their ids.
 */
export declare function resolveReferences(refs: References, { cisVersion }?: ResolveOptions): ResolvedReferences;
