import type { CliIo } from './io.js';

/**
 * A one-line status on stderr, only when stderr is a terminal (never in CI). With NO_COLOR it uses
 * no escape codes at all: a carriage return, and spaces to wipe the previous text.
 */
export function progress(io: CliIo): { update(text: string): void; done(): void } {
  const live = io.stderr.isTTY === true && !io.env.CI;
  const plain = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  let shown = 0;
  const clear = (): string => (plain ? `\r${' '.repeat(shown)}\r` : '\r\x1b[2K');
  return {
    update(text) {
      if (!live) return;
      io.stderr.write(plain ? `${clear()}${text}` : `\r\x1b[2K${text}`);
      shown = text.length;
    },
    done() {
      if (shown > 0) io.stderr.write(clear());
      shown = 0;
    },
  };
}

/** `12/31 kinds, 45,210 objects, 8,400 objects/s` for a cluster read under way. */
export function readStatus(server: string, p: { kindsDone: number; kindsTotal: number; objects: number }, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((p.objects * 1000) / elapsedMs) : 0;
  return `reading ${server}: ${p.kindsDone}/${p.kindsTotal} kinds, ${p.objects.toLocaleString('en-US')} objects, ${rate.toLocaleString('en-US')} objects/s`;
}
