import type { DefineCommand } from './command.js';
export declare const defineChecks: DefineCommand;
