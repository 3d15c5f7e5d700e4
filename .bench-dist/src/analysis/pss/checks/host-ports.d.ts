import type { CheckDefinition } from '../check.js';
export declare const hostPorts: CheckDefinition;
