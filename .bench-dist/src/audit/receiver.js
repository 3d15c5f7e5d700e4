import { Counter, Gauge } from 'prom-client';
import { powerEnricher } from './correlate.js';
import { Detector } from './engine.js';
import { EventDecoder, emptyStats } from './reader.js';
function status(code, reason, message) {
    // a metav1.Status, as the API server's webhook client expects errors to look
    return {
        status: code,
        headers: { 'content-type': 'application/json', ...(code === 429 ? { 'retry-after': '1' } : {}) },
        body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: code < 400 ? 'Success' : 'Failure', message, reason, code }) + '\n',
    };
}
export class AuditReceiver {
    server;
    opts;
    detector;
    queue = [];
    queued = 0;
    scheduled = false;
    idle = [];
    max;
    perTick;
    m;
    constructor(server, opts) {
        this.server = server;
        this.opts = opts;
        this.max = opts.maxQueueEvents ?? 100_000;
        this.perTick = opts.eventsPerTick ?? 2000;
        const registers = [server.registry];
        this.m = {
            received: new Counter({ name: 'rampart_audit_events_received_total', help: 'Audit events accepted into the queue', registers }),
            processed: new Counter({ name: 'rampart_audit_events_processed_total', help: 'Audit events run through the rules', registers }),
            dropped: new Counter({ name: 'rampart_audit_events_dropped_total', help: 'Audit events not processed: malformed items, or batches refused because the queue was full (the API server retries those)', labelNames: ['reason'], registers }),
            batches: new Counter({ name: 'rampart_audit_batches_total', help: 'Webhook batches by result', labelNames: ['result'], registers }),
            alerts: new Counter({ name: 'rampart_audit_alerts_total', help: 'Alerts by rule and severity', labelNames: ['rule', 'severity'], registers }),
        };
        const self = this;
        new Gauge({
            name: 'rampart_audit_queue_events',
            help: 'Audit events waiting to be processed',
            registers,
            collect() {
                this.set(self.queued);
            },
        });
        new Gauge({ name: 'rampart_audit_queue_capacity_events', help: 'The most events the queue holds', registers }).set(this.max);
        const seconds = new Counter({
            name: 'rampart_audit_rule_evaluation_seconds_total',
            help: 'Time spent evaluating each rule',
            labelNames: ['rule'],
            registers,
            collect() {
                this.reset();
                for (const [rule, s] of self.detector.stats.secondsByRule)
                    this.inc({ rule }, s);
            },
        });
        void seconds;
        new Gauge({
            name: 'rampart_audit_alerts_pending_delivery',
            help: 'Alerts waiting for a sink (HTTP retries)',
            labelNames: ['sink'],
            registers,
            collect() {
                for (const s of opts.sinks)
                    this.set({ sink: s.name }, s.pending);
            },
        });
        new Gauge({
            name: 'rampart_audit_alerts_undelivered',
            help: 'Alerts a sink gave up on (retry queue full or retries exhausted)',
            labelNames: ['sink'],
            registers,
            collect() {
                for (const s of opts.sinks)
                    this.set({ sink: s.name }, s.dropped);
            },
        });
        this.detector = new Detector(opts.ruleSet, {
            timeRules: true,
            enrich: opts.inventory ? powerEnricher(opts.inventory) : undefined,
            onAlert: (a) => this.alert(a),
        });
        for (const p of opts.paths ?? ['/', '/audit'])
            server.route('POST', p, (req) => this.handle(req));
        server.ready(() => this.queued < this.max);
    }
    alert(a) {
        this.m.alerts.inc({ rule: a.ruleId, severity: a.severity });
        for (const s of this.opts.sinks) {
            try {
                s.send(a);
            }
            catch (e) {
                this.opts.log?.(`sink ${s.name} failed: ${e.message}`);
            }
        }
    }
    /** Events queued and not processed yet. */
    get backlog() {
        return this.queued;
    }
    handle(req) {
        const type = String(req.headers['content-type'] ?? 'application/json');
        if (!/json/i.test(type)) {
            this.m.batches.inc({ result: 'bad_request' });
            return status(415, 'UnsupportedMediaType', `content-type ${type} is not JSON`);
        }
        let value;
        try {
            value = JSON.parse(req.body.toString('utf8'));
        }
        catch (e) {
            this.m.batches.inc({ result: 'bad_request' });
            this.opts.log?.(`rejected a batch that is not JSON (${req.body.length} bytes): ${e.message}`);
            return status(400, 'BadRequest', `body is not valid JSON: ${e.message}`);
        }
        if (typeof value !== 'object' || value === null) {
            this.m.batches.inc({ result: 'bad_request' });
            return status(400, 'BadRequest', 'body is not an audit.k8s.io EventList');
        }
        const events = [];
        const problems = [];
        const stats = emptyStats();
        const decoder = new EventDecoder({ event: (e) => events.push(e), diagnostic: (d) => problems.push(d) }, stats);
        decoder.value(value, '<webhook>', 1);
        if (problems.length > 0) {
            this.m.dropped.inc({ reason: 'malformed' }, problems.length);
            this.opts.log?.(`batch with ${problems.length} malformed item(s), ${events.length} good: ${problems[0].message}`);
        }
        if (events.length === 0 && problems.length > 0) {
            this.m.batches.inc({ result: 'bad_request' });
            return status(400, 'BadRequest', `no audit events in the body: ${problems[0].message}`);
        }
        if (this.queued + events.length > this.max) {
            this.m.batches.inc({ result: 'queue_full' });
            this.m.dropped.inc({ reason: 'queue_full' }, events.length);
            return status(429, 'TooManyRequests', `queue full (${this.queued} of ${this.max} events): retry later`);
        }
        if (events.length > 0) {
            this.queue.push(events);
            this.queued += events.length;
            this.m.received.inc(events.length);
            this.schedule();
        }
        this.m.batches.inc({ result: problems.length > 0 ? 'partial' : 'accepted' });
        return status(200, '', `accepted ${events.length} event(s)${problems.length ? `, ${problems.length} malformed` : ''}`);
    }
    schedule() {
        if (this.scheduled)
            return;
        this.scheduled = true;
        setImmediate(() => this.work());
    }
    work() {
        this.scheduled = false;
        let budget = this.perTick;
        while (budget > 0 && this.queue.length > 0) {
            const batch = this.queue[0];
            const n = Math.min(budget, batch.length);
            for (let i = 0; i < n; i++)
                this.detector.process(batch[i]);
            if (n === batch.length)
                this.queue.shift();
            else
                this.queue[0] = batch.slice(n);
            this.queued -= n;
            budget -= n;
            this.m.processed.inc(n);
        }
        if (this.queue.length > 0)
            this.schedule();
        else
            for (const w of this.idle.splice(0))
                w();
    }
    /** Processes everything queued, then flushes the sinks (for shutdown). */
    async drain(deadlineMs = 25_000) {
        if (this.queued > 0)
            await new Promise((resolve) => this.idle.push(resolve));
        await Promise.all(this.opts.sinks.map((s) => s.flush(deadlineMs)));
    }
}
//# sourceMappingURL=receiver.js.map