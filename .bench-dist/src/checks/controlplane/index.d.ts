import type { Check } from '../check.js';
export declare const CONTROLPLANE_CHECKS: readonly Check[];
