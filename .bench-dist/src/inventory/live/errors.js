import { InputError } from '../diagnostics.js';
/**
 * The cluster cannot be read at all: no kubeconfig, a dead server, an untrusted certificate, rejected
 * credentials. The CLI prints it as one line naming the server and the cause, and exits 2.
 */
export class ClusterError extends InputError {
    constructor(message) {
        super(message);
        this.name = 'ClusterError';
    }
}
/** An HTTP answer other than 2xx, after retries; the caller decides whether it is a coverage gap. */
export class HttpStatusError extends Error {
    url;
    status;
    detail;
    reason;
    constructor(url, status, 
    /** The Kubernetes Status message, or the status text. */
    detail, 
    /** The Status `reason` (Forbidden, Expired, NotFound...). */
    reason) {
        super(`${url}: ${status}${reason ? ` ${reason}` : ''}: ${detail}`);
        this.url = url;
        this.status = status;
        this.detail = detail;
        this.reason = reason;
        this.name = 'HttpStatusError';
    }
}
/** The request did not complete (timeout, connection reset) even after retries. */
export class TransportError extends Error {
    url;
    reason;
    constructor(url, reason) {
        super(`${url}: ${reason}`);
        this.url = url;
        this.reason = reason;
        this.name = 'TransportError';
    }
}
const TLS_CODES = {
    SELF_SIGNED_CERT_IN_CHAIN: 'its certificate is signed by a CA the kubeconfig does not trust (self-signed certificate in chain)',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted by the kubeconfig',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate is signed by a CA the kubeconfig does not trust',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is signed by a CA the kubeconfig does not trust',
    CERT_HAS_EXPIRED: 'its certificate has expired',
    CERT_NOT_YET_VALID: 'its certificate is not valid yet',
    ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate does not name this address',
    CERT_SIGNATURE_FAILURE: 'its certificate signature is invalid',
};
const NET_CODES = {
    ECONNREFUSED: 'connection refused (is the API server running, and is this the right address?)',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ECONNRESET: 'connection reset by the server',
    EPROTO: 'TLS handshake failed (is this an HTTPS port?)',
};
/** A one-line cause for a failed connection, or undefined when the error is not about the connection. */
export function connectionCause(e) {
    const err = e;
    const code = err?.code ?? '';
    if (code in TLS_CODES)
        return { cause: `the server's TLS certificate is not trusted: ${TLS_CODES[code]}`, tls: true };
    if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /certificate|SSL routines/i.test(err?.message ?? '')) {
        return { cause: `TLS failed: ${(err.reason ?? err.message ?? code).split('\n')[0]}`, tls: true };
    }
    if (code in NET_CODES)
        return { cause: NET_CODES[code], tls: false };
    return undefined;
}
//# sourceMappingURL=errors.js.map