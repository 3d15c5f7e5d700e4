import { createWriteStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
/** JSON lines on a stream (stdout). */
export class StreamSink {
    name;
    out;
    dropped = 0;
    pending = 0;
    constructor(name, out) {
        this.name = name;
        this.out = out;
    }
    send(alert) {
        this.out.write(JSON.stringify(alert) + '\n');
    }
    async flush() { }
}
/** JSON lines appended to a file. */
export class FileSink {
    name;
    dropped = 0;
    stream;
    error;
    constructor(path) {
        this.name = `file:${path}`;
        this.stream = createWriteStream(path, { flags: 'a' });
        this.stream.on('error', (e) => (this.error = e));
    }
    get pending() {
        return this.stream.writableLength > 0 ? 1 : 0;
    }
    send(alert) {
        if (!this.error)
            this.stream.write(JSON.stringify(alert) + '\n');
    }
    flush(deadlineMs) {
        return new Promise((resolve) => {
            const t = setTimeout(resolve, deadlineMs);
            this.stream.end(() => {
                clearTimeout(t);
                resolve();
            });
        });
    }
}
/**
 * POSTs each alert as JSON to a URL, one request at a time. A failure (connection error, timeout,
 * 429 or 5xx) puts the alert back with exponential backoff; the retry queue is bounded and drops
 * the oldest alert when full, so a dead endpoint cannot exhaust memory.
 */
export class HttpSink {
    opts;
    name;
    dropped = 0;
    delivered = 0;
    failures = 0;
    queue = [];
    sending = false;
    timer;
    target;
    waiters = [];
    constructor(opts) {
        this.opts = opts;
        this.target = new URL(opts.url);
        if (this.target.protocol !== 'http:' && this.target.protocol !== 'https:')
            throw new Error(`alert URL must be http or https: ${opts.url}`);
        this.name = `http:${this.target.origin}`;
    }
    get pending() {
        return this.queue.length + (this.sending ? 1 : 0);
    }
    send(alert) {
        if (this.queue.length >= (this.opts.maxQueue ?? 10_000)) {
            this.queue.shift();
            this.dropped++;
        }
        this.queue.push({ alert, attempts: 0, notBefore: 0 });
        this.pump();
    }
    pump() {
        if (this.sending || this.queue.length === 0) {
            if (!this.sending && this.queue.length === 0)
                for (const w of this.waiters.splice(0))
                    w();
            return;
        }
        const next = this.queue[0];
        const wait = next.notBefore - Date.now();
        if (wait > 0) {
            if (!this.timer) {
                this.timer = setTimeout(() => {
                    this.timer = undefined;
                    this.pump();
                }, wait);
                this.timer.unref();
            }
            return;
        }
        this.queue.shift();
        this.sending = true;
        void this.post(next.alert).then((status) => {
            this.sending = false;
            if (status >= 200 && status < 300)
                this.delivered++;
            else {
                this.failures++;
                next.attempts++;
                // a 4xx other than 429 will not get better by asking again
                const retryable = status === 0 || status === 429 || status >= 500;
                if (!retryable || next.attempts >= (this.opts.maxAttempts ?? 6))
                    this.dropped++;
                else {
                    next.notBefore = Date.now() + Math.min((this.opts.backoffMs ?? 500) * 2 ** (next.attempts - 1), 30_000);
                    this.queue.unshift(next);
                }
            }
            this.pump();
        });
    }
    /** The response status, 0 for a connection error or timeout. */
    post(alert) {
        const body = JSON.stringify(alert);
        const lib = this.target.protocol === 'https:' ? https : http;
        return new Promise((resolve) => {
            const req = lib.request(this.target, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'rampart-audit', ...this.opts.headers },
                timeout: this.opts.timeoutMs ?? 10_000,
                ...(this.opts.ca ? { ca: this.opts.ca } : {}),
            }, (res) => {
                res.resume();
                res.on('end', () => resolve(res.statusCode ?? 0));
                res.on('error', () => resolve(0));
            });
            req.on('timeout', () => req.destroy(new Error('timeout')));
            req.on('error', () => resolve(0));
            req.end(body);
        });
    }
    flush(deadlineMs) {
        if (this.pending === 0)
            return Promise.resolve();
        return new Promise((resolve) => {
            const t = setTimeout(resolve, deadlineMs);
            t.unref();
            this.waiters.push(() => {
                clearTimeout(t);
                resolve();
            });
        });
    }
}
//# sourceMappingURL=sinks.js.map