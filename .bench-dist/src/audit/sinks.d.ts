import type { Alert } from './alert.js';
/** Where alerts go: stdout, a file, an HTTP endpoint. */
export interface AlertSink {
    readonly name: string;
    send(alert: Alert): void;
    /** Resolves when everything sent so far is delivered (or given up on). */
    flush(deadlineMs: number): Promise<void>;
    /** Alerts given up on (retry queue full, retries exhausted). */
    readonly dropped: number;
    /** Alerts waiting for a retry. */
    readonly pending: number;
}
/** JSON lines on a stream (stdout). */
export declare class StreamSink implements AlertSink {
    readonly name: string;
    private readonly out;
    readonly dropped = 0;
    readonly pending = 0;
    constructor(name: string, out: {
        write(s: string): unknown;
    });
    send(alert: Alert): void;
    flush(): Promise<void>;
}
/** JSON lines appended to a file. */
export declare class FileSink implements AlertSink {
    readonly name: string;
    readonly dropped = 0;
    private readonly stream;
    private error;
    constructor(path: string);
    get pending(): number;
    send(alert: Alert): void;
    flush(deadlineMs: number): Promise<void>;
}
export interface HttpSinkOptions {
    readonly url: string;
    /** Alerts waiting for delivery at most; beyond it the oldest are dropped (default 10,000). */
    readonly maxQueue?: number;
    /** Attempts per alert before it is dropped (default 6). */
    readonly maxAttempts?: number;
    /** First retry delay, doubled each time up to 30 s (default 500 ms). */
    readonly backoffMs?: number;
    readonly timeoutMs?: number;
    /** Extra CA for an https URL with a private certificate. */
    readonly ca?: string | Buffer;
    readonly headers?: Readonly<Record<string, string>>;
}
/**
 * POSTs each alert as JSON to a URL, one request at a time. A failure (connection error, timeout,
 * 429 or 5xx) puts the alert back with exponential backoff; the retry queue is bounded and drops
 * the oldest alert when full, so a dead endpoint cannot exhaust memory.
 */
export declare class HttpSink implements AlertSink {
    private readonly opts;
    readonly name: string;
    dropped: number;
    delivered: number;
    failures: number;
    private readonly queue;
    private sending;
    private timer;
    private readonly target;
    private waiters;
    constructor(opts: HttpSinkOptions);
    get pending(): number;
    send(alert: Alert): void;
    private pump;
    /** The response status, 0 for a connection error or timeout. */
    private post;
    flush(deadlineMs: number): Promise<void>;
}
