import type { CheckDefinition } from '../check.js';
/** The safe sysctls per policy version, for documentation and tests. */
export declare const SAFE_SYSCTLS: ReadonlyMap<number, readonly string[]>;
export declare const sysctls: CheckDefinition;
