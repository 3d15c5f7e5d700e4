import type { Check } from './check.js';
import privileged from './workload/privileged.js';

/** Every check Rampart runs, in id order. A meta-test keeps this list, tests and docs in step. */
export const ALL_CHECKS: readonly Check[] = [privileged].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

export function findCheck(id: string): Check | undefined {
  return ALL_CHECKS.find((c) => c.meta.id === id);
}
