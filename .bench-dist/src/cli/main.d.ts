import { type CliIo } from './io.js';
/** Runs the CLI and returns its exit code; errors for users become one line, never a stack. */
export declare function main(argv: readonly string[], io?: CliIo): Promise<number>;
