import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
/**
 * The base every Rampart server shares (the audit receiver, the admission webhook): HTTPS from
 * certificate files reloaded when they change, bounded request bodies, timeouts for slow clients,
 * `/healthz`, `/readyz`, Prometheus `/metrics`, and a graceful shutdown that stops accepting,
 * finishes what was accepted, and then lets the handler drain its own work.
 */
export interface TlsFiles {
    readonly certFile: string;
    readonly keyFile: string;
    /** Require and verify client certificates signed by this CA. */
    readonly clientCaFile?: string;
}
export interface ServerOptions {
    readonly address?: string;
    readonly port: number;
    /** Absent only for plain HTTP on loopback (tests, local use): the CLI asks for it explicitly. */
    readonly tls?: TlsFiles;
    /** How often to look at the certificate files for a change (default 10 s). */
    readonly tlsReloadMs?: number;
    /** Larger bodies get 413 and are not read (default 32 MiB). */
    readonly maxBodyBytes?: number;
    /** Whole request, headers and body, or 408 (default 30 s). */
    readonly requestTimeoutMs?: number;
    readonly headersTimeoutMs?: number;
    readonly keepAliveTimeoutMs?: number;
    readonly log?: (message: string) => void;
}
export interface Request {
    readonly method: string;
    readonly path: string;
    readonly headers: http.IncomingHttpHeaders;
    readonly body: Buffer;
}
export interface Response {
    readonly status: number;
    readonly body?: string;
    readonly headers?: Readonly<Record<string, string>>;
}
/** A handler for one route; throwing is a 500, never a crash. */
export type Handler = (req: Request) => Response | Promise<Response>;
export declare class HttpError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
}
export declare class RampartServer {
    readonly opts: ServerOptions;
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    private readonly routes;
    private server;
    private readonly sockets;
    private draining;
    private readyCheck;
    private readonly requests;
    private readonly duration;
    private readonly tlsReloads;
    private inFlight;
    private idleWaiters;
    constructor(opts: ServerOptions);
    /** Adds a route: `POST /audit`. */
    route(method: string, path: string, handler: Handler): this;
    /** What /readyz reports besides "not shutting down" (a full queue, a missing rule set...). */
    ready(check: () => boolean): this;
    get isDraining(): boolean;
    private log;
    private tlsOptions;
    /** Re-reads the certificate files; a broken pair is logged and the old one kept. */
    reloadTls(): boolean;
    /** Starts listening; resolves with the bound address (port 0 picks a free one). */
    start(): Promise<AddressInfo>;
    private handle;
    private builtin;
    /** The body, or undefined when it was refused (too large, aborted). */
    private readBody;
    private send;
    /**
     * Graceful shutdown: /readyz turns 503 and new requests are refused, idle connections close,
     * requests in flight finish (up to `graceMs`), then `drain` runs (the handler's queue), then
     * every connection left is closed.
     */
    shutdown(drain?: () => Promise<void>, graceMs?: number): Promise<void>;
}
