import { createWriteStream, type WriteStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
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
export class StreamSink implements AlertSink {
  readonly dropped = 0;
  readonly pending = 0;
  constructor(
    readonly name: string,
    private readonly out: { write(s: string): unknown },
  ) {}
  send(alert: Alert): void {
    this.out.write(JSON.stringify(alert) + '\n');
  }
  async flush(): Promise<void> {}
}

/** JSON lines appended to a file. */
export class FileSink implements AlertSink {
  readonly name: string;
  readonly dropped = 0;
  private readonly stream: WriteStream;
  private error: Error | undefined;
  constructor(path: string) {
    this.name = `file:${path}`;
    this.stream = createWriteStream(path, { flags: 'a' });
    this.stream.on('error', (e) => (this.error = e));
  }
  get pending(): number {
    return this.stream.writableLength > 0 ? 1 : 0;
  }
  send(alert: Alert): void {
    if (!this.error) this.stream.write(JSON.stringify(alert) + '\n');
  }
  flush(deadlineMs: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, deadlineMs);
      this.stream.end(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }
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

interface Queued {
  readonly alert: Alert;
  attempts: number;
  notBefore: number;
}

/**
 * POSTs each alert as JSON to a URL, one request at a time. A failure (connection error, timeout,
 * 429 or 5xx) puts the alert back with exponential backoff; the retry queue is bounded and drops
 * the oldest alert when full, so a dead endpoint cannot exhaust memory.
 */
export class HttpSink implements AlertSink {
  readonly name: string;
  dropped = 0;
  delivered = 0;
  failures = 0;
  private readonly queue: Queued[] = [];
  private sending = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly target: URL;
  private waiters: (() => void)[] = [];

  constructor(private readonly opts: HttpSinkOptions) {
    this.target = new URL(opts.url);
    if (this.target.protocol !== 'http:' && this.target.protocol !== 'https:') throw new Error(`alert URL must be http or https: ${opts.url}`);
    this.name = `http:${this.target.origin}`;
  }

  get pending(): number {
    return this.queue.length + (this.sending ? 1 : 0);
  }

  send(alert: Alert): void {
    if (this.queue.length >= (this.opts.maxQueue ?? 10_000)) {
      this.queue.shift();
      this.dropped++;
    }
    this.queue.push({ alert, attempts: 0, notBefore: 0 });
    this.pump();
  }

  private pump(): void {
    if (this.sending || this.queue.length === 0) {
      if (!this.sending && this.queue.length === 0) for (const w of this.waiters.splice(0)) w();
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
      if (status >= 200 && status < 300) this.delivered++;
      else {
        this.failures++;
        next.attempts++;
        // a 4xx other than 429 will not get better by asking again
        const retryable = status === 0 || status === 429 || status >= 500;
        if (!retryable || next.attempts >= (this.opts.maxAttempts ?? 6)) this.dropped++;
        else {
          next.notBefore = Date.now() + Math.min((this.opts.backoffMs ?? 500) * 2 ** (next.attempts - 1), 30_000);
          this.queue.unshift(next);
        }
      }
      this.pump();
    });
  }

  /** The response status, 0 for a connection error or timeout. */
  private post(alert: Alert): Promise<number> {
    const body = JSON.stringify(alert);
    const lib = this.target.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const req = lib.request(
        this.target,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'rampart-audit', ...this.opts.headers },
          timeout: this.opts.timeoutMs ?? 10_000,
          ...(this.opts.ca ? { ca: this.opts.ca } : {}),
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(0));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve(0));
      req.end(body);
    });
  }

  flush(deadlineMs: number): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
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
