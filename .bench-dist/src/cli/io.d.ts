/** A stream the CLI writes to: a Node.js Writable, or a test's buffer. */
export interface CliOutput {
    write(s: string, callback?: (error?: Error | null) => void): unknown;
    readonly isTTY?: boolean;
    /** The terminal's width, when it is one. */
    readonly columns?: number;
}
/** Where the CLI reads and writes: the process in production, buffers in tests. */
export interface CliIo {
    readonly stdout: CliOutput;
    readonly stderr: CliOutput;
    readStdin(): Buffer;
    /** Standard input as a stream, for inputs too large to hold (audit logs); falls back to readStdin. */
    openStdin?(): NodeJS.ReadableStream;
    readonly env: NodeJS.ProcessEnv;
    readonly cwd: string;
}
export declare function processIo(): CliIo;
/** Exit codes, documented in the README. */
export declare const EXIT: {
    readonly ok: 0;
    /** Findings at or above --fail-on. */
    readonly findings: 1;
    /** Bad usage or bad input. */
    readonly usage: 2;
    /** A bug in Rampart. */
    readonly internal: 3;
};
