import { readFileSync } from 'node:fs';

/** Where the CLI reads and writes: the process in production, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  readStdin(): Buffer;
  /** Standard input as a stream, for inputs too large to hold (audit logs); falls back to readStdin. */
  openStdin?(): NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processIo(): CliIo {
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
