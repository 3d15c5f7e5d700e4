/**
 * Preloaded into a benchmarked CLI process (`node --import ./rss-probe.js bin/rampart.js ...`):
 * when the process exits, prints its peak resident set size and CPU time (µs) on stderr, so that a whole CLI run,
 * output included, is measured as a user runs it.
 */
import { writeSync } from 'node:fs';

/** Read by bench/output.ts (which must not import this file: it would print its own figures). */
const RSS_MARKER = 'rampart-bench-max-rss-kib';

process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeSync(2, `\n${RSS_MARKER} ${maxRSS} ${userCPUTime + systemCPUTime}\n`);
});
