import type { DefineCommand } from './command.js';
export declare const defineNetpol: DefineCommand;
