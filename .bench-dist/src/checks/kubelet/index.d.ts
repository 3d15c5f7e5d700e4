import type { Check } from '../check.js';
export declare const KUBELET_CHECKS: readonly Check[];
