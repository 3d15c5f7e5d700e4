import type { Check } from '../check.js';
export declare const SECRETS_CHECKS: readonly Check[];
