import { type EventHandler, type ReadStats } from './reader.js';
export interface FollowOptions {
    readonly signal: AbortSignal;
    /** How often to look for new bytes and for rotation (default 250 ms). */
    readonly pollMs?: number;
    /** Start at the end of the file instead of reading what it holds already. */
    readonly fromEnd?: boolean;
    readonly maxLineBytes?: number;
}
/**
 * Follows a growing log as `tail -F` does: reads new lines as they are written; when the file is
 * rotated (renamed and a new one created, as the API server's --audit-log-maxsize rotation does)
 * it finishes the old file and continues with the new one from its start; when the file is
 * truncated in place (copytruncate) it starts again at the top. Line numbers are per file.
 * Resolves when the signal aborts.
 */
export declare function followLog(path: string, handler: EventHandler, opts: FollowOptions): Promise<ReadStats>;
