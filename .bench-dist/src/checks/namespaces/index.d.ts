import type { Check } from '../check.js';
export declare const NAMESPACES_CHECKS: readonly Check[];
