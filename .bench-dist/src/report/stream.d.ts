/**
 * Reporters produce their output as a sequence of text chunks (a generator), never as one string:
 * a million findings make gigabytes of JSON, past V8's largest string. `writeChunks` writes such a
 * sequence to a stream with back-pressure and stops quietly when the reader goes away (`| head`).
 */
/** Text produced piece by piece; join it only when it is known to be small (tests, the library). */
export type Chunks = Iterable<string>;
/** An array whose items are produced on demand when the document is written. */
export declare class Streamed<T = unknown> {
    readonly items: Iterable<T>;
    constructor(items: Iterable<T>);
}
/** Marks an array to be serialized item by item (see `jsonChunks`, `yamlChunks`). */
export declare function streamed<T>(items: Iterable<T>): Streamed<T>;
/** Joins chunks into one string: for small outputs only. */
export declare function collect(chunks: Chunks): string;
/**
 * `JSON.stringify(value, null, 2)`, byte for byte, except that `Streamed` arrays are written one
 * item at a time. Only the skeleton around streamed arrays is walked here; everything else goes
 * through `JSON.stringify`.
 */
export declare function jsonChunks(value: unknown, indent?: string): Generator<string>;
/** An output stream as the CLI sees it: a Node.js Writable, or a test's buffer. */
export interface OutputStream {
    write(chunk: string, callback?: (error?: Error | null) => void): unknown;
}
/** The reader closed its end (EPIPE): the run ends quietly, as Unix tools do. */
export declare function isClosedPipe(error: unknown): boolean;
/** A write failed for a reason other than the reader going away (a full disk, say). */
export declare class OutputError extends Error {
    constructor(cause: Error);
}
/**
 * Writes chunks in blocks of about 64 KiB, waiting whenever the stream asks to (back-pressure).
 * Returns 'closed' when the reader went away, after which nothing more is produced or written; any
 * other write error is thrown as an `OutputError`.
 */
export declare function writeChunks(chunks: Chunks, out: OutputStream): Promise<'done' | 'closed'>;
/**
 * The same document as YAML (js-yaml: about 4x faster than the `yaml` library's stringify, which
 * matters for a million findings); `Streamed` arrays are written one item at a time.
 */
export declare function yamlChunks(value: unknown, indent?: string): Generator<string>;
