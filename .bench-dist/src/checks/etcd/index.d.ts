import type { Check } from '../check.js';
export declare const ETCD_CHECKS: readonly Check[];
