import { statSync } from 'node:fs';
import { formatDiagnostic, InputError, UsageError } from '../../inventory/diagnostics.js';
import type { Inventory } from '../../inventory/inventory.js';
import { severityRank } from '../../findings/finding.js';
import { Detector } from '../../audit/engine.js';
import { followLog } from '../../audit/follow.js';
import { powerEnricher } from '../../audit/correlate.js';
import type { RuleSet } from '../../audit/rules.js';
import { makeStyle, colourWanted } from '../../report/style.js';
import { EXIT, type CliIo } from '../io.js';
import type { AuditDetectOptions } from './audit.js';
import { alertRow } from './audit.js';

/**
 * `rampart audit detect --follow FILE`: alerts as they fire, one JSON line each (or a table row),
 * until SIGINT or SIGTERM. Windows and first-seen state live as long as the process.
 */
export async function runFollow(logs: readonly string[], opts: Omit<AuditDetectOptions, 'inventory'> & { ruleSet: RuleSet; inventory?: Inventory }, io: CliIo, signal?: AbortSignal): Promise<number> {
  if (logs.length !== 1 || logs[0] === '-') throw new UsageError('--follow takes exactly one log file (for stdin, pipe it without --follow)');
  if (opts.output === 'json') throw new UsageError('--follow prints alerts as they fire: use -o jsonl or -o table');
  // a missing file at the start is a typo, not a log yet to be created: say so instead of waiting
  try {
    if (!statSync(logs[0]).isFile()) throw new InputError(`${logs[0]}: not a file (--follow takes one log file)`, logs[0]);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${logs[0]}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, logs[0]);
  }
  const st = makeStyle(colourWanted(io.stdout, io.env));
  const min = opts.minSeverity ? severityRank(opts.minSeverity) : 0;
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  if (!signal) {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  let bad = false;
  let failed = false;
  const detector = new Detector(opts.ruleSet, {
    enrich: opts.inventory ? powerEnricher(opts.inventory) : undefined,
    onAlert: (a) => {
      if (severityRank(a.severity) < min) return;
      if (opts.failOn !== 'none' && severityRank(a.severity) >= severityRank(opts.failOn)) failed = true;
      io.stdout.write(opts.output === 'jsonl' ? JSON.stringify(a) + '\n' : alertRow(a, st) + '\n');
    },
  });
  try {
    await followLog(logs[0], { event: (e) => detector.process(e), diagnostic: (d) => ((bad = true), io.stderr.write(formatDiagnostic(d) + '\n')) }, { signal: controller.signal });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  return bad ? EXIT.usage : failed ? EXIT.findings : EXIT.ok;
}
