import type { Check } from '../check.js';
/** Checks on the waivers themselves (exceptions and annotations), in id order. */
export declare const EXCEPTIONS_CHECKS: readonly Check[];
