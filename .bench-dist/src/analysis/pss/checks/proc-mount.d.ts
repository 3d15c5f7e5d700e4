import type { CheckDefinition } from '../check.js';
export declare const procMount: CheckDefinition;
export declare const procMountRestricted: CheckDefinition;
