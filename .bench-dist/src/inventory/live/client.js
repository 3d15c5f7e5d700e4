import { Agent, request } from 'node:https';
import { request as httpRequest, Agent as HttpAgent } from 'node:http';
import { ClusterError, connectionCause, HttpStatusError, TransportError } from './errors.js';
export const DEFAULT_CLIENT_OPTIONS = { timeoutMs: 30_000, maxAttempts: 5, backoffMs: 250, maxRetryAfterMs: 60_000, maxSockets: 4 };
/**
 * GETs JSON from the API server: credentials from the kubeconfig, keep-alive connections, a timeout
 * per request, and retries with back-off on 429 (honouring Retry-After, as client-go does) and on 5xx
 * and timeouts. Connection failures, untrusted certificates and rejected credentials are fatal and
 * become one clear ClusterError naming the server; other statuses are HttpStatusError for the caller.
 */
export class KubeClient {
    connection;
    stats = { requests: 0, retries: 0, bytes: 0 };
    agent;
    options;
    constructor(connection, options = {}) {
        this.connection = connection;
        this.options = { ...DEFAULT_CLIENT_OPTIONS, ...options };
    }
    /** GET a path below the server URL (`/api/v1/pods?limit=500`) and parse its JSON. */
    async getJson(path, accept = 'application/json') {
        const url = this.connection.server + path;
        const sleep = this.options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        for (let attempt = 1;; attempt++) {
            let wait;
            try {
                const { status, headers, body } = await this.once(url, accept);
                if (status >= 200 && status < 300) {
                    try {
                        return JSON.parse(body.toString('utf8'));
                    }
                    catch {
                        throw new HttpStatusError(url, status, 'the answer is not JSON');
                    }
                }
                const statusBody = parseStatus(body);
                if (status === 401) {
                    const who = this.connection.user ? `user "${this.connection.user}"` : 'these credentials';
                    throw new ClusterError(`${this.connection.server}: 401 Unauthorized: the API server rejected ${who} of context "${this.connection.context}" (wrong or expired token or client certificate)`);
                }
                const retriable = status === 429 || status >= 500;
                if (!retriable || attempt >= this.options.maxAttempts)
                    throw new HttpStatusError(url, status, statusBody.message ?? httpStatusText(status), statusBody.reason);
                const retryAfter = status === 429 || status === 503 ? retryAfterMs(headers['retry-after']) : undefined;
                wait = retryAfter !== undefined ? Math.min(retryAfter, this.options.maxRetryAfterMs) : this.backoff(attempt);
            }
            catch (e) {
                if (e instanceof ClusterError || e instanceof HttpStatusError)
                    throw e;
                const connection = connectionCause(e);
                if (connection && (connection.tls || e.code !== 'ECONNRESET')) {
                    throw new ClusterError(`cannot read the API server ${this.connection.server}: ${connection.cause}`);
                }
                const cause = e instanceof TimeoutError ? `no answer within ${formatMs(this.options.timeoutMs)}` : (connection?.cause ?? e.message);
                if (attempt >= this.options.maxAttempts)
                    throw new TransportError(url, cause);
                wait = this.backoff(attempt);
            }
            this.stats.retries++;
            await sleep(wait);
        }
    }
    /** Closes kept-alive connections. */
    close() {
        this.agent?.destroy();
        this.agent = undefined;
    }
    backoff(attempt) {
        const base = this.options.backoffMs * 2 ** (attempt - 1);
        return Math.min(base + Math.random() * base * 0.5, 10_000);
    }
    async once(url, accept) {
        const auth = await this.connection.auth();
        const target = new URL(url);
        const secure = target.protocol === 'https:';
        const agent = auth.proxyAgent ?? (this.agent ??= secure ? new Agent({ keepAlive: true, maxSockets: this.options.maxSockets, ...definedOnly(auth.tls) }) : new HttpAgent({ keepAlive: true, maxSockets: this.options.maxSockets }));
        this.stats.requests++;
        return new Promise((resolve, reject) => {
            const req = (secure ? request : httpRequest)(target, { method: 'GET', agent, headers: { ...auth.headers, Accept: accept, 'User-Agent': 'rampart' }, auth: auth.tls.auth ?? undefined }, (res) => {
                const chunks = [];
                res.on('data', (c) => {
                    chunks.push(c);
                    this.stats.bytes += c.length;
                });
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on('error', reject);
            });
            req.setTimeout(this.options.timeoutMs, () => req.destroy(new TimeoutError()));
            req.on('error', reject);
            req.end();
        });
    }
}
class TimeoutError extends Error {
    constructor() {
        super('timeout');
    }
}
function definedOnly(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}
function parseStatus(body) {
    try {
        const s = JSON.parse(body.toString('utf8'));
        return { message: typeof s.message === 'string' ? s.message : undefined, reason: typeof s.reason === 'string' ? s.reason : undefined };
    }
    catch {
        return {};
    }
}
/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v === undefined || v.trim() === '')
        return undefined;
    if (/^\d+$/.test(v.trim()))
        return Number(v.trim()) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function httpStatusText(status) {
    return { 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' }[status] ?? `HTTP ${status}`;
}
export function formatMs(ms) {
    return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
//# sourceMappingURL=client.js.map