import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../inventory/diagnostics.js';
import { writeChunks, type Chunks } from '../report/stream.js';
import type { CliIo } from './io.js';

/**
 * Writes a report to a file beside the output on stdout (`--report-html FILE`), and says where on
 * stderr. A file that cannot be written is one line and exit 2, never a stack.
 */
export async function writeReportFile(file: string, chunks: Chunks, io: CliIo, what: string): Promise<void> {
  const path = resolve(io.cwd, file);
  const stream = createWriteStream(path);
  const opened = new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', fail);
  });
  try {
    await opened;
    await writeChunks(chunks, stream);
    await new Promise<void>((ok, fail) => {
      stream.once('error', fail);
      stream.end(() => ok());
    });
  } catch (e) {
    stream.destroy();
    throw new UsageError(`cannot write the ${what} to ${path}: ${(e as Error).message}`);
  }
  io.stderr.write(`rampart: ${what} written to ${path} (open it in a browser)\n`);
}
