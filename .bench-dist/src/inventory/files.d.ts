import { type Dirent, type Stats } from 'node:fs';
import type { Diagnostic } from './diagnostics.js';
export interface LoadInput {
    /** A display name for the input: a path, or `<stdin>`. */
    readonly file: string;
    readonly content: Buffer | string;
}
/** The file system calls the walk makes; tests pass one that fails where they want it to. */
export interface FileSystem {
    stat(path: string): Stats;
    readdir(path: string): Dirent[];
    readFile(path: string): Buffer;
}
export declare const NODE_FILE_SYSTEM: FileSystem;
export interface ReadOptions {
    readonly fs?: FileSystem;
}
export interface ReadResult {
    readonly inputs: LoadInput[];
    /** Errors and warnings: unreadable paths, paths that hold nothing to read. */
    readonly diagnostics: Diagnostic[];
}
/** The display name of standard input. */
export declare const STDIN = "<stdin>";
/**
 * Expands files and directories (recursively, `.yaml`/`.yml`/`.json`, sorted for determinism)
 * into inputs. A file named explicitly is read whatever its extension, as kubectl does.
 *
 * Every real directory is walked once, identified by device and inode, so symbolic links that loop
 * (`loop/self -> ../loop`, `me -> .`) end the walk instead of hanging it; a symbolic link named on
 * the command line is followed like any path. A path that cannot be read (a permission, a broken
 * link) is one diagnostic naming it, and the walk goes on: nothing here throws on user input.
 */
export declare function readInputs(paths: readonly string[], readStdin: () => Buffer, options?: ReadOptions): ReadResult;
