import type { Inventory } from '../inventory/inventory.js';
import type { RampartServer, Request, Response } from '../server/server.js';
import { Detector } from './engine.js';
import type { RuleSet } from './rules.js';
import type { AlertSink } from './sinks.js';
/**
 * The kube-apiserver audit webhook backend: the API server POSTs `EventList` batches (as set by
 * `--audit-webhook-config-file` and `--audit-webhook-batch-*`); each batch is checked, queued and
 * answered at once, and a worker runs the rules over the queue. The queue is bounded: a batch that
 * does not fit is refused with 429, which the API server's webhook client retries with backoff,
 * instead of memory growing without bound.
 */
export interface ReceiverOptions {
    readonly ruleSet: RuleSet;
    readonly sinks: readonly AlertSink[];
    readonly inventory?: Inventory;
    /** Events waiting at most (default 100,000). */
    readonly maxQueueEvents?: number;
    /** Events processed per turn of the event loop, so that requests keep being answered (default 2,000). */
    readonly eventsPerTick?: number;
    readonly log?: (message: string) => void;
    /** The paths the API server may POST to (default `/` and `/audit`). */
    readonly paths?: readonly string[];
}
export declare class AuditReceiver {
    private readonly server;
    private readonly opts;
    readonly detector: Detector;
    private readonly queue;
    private queued;
    private scheduled;
    private idle;
    private readonly max;
    private readonly perTick;
    private readonly m;
    constructor(server: RampartServer, opts: ReceiverOptions);
    private alert;
    /** Events queued and not processed yet. */
    get backlog(): number;
    handle(req: Request): Response;
    private schedule;
    private work;
    /** Processes everything queued, then flushes the sinks (for shutdown). */
    drain(deadlineMs?: number): Promise<void>;
}
