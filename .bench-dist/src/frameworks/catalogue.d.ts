import type { References } from './references.js';
/** One control of a framework, as reports show it. */
export interface Control {
    /** The typed key checks reference (for CIS, stable across benchmark versions). */
    readonly key: string;
    /** The framework's own id, as its users know it ("5.2.2", "T1611", "MS-TA9018"). */
    readonly id: string;
    readonly title: string;
    /** Chapter, section or tactic. */
    readonly group: string;
    /** "manual": a person assesses it; no configuration can show it. */
    readonly assessment: 'automated' | 'manual';
}
export type FrameworkId = 'cis' | 'nsa' | 'mitre' | 'microsoft' | 'kcsa' | 'rampart';
export interface Framework {
    readonly id: FrameworkId;
    readonly title: string;
    /** The version controls are shown at by default; `versions` lists every one the catalogue knows. */
    readonly version: string;
    readonly versions: readonly string[];
    readonly url: string;
    /** The framework's controls at a version (default: `version`), in the framework's order. */
    controls(version?: string): readonly Control[];
    /** The keys of this framework that a check's references name (the area, for Rampart's areas). */
    keysOf(references: References, area: string): readonly string[];
}
export declare function frameworks(): readonly Framework[];
export declare function findFramework(id: string): Framework | undefined;
