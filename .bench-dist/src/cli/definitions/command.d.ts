import type { Command } from 'commander';
import type { CliIo } from '../io.js';
/** What a command definition needs from the program: where to write, and how to set the exit code. */
export interface CommandContext {
    readonly io: CliIo;
    setExit(code: number): void;
}
/**
 * One command's options and arguments, as data for commander. The action lazily imports the
 * command's implementation (`../commands/<name>.js`), so `--help` loads nothing heavy.
 */
export type DefineCommand = (program: Command, ctx: CommandContext) => void;
