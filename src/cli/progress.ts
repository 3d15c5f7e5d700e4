import type { CliIo } from './io.js';

/** A one-line status on stderr, only when stderr is a terminal. */
export function progress(io: CliIo): { update(text: string): void; done(): void } {
  const live = io.stderr.isTTY === true && !io.env.CI;
  let shown = false;
  return {
    update(text) {
      if (!live) return;
      io.stderr.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}
