import { readFileSync } from 'node:fs';

/** A stream the CLI writes to: a Node.js Writable, or a test's buffer. */
export interface CliOutput {
  write(s: string, callback?: (error?: Error | null) => void): unknown;
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
}

/** Where the CLI reads and writes: the process in production, buffers in tests. */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readStdin(): Buffer;
  /** Standard input as a stream, for inputs too large to hold (audit logs); falls back to readStdin. */
  openStdin?(): NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processIo(): CliIo {
  // A reader that goes away (`rampart scan | head -1`) ends the output quietly, as Unix tools do;
  // reporters see the failed write and stop (src/report/stream.ts).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0),
    openStdin: () => process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Findings at or above --fail-on. */
  findings: 1,
  /** Bad usage or bad input. */
  usage: 2,
  /** A bug in Rampart. */
  internal: 3,
} as const;
