import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** What one GET got: an HTTP status (and the first bytes of the body, to recognise the service), or why none came. */
export type ProbeAnswer =
  | { readonly kind: 'status'; readonly status: number; readonly head: string }
  | { readonly kind: 'no-answer'; readonly reason: 'refused' | 'timeout' | 'tls' | 'reset' | 'unreachable' | 'error'; readonly detail: string };

/** Bytes of the body kept to recognise what answered; the rest is never read. */
const HEAD_BYTES = 4096;

/**
 * One GET, and nothing else: no credentials, no client certificate, no redirects followed, the
 * server's certificate not verified (the question is whether the door is open, not who is behind
 * it), a short timeout, and the body cut after its first few kilobytes.
 */
export function probeGet(url: string, options: { timeoutMs: number; headers?: Readonly<Record<string, string>> }): Promise<ProbeAnswer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve) => {
    let settled = false;
    const done = (a: ProbeAnswer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(a);
    };
    const req = (secure ? httpsRequest : httpRequest)(
      target,
      { method: 'GET', agent: false, headers: { 'User-Agent': 'rampart-probe', Accept: 'application/json, */*', ...options.headers }, ...(secure ? { rejectUnauthorized: false } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = (): void => {
          done({ kind: 'status', status: res.statusCode ?? 0, head: Buffer.concat(chunks).toString('utf8', 0, Math.min(size, HEAD_BYTES)) });
          res.destroy();
        };
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          size += c.length;
          if (size >= HEAD_BYTES) finish();
        });
        res.on('end', finish);
        res.on('error', finish);
      },
    );
    // one deadline for the whole exchange, connection included
    const timer = setTimeout(() => {
      done({ kind: 'no-answer', reason: 'timeout', detail: `no answer within ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => done(noAnswer(e)));
    req.end();
  });
}

function noAnswer(e: NodeJS.ErrnoException): ProbeAnswer {
  const code = e.code ?? '';
  if (code === 'ECONNREFUSED') return { kind: 'no-answer', reason: 'refused', detail: 'connection refused' };
  if (code === 'ECONNRESET' || code === 'EPIPE') return { kind: 'no-answer', reason: 'reset', detail: 'connection reset' };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'no-answer', reason: 'unreachable', detail: code };
  // a TLS server that wants a client certificate ends the handshake: that door is closed
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /alert|handshake|certificate/i.test(e.message)) return { kind: 'no-answer', reason: 'tls', detail: e.message.split('\n')[0] };
  return { kind: 'no-answer', reason: 'error', detail: e.message.split('\n')[0] };
}
