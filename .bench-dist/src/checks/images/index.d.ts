import type { Check } from '../check.js';
export declare const IMAGES_CHECKS: readonly Check[];
