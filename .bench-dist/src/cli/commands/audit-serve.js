import { readFileSync } from 'node:fs';
import { UsageError } from '../../inventory/diagnostics.js';
import { RampartServer } from '../../server/server.js';
import { AuditReceiver } from '../../audit/receiver.js';
import { ruleSetFor } from '../../audit/detect.js';
import { FileSink, HttpSink, StreamSink } from '../../audit/sinks.js';
import { EXIT } from '../io.js';
import { loadAuditInventory } from './audit.js';
/**
 * `rampart audit serve`: the webhook receiver, until SIGTERM or SIGINT; then it stops accepting,
 * drains its queue, delivers pending alerts and exits 0.
 */
export async function runAuditServe(opts, io, signal) {
    const positive = (name, v) => {
        if (!Number.isFinite(v) || v <= 0)
            throw new UsageError(`${name} must be a positive number`);
    };
    positive('--max-body-bytes', opts.maxBodyBytes);
    positive('--max-queue-events', opts.maxQueueEvents);
    positive('--request-timeout', opts.requestTimeout);
    positive('--shutdown-timeout', opts.shutdownTimeout);
    if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
        throw new UsageError('--port must be a port number');
    const tls = opts.tlsCertFile || opts.tlsPrivateKeyFile;
    if (tls && !(opts.tlsCertFile && opts.tlsPrivateKeyFile))
        throw new UsageError('--tls-cert-file and --tls-private-key-file go together');
    if (!tls && !opts.insecurePlainHttp)
        throw new UsageError('pass --tls-cert-file and --tls-private-key-file (or --insecure-plain-http for local testing)');
    const log = (m) => io.stderr.write(`rampart audit serve: ${m}\n`);
    const inventory = await loadAuditInventory(opts.inventory, io);
    const ruleSet = ruleSetFor({ rules: opts.rules, disable: opts.disableRules, inventory });
    const sinks = [];
    if (opts.stdout)
        sinks.push(new StreamSink('stdout', io.stdout));
    if (opts.alertsFile)
        sinks.push(new FileSink(opts.alertsFile));
    let ca;
    if (opts.alertsUrlCa) {
        try {
            ca = readFileSync(opts.alertsUrlCa);
        }
        catch (e) {
            throw new UsageError(`--alerts-url-ca: cannot read ${opts.alertsUrlCa}: ${e.code ?? e.message}`);
        }
    }
    for (const url of opts.alertsUrl) {
        try {
            sinks.push(new HttpSink({ url, ca }));
        }
        catch (e) {
            throw new UsageError(`--alerts-url: ${e.message}`);
        }
    }
    const server = new RampartServer({
        address: opts.address,
        port: opts.port,
        tls: tls ? { certFile: opts.tlsCertFile, keyFile: opts.tlsPrivateKeyFile, clientCaFile: opts.clientCaFile } : undefined,
        maxBodyBytes: opts.maxBodyBytes,
        requestTimeoutMs: opts.requestTimeout * 1000,
        log,
    });
    const receiver = new AuditReceiver(server, { ruleSet, sinks, inventory, maxQueueEvents: opts.maxQueueEvents, log });
    let address;
    try {
        address = await server.start();
    }
    catch (e) {
        throw new UsageError(`cannot listen on ${opts.address}:${opts.port}: ${e.message}`);
    }
    log(`listening on ${tls ? 'https' : 'http'}://${address.address}:${address.port} with ${ruleSet.rules.length} rules; alerts to ${sinks.map((s) => s.name).join(', ') || 'nowhere'}`);
    await new Promise((resolve) => {
        const stop = () => resolve();
        if (signal)
            signal.addEventListener('abort', stop, { once: true });
        else {
            process.once('SIGTERM', stop);
            process.once('SIGINT', stop);
        }
    });
    log(`shutting down: draining ${receiver.backlog} queued event(s)`);
    const graceMs = opts.shutdownTimeout * 1000;
    await server.shutdown(() => receiver.drain(graceMs), graceMs);
    const undelivered = sinks.reduce((n, s) => n + s.dropped + s.pending, 0);
    log(`stopped after ${receiver.detector.stats.events} events and ${receiver.detector.stats.alerts} alerts${undelivered ? `; ${undelivered} alert(s) not delivered` : ''}`);
    return EXIT.ok;
}
//# sourceMappingURL=audit-serve.js.map