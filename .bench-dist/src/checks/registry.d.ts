import type { Check } from './check.js';
/** Every check Rampart runs, in id order. Each category folder lists its own in its index.ts. */
export declare const ALL_CHECKS: readonly Check[];
export declare function findCheck(id: string): Check | undefined;
