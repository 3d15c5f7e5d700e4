import type { Check } from '../check.js';
/** One check per Pod Security Standards control, in id order. */
export declare const PSS_CHECKS: readonly Check[];
