import type { Diagnostic } from '../inventory/diagnostics.js';
import { type AuditEvent, type EventOrigin } from './event.js';
/** Receives what a reader finds, in input order. */
export interface EventHandler {
    event(event: AuditEvent, origin: EventOrigin): void;
    diagnostic(d: Diagnostic): void;
}
/** What a read saw: the malformed count includes every bad line, however many are listed. */
export interface ReadStats {
    files: number;
    lines: number;
    events: number;
    malformed: number;
}
export declare function emptyStats(): ReadStats;
export interface ReadOptions {
    /** Standard input, for the path `-`. */
    readonly stdin?: () => NodeJS.ReadableStream | Buffer;
    /** Lines longer than this are skipped with a diagnostic (default 64 MiB: RequestResponse events of large lists are big). */
    readonly maxLineBytes?: number;
    /** Called between chunks; a reader stops early when it returns true. */
    readonly stopped?: () => boolean;
}
export declare const DEFAULT_MAX_LINE_BYTES: number;
/**
 * Turns the text of JSON values into audit events: one Event, an `EventList` (as the webhook
 * backend sends and `kubectl get --raw` prints) or a JSON array of events. Whatever is not an
 * event is counted and reported with its file and line; the caller goes on with the next value.
 */
export declare class EventDecoder {
    private readonly handler;
    readonly stats: ReadStats;
    constructor(handler: EventHandler, stats: ReadStats);
    /** One line of a JSON-lines log. */
    line(text: string, file: string, line: number): void;
    /** A parsed value: an Event, an EventList or an array of events. */
    value(value: unknown, file: string, line: number, itemLines?: readonly number[]): void;
    private item;
    malformed(file: string, line: number | undefined, code: Diagnostic['code'], message: string): void;
}
/**
 * Cuts bytes into lines, pushed chunk by chunk. Lines are cut on bytes, so a multi-byte character
 * split between chunks is decoded whole, and a long line costs one copy (its chunks are joined
 * once, never re-scanned). Lines over `maxLineBytes` are reported through `onOverlong` and skipped.
 */
export declare class LineSplitter {
    private readonly onLine;
    private readonly opts;
    private pending;
    private pendingBytes;
    private skipping;
    /** Lines seen so far (1-based number of the last one). */
    line: number;
    private readonly max;
    constructor(onLine: (text: string, line: number) => void, opts?: {
        maxLineBytes?: number;
        onOverlong?: (line: number, bytes: number) => void;
    });
    push(chunk: Buffer): void;
    /** The last line, when the input does not end with a newline. */
    end(): void;
}
/**
 * Calls `onLine` for every line of a byte stream, in order, with its 1-based number. Rejects
 * with the stream's error, after every complete line before it was delivered.
 */
export declare function forEachLine(stream: AsyncIterable<Buffer | string>, onLine: (text: string, line: number) => void, opts?: {
    maxLineBytes?: number;
    onOverlong?: (line: number, bytes: number) => void;
    stopped?: () => boolean;
}): Promise<{
    lines: number;
}>;
/** Files under the given paths: a directory is read recursively, sorted (rotated `audit-<time>.log` files sort before `audit.log`). */
export declare function expandPaths(paths: readonly string[], diagnostic: (d: Diagnostic) => void): string[];
/**
 * Reads one input: JSON lines (the log backend's format; gzip-compressed or not) or one JSON
 * document spread over several lines (an `EventList` or an array, as `kubectl get --raw` or a
 * saved webhook batch looks). Decides on the first line: a first line that is not JSON by itself
 * but opens an object or array starts a document.
 */
export declare function readStream(input: NodeJS.ReadableStream | AsyncIterable<Buffer>, file: string, decoder: EventDecoder, opts?: ReadOptions): Promise<void>;
/** Opens a file for reading, through gunzip when it starts with the gzip magic bytes. */
export declare function openLog(path: string): Promise<NodeJS.ReadableStream>;
/**
 * Reads audit events from files, directories (recursively) and stdin (`-`), in order, calling the
 * handler for each event and each problem. Never throws for bad input.
 */
export declare function readAuditSources(paths: readonly string[], handler: EventHandler, opts?: ReadOptions): Promise<ReadStats>;
