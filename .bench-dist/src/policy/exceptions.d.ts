import type { Finding } from '../findings/finding.js';
import type { Inventory } from '../inventory/inventory.js';
import { type PositionedYaml } from './yaml-file.js';
/** Which resources an exception covers; every field given must match (names and namespaces take globs). */
export interface ResourceSelector {
    readonly kind?: string;
    readonly namespace?: string;
    readonly name?: string;
    /** Labels the object must carry (all of them). */
    readonly labels?: Readonly<Record<string, string>>;
}
/** A waiver written in an exceptions file or the configuration's `exceptions` section. */
export interface Exception {
    /** Check ids or globs. */
    readonly checks: readonly string[];
    /** Absent: every resource. */
    readonly resources?: readonly ResourceSelector[];
    readonly justification: string;
    readonly owner: string;
    /** YYYY-MM-DD: the last day the waiver applies. */
    readonly expires?: string;
    /** Where it is written, for the report and for `exceptions.*` findings. */
    readonly source: {
        readonly file: string;
        readonly line: number;
        readonly pointer: string;
    };
}
export declare const EXCEPTION_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["checks", "justification", "owner"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly checks: {
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly type: "string";
                readonly minLength: 1;
            };
        };
        readonly resources: {
            readonly type: "array";
            readonly minItems: 1;
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly minProperties: 1;
                readonly properties: {
                    readonly kind: {
                        readonly type: "string";
                    };
                    readonly namespace: {
                        readonly type: "string";
                    };
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly labels: {
                        readonly type: "object";
                        readonly additionalProperties: {
                            readonly type: "string";
                        };
                    };
                };
            };
        };
        readonly justification: {
            readonly type: "string";
            readonly minLength: 1;
            readonly pattern: "\\S";
        };
        readonly owner: {
            readonly type: "string";
            readonly minLength: 1;
            readonly pattern: "\\S";
        };
        readonly expires: {
            readonly type: "string";
            readonly pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";
        };
    };
};
/** Reads `--exceptions <file>`: `apiVersion: rampart.dev/v1`, `kind: Exceptions`. Errors name the file and line. */
export declare function readExceptionsFile(file: string, knownCheck: (pattern: string) => boolean): Exception[];
/** The exceptions of an already validated list at `pointer` of a Rampart file. */
export declare function exceptionsAt(source: PositionedYaml, pointer: string, knownCheck: (pattern: string) => boolean): Exception[];
export declare function isExpired(e: Pick<Exception, 'expires'>, today: string): boolean;
/** Today as YYYY-MM-DD (UTC), the date expiries are compared with. */
export declare function todayUtc(now?: Date): string;
export declare function matchesSelector(selector: ResourceSelector, f: Finding, inventory: Inventory): boolean;
export declare function exceptionMatches(e: Exception, f: Finding, inventory: Inventory): boolean;
/** The annotation that waives one check on one object, when the configuration permits it. */
export declare const WAIVE_ANNOTATION_PREFIX = "rampart.dev/waive.";
/** Annotation waivers on an object: check id → reason. */
export declare function annotationWaivers(annotations: unknown): Map<string, string>;
/** One line of the report's waiver list: what each waiver matched, so nothing exempts quietly. */
export interface WaiverEntry {
    readonly kind: 'exception' | 'annotation';
    readonly checks: readonly string[];
    readonly resources?: readonly ResourceSelector[];
    readonly justification: string;
    readonly owner?: string;
    readonly expires?: string;
    /** active: applied; expired: past its date, applied to nothing; stale: matched no finding; not-permitted: an annotation the configuration does not allow. */
    readonly status: 'active' | 'expired' | 'stale' | 'not-permitted';
    readonly matched: number;
    readonly file?: string;
    readonly line?: number;
    /** For annotations: the object that carries it. */
    readonly object?: {
        readonly kind: string;
        readonly namespace?: string;
        readonly name: string;
    };
}
export interface WaiverSettings {
    readonly exceptions: readonly Exception[];
    /** Whether `rampart.dev/waive.<check-id>` annotations on objects waive findings. */
    readonly annotations: boolean;
    readonly today: string;
}
/**
 * Marks waived findings (they stay in the report, with the waiver) and lists every waiver with
 * what it matched. An expired exception waives nothing; the first matching exception wins.
 */
export declare function applyWaivers(findings: readonly Finding[], inventory: Inventory, settings: WaiverSettings): {
    findings: Finding[];
    waivers: WaiverEntry[];
};
