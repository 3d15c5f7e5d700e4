import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import type { Inventory } from '../../inventory/inventory.js';
import { loadSources } from '../../inventory/sources.js';
import { severityRank, SEVERITIES, type Severity } from '../../findings/finding.js';
import { detect, ruleSetFor, type DetectResult } from '../../audit/detect.js';
import type { Alert } from '../../audit/alert.js';
import { makeStyle, colourWanted, type Style } from '../../report/style.js';
import { EXIT, type CliIo } from '../io.js';

export interface AuditDetectOptions {
  readonly output: 'table' | 'json' | 'jsonl';
  readonly rules: readonly string[];
  readonly disableRules: readonly string[];
  readonly inventory: readonly string[];
  readonly minSeverity?: Severity;
  readonly failOn: Severity | 'none';
  readonly follow?: boolean;
}

/** Loads `--inventory` paths through the shared sources module; its diagnostics go to stderr. */
export async function loadAuditInventory(paths: readonly string[], io: CliIo): Promise<Inventory | undefined> {
  if (paths.length === 0) return undefined;
  const inventory = await loadSources({ paths, readStdin: io.readStdin });
  for (const d of inventory.diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
  return inventory;
}

export function stdinOf(io: CliIo): () => NodeJS.ReadableStream | Buffer {
  return () => (io.openStdin ? io.openStdin() : io.readStdin());
}

/** `rampart audit detect`: the rules over audit logs; alerts sorted by time. */
export async function runAuditDetect(logs: readonly string[], opts: AuditDetectOptions, io: CliIo): Promise<number> {
  if (logs.length === 0) throw new UsageError('no audit logs: pass files, directories or - (stdin)');
  const inventory = await loadAuditInventory(opts.inventory, io);
  const ruleSet = ruleSetFor({ rules: opts.rules, disable: opts.disableRules, inventory });
  if (opts.follow) {
    const { runFollow } = await import('./audit-follow.js');
    return runFollow(logs, { ...opts, ruleSet, inventory }, io);
  }
  const result = await detect(logs, { ruleSet, inventory, minSeverity: opts.minSeverity, stdin: stdinOf(io) }, (d) => io.stderr.write(formatDiagnostic(d) + '\n'));
  if (result.summary.diagnosticsOmitted > 0) io.stderr.write(`rampart: ${result.summary.diagnosticsOmitted} more input problems not listed (${result.summary.malformed} malformed in all)\n`);
  io.stdout.write(renderDetect(result, opts.output, io));
  if (result.diagnostics.some((d) => d.severity === 'error') || inventory?.hasErrors()) return EXIT.usage;
  if (opts.failOn !== 'none' && result.alerts.some((a) => severityRank(a.severity) >= severityRank(opts.failOn as Severity))) return EXIT.findings;
  return EXIT.ok;
}

export function renderDetect(result: DetectResult, format: AuditDetectOptions['output'], io: CliIo): string {
  if (format === 'json') return JSON.stringify({ alerts: result.alerts, summary: result.summary, diagnostics: result.diagnostics }, null, 2) + '\n';
  if (format === 'jsonl') return result.alerts.map((a) => JSON.stringify(a) + '\n').join('');
  const st = makeStyle(colourWanted(io.stdout, io.env));
  const out = result.alerts.map((a) => alertRow(a, st));
  const s = result.summary;
  const counts = SEVERITIES.filter((k) => s.bySeverity[k] > 0).map((k) => st.severity(k, `${s.bySeverity[k]} ${k}`));
  out.push(
    '',
    `${st.bold(`${s.alerts} alert${s.alerts === 1 ? '' : 's'}`)}${counts.length ? ` (${counts.join(', ')})` : ''} from ${s.events} events in ${s.files} file${s.files === 1 ? '' : 's'}, ${s.rules} rules` +
      (s.malformed > 0 ? `; ${st.severity('high', `${s.malformed} malformed line${s.malformed === 1 ? '' : 's'}`)} (see stderr)` : ''),
  );
  return out.join('\n') + '\n';
}

/** One alert as two lines: when, how bad, which rule; then what happened. */
export function alertRow(a: Alert, st: Style): string {
  return `${st.dim(a.time)}  ${st.severity(a.severity, a.severity.toUpperCase().padEnd(8))} ${st.bold(a.ruleId)}  ${a.title}\n    ${a.message}`;
}
