import type { CheckDefinition } from '../check.js';
export declare const hostPathVolumes: CheckDefinition;
