import type { Check } from '../check.js';

export const NAMESPACES_CHECKS: readonly Check[] = [];
