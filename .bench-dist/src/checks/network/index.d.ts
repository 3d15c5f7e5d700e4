import type { Check } from '../check.js';
export declare const NETWORK_CHECKS: readonly Check[];
