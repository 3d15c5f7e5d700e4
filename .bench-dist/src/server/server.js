import { readFileSync, watchFile, unwatchFile } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createSecureContext } from 'node:tls';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
export class HttpError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
const MiB = 1024 * 1024;
export class RampartServer {
    opts;
    registry = new Registry();
    routes = new Map();
    server;
    sockets = new Set();
    draining = false;
    readyCheck = () => true;
    requests;
    duration;
    tlsReloads;
    inFlight = 0;
    idleWaiters = [];
    constructor(opts) {
        this.opts = opts;
        collectDefaultMetrics({ register: this.registry, prefix: 'rampart_' });
        this.requests = new Counter({ name: 'rampart_http_requests_total', help: 'HTTP requests by route and status code', labelNames: ['route', 'code'], registers: [this.registry] });
        this.duration = new Histogram({
            name: 'rampart_http_request_duration_seconds',
            help: 'Time from the end of the request body to the response, by route',
            labelNames: ['route'],
            buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
            registers: [this.registry],
        });
        this.tlsReloads = new Counter({ name: 'rampart_tls_reloads_total', help: 'Certificate reloads by result', labelNames: ['result'], registers: [this.registry] });
        const inFlight = () => this.inFlight;
        new Gauge({
            name: 'rampart_http_in_flight_requests',
            help: 'Requests being handled',
            registers: [this.registry],
            collect() {
                this.set(inFlight());
            },
        });
    }
    /** Adds a route: `POST /audit`. */
    route(method, path, handler) {
        this.routes.set(`${method} ${path}`, handler);
        return this;
    }
    /** What /readyz reports besides "not shutting down" (a full queue, a missing rule set...). */
    ready(check) {
        this.readyCheck = check;
        return this;
    }
    get isDraining() {
        return this.draining;
    }
    log(message) {
        this.opts.log?.(message);
    }
    tlsOptions() {
        const t = this.opts.tls;
        return {
            cert: readFileSync(t.certFile),
            key: readFileSync(t.keyFile),
            ...(t.clientCaFile ? { ca: readFileSync(t.clientCaFile), requestCert: true, rejectUnauthorized: true } : {}),
            minVersion: 'TLSv1.2',
        };
    }
    /** Re-reads the certificate files; a broken pair is logged and the old one kept. */
    reloadTls() {
        if (!this.opts.tls || !(this.server instanceof https.Server))
            return false;
        try {
            const o = this.tlsOptions();
            createSecureContext(o); // throws on a key that does not match its certificate
            this.server.setSecureContext(o);
            this.tlsReloads.inc({ result: 'ok' });
            this.log('TLS certificate reloaded');
            return true;
        }
        catch (e) {
            this.tlsReloads.inc({ result: 'error' });
            this.log(`TLS certificate not reloaded, keeping the previous one: ${e.message}`);
            return false;
        }
    }
    /** Starts listening; resolves with the bound address (port 0 picks a free one). */
    async start() {
        const handler = (req, res) => void this.handle(req, res);
        const server = this.opts.tls ? https.createServer(this.tlsOptions(), handler) : http.createServer(handler);
        server.requestTimeout = this.opts.requestTimeoutMs ?? 30_000;
        server.headersTimeout = Math.min(this.opts.headersTimeoutMs ?? 10_000, server.requestTimeout);
        server.keepAliveTimeout = this.opts.keepAliveTimeoutMs ?? 65_000;
        server.on('connection', (s) => {
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
        server.on('clientError', (err, socket) => {
            if (socket.writable)
                socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
            else
                socket.destroy();
            this.log(`client error: ${err.message}`);
        });
        server.on('tlsClientError', (err) => this.log(`TLS handshake failed: ${err.message}`));
        this.server = server;
        if (this.opts.tls) {
            const t = this.opts.tls;
            const interval = this.opts.tlsReloadMs ?? 10_000;
            for (const f of [t.certFile, t.keyFile])
                watchFile(f, { interval, persistent: false }, () => this.reloadTls());
        }
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(this.opts.port, this.opts.address ?? '0.0.0.0', () => {
                server.off('error', reject);
                resolve();
            });
        });
        return server.address();
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://x');
        const path = url.pathname;
        const method = req.method ?? 'GET';
        let route = path;
        this.inFlight++;
        try {
            const builtin = this.builtin(method, path);
            const handler = builtin ?? this.routes.get(`${method} ${path}`);
            if (!handler) {
                route = 'other';
                const allowed = [...this.routes.keys()].filter((k) => k.endsWith(` ${path}`)).map((k) => k.split(' ')[0]);
                if (allowed.length > 0)
                    return this.send(res, route, { status: 405, body: `method ${method} not allowed on ${path}\n`, headers: { allow: allowed.join(', ') } });
                return this.send(res, route, { status: 404, body: `no route ${path}\n` });
            }
            if (this.draining && !builtin)
                return this.send(res, route, { status: 503, body: 'shutting down\n', headers: { connection: 'close', 'retry-after': '1' } });
            const body = await this.readBody(req, res, route);
            if (body === undefined)
                return;
            const end = this.duration.startTimer({ route });
            let response;
            try {
                response = await handler({ method, path, headers: req.headers, body });
            }
            catch (e) {
                response = e instanceof HttpError ? { status: e.status, body: `${e.message}\n` } : { status: 500, body: 'internal error\n' };
                if (!(e instanceof HttpError))
                    this.log(`handler error on ${method} ${path}: ${e.stack ?? String(e)}`);
            }
            end();
            this.send(res, route, response);
        }
        finally {
            this.inFlight--;
            if (this.inFlight === 0)
                for (const w of this.idleWaiters.splice(0))
                    w();
        }
    }
    builtin(method, path) {
        if (method !== 'GET' && method !== 'HEAD')
            return undefined;
        if (path === '/healthz' || path === '/livez')
            return () => ({ status: 200, body: 'ok\n' });
        if (path === '/readyz')
            return () => (!this.draining && this.readyCheck() ? { status: 200, body: 'ok\n' } : { status: 503, body: this.draining ? 'shutting down\n' : 'not ready\n' });
        if (path === '/metrics')
            return async () => ({ status: 200, body: await this.registry.metrics(), headers: { 'content-type': this.registry.contentType } });
        return undefined;
    }
    /** The body, or undefined when it was refused (too large, aborted). */
    readBody(req, res, route) {
        const max = this.opts.maxBodyBytes ?? 32 * MiB;
        const declared = Number(req.headers['content-length']);
        if (Number.isFinite(declared) && declared > max) {
            this.send(res, route, { status: 413, body: `request body of ${declared} bytes is over the ${max}-byte limit\n`, headers: { connection: 'close' } });
            req.resume();
            return Promise.resolve(undefined);
        }
        return new Promise((resolve) => {
            const chunks = [];
            let size = 0;
            let done = false;
            req.on('data', (c) => {
                if (done)
                    return;
                size += c.length;
                if (size > max) {
                    done = true;
                    this.send(res, route, { status: 413, body: `request body is over the ${max}-byte limit\n`, headers: { connection: 'close' } });
                    req.destroy();
                    resolve(undefined);
                    return;
                }
                chunks.push(c);
            });
            req.on('end', () => {
                if (!done) {
                    done = true;
                    resolve(Buffer.concat(chunks, size));
                }
            });
            req.on('error', () => {
                if (!done) {
                    done = true;
                    resolve(undefined);
                }
            });
            req.on('close', () => {
                if (!done) {
                    done = true;
                    resolve(undefined);
                }
            });
        });
    }
    send(res, route, r) {
        this.requests.inc({ route, code: String(r.status) });
        if (res.headersSent || res.destroyed)
            return;
        res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', ...(this.draining ? { connection: 'close' } : {}), ...r.headers });
        res.end(r.body ?? '');
    }
    /**
     * Graceful shutdown: /readyz turns 503 and new requests are refused, idle connections close,
     * requests in flight finish (up to `graceMs`), then `drain` runs (the handler's queue), then
     * every connection left is closed.
     */
    async shutdown(drain = async () => undefined, graceMs = 30_000) {
        if (this.draining)
            return;
        this.draining = true;
        const server = this.server;
        if (this.opts.tls)
            for (const f of [this.opts.tls.certFile, this.opts.tls.keyFile])
                unwatchFile(f);
        if (!server)
            return drain();
        const closed = new Promise((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
        const idle = this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
        await Promise.race([idle, deadline]);
        await Promise.race([drain(), deadline]);
        server.closeAllConnections();
        for (const s of this.sockets)
            s.destroy();
        await closed;
    }
}
//# sourceMappingURL=server.js.map