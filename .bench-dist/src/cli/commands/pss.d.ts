import { type InputOptions } from '../inputs.js';
import { type CliIo } from '../io.js';
export interface PssCommandOptions extends InputOptions {
    readonly level?: string;
    readonly version?: string;
    readonly output: 'table' | 'json' | 'yaml';
    readonly failOnViolation?: boolean;
}
/**
 * `rampart pss`: every pod template evaluated against the Pod Security Standards at its namespace's
 * enforce level (or a forced one), and per namespace the strictest level it could enforce today.
 */
export declare function runPss(opts: PssCommandOptions, io: CliIo, paths?: readonly string[]): Promise<number>;
