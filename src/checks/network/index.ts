import type { Check } from '../check.js';

export const NETWORK_CHECKS: readonly Check[] = [];
