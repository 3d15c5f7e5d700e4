import type { Check } from '../check.js';

export const SECRETS_CHECKS: readonly Check[] = [];
