import type { Check } from '../check.js';

export const IMAGES_CHECKS: readonly Check[] = [];
