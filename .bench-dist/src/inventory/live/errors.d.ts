import { InputError } from '../diagnostics.js';
/**
 * The cluster cannot be read at all: no kubeconfig, a dead server, an untrusted certificate, rejected
 * credentials. The CLI prints it as one line naming the server and the cause, and exits 2.
 */
export declare class ClusterError extends InputError {
    constructor(message: string);
}
/** An HTTP answer other than 2xx, after retries; the caller decides whether it is a coverage gap. */
export declare class HttpStatusError extends Error {
    readonly url: string;
    readonly status: number;
    /** The Kubernetes Status message, or the status text. */
    readonly detail: string;
    /** The Status `reason` (Forbidden, Expired, NotFound...). */
    readonly reason?: string | undefined;
    constructor(url: string, status: number, 
    /** The Kubernetes Status message, or the status text. */
    detail: string, 
    /** The Status `reason` (Forbidden, Expired, NotFound...). */
    reason?: string | undefined);
}
/** The request did not complete (timeout, connection reset) even after retries. */
export declare class TransportError extends Error {
    readonly url: string;
    readonly reason: string;
    constructor(url: string, reason: string);
}
/** A one-line cause for a failed connection, or undefined when the error is not about the connection. */
export declare function connectionCause(e: unknown): {
    cause: string;
    tls: boolean;
} | undefined;
