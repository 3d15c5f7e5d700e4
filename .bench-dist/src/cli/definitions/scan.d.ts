import type { DefineCommand } from './command.js';
export declare const defineScan: DefineCommand;
