import { count } from '../report/text.js';
import type { CliIo } from './io.js';

/**
 * Status on stderr, only when stderr is a terminal (and not in CI). On a terminal that takes
 * cursor control it is one line rewritten in place; with NO_COLOR or TERM=dumb each status is a
 * plain line of its own, without escape sequences.
 */
export function progress(io: CliIo): { update(text: string): void; done(): void } {
  const live = io.stderr.isTTY === true && !io.env.CI;
  const plain = (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') || io.env.TERM === 'dumb';
  let shown = false;
  return {
    update(text) {
      if (!live) return;
      io.stderr.write(plain ? `rampart: ${text}\n` : `\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown && !plain) io.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}

/** `reading prod: 12/31 kinds, 45,210 objects, 8,400 objects/s` for a cluster read under way. */
export function readStatus(p: { server: string; kindsDone: number; kindsTotal: number; objects: number }, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((p.objects * 1000) / elapsedMs) : 0;
  return `reading ${p.server}: ${p.kindsDone}/${p.kindsTotal} kinds, ${count(p.objects, 'object')}, ${rate.toLocaleString('en-US')} objects/s`;
}
