import type { Check } from '../check.js';
import privileged from './privileged.js';

export const WORKLOAD_CHECKS: readonly Check[] = [privileged];
