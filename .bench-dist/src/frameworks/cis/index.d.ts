export * from './types.js';
export { CIS_RECOMMENDATIONS, type CisKey } from './recommendations.js';
import { type CisKey } from './recommendations.js';
import type { CisVersion } from './types.js';
/** The recommendation's number in a benchmark version, or undefined where that version lacks it. */
export declare function cisId(key: CisKey, version: CisVersion): string | undefined;
