import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { loadSources } from '../../inventory/sources.js';
import { severityRank, SEVERITIES } from '../../findings/finding.js';
import { detect, ruleSetFor } from '../../audit/detect.js';
import { makeStyle, colourWanted } from '../../report/style.js';
import { EXIT } from '../io.js';
/** Loads `--inventory` paths through the shared sources module; its diagnostics go to stderr. */
export async function loadAuditInventory(paths, io) {
    if (paths.length === 0)
        return undefined;
    const inventory = await loadSources({ paths, readStdin: io.readStdin });
    for (const d of inventory.diagnostics)
        io.stderr.write(formatDiagnostic(d) + '\n');
    return inventory;
}
export function stdinOf(io) {
    return () => (io.openStdin ? io.openStdin() : io.readStdin());
}
/** `rampart audit detect`: the rules over audit logs; alerts sorted by time. */
export async function runAuditDetect(logs, opts, io) {
    if (logs.length === 0)
        throw new UsageError('no audit logs: pass files, directories or - (stdin)');
    const inventory = await loadAuditInventory(opts.inventory, io);
    const ruleSet = ruleSetFor({ rules: opts.rules, disable: opts.disableRules, inventory });
    if (opts.follow) {
        const { runFollow } = await import('./audit-follow.js');
        return runFollow(logs, { ...opts, ruleSet, inventory }, io);
    }
    const result = await detect(logs, { ruleSet, inventory, minSeverity: opts.minSeverity, stdin: stdinOf(io) }, (d) => io.stderr.write(formatDiagnostic(d) + '\n'));
    if (result.summary.diagnosticsOmitted > 0)
        io.stderr.write(`rampart: ${result.summary.diagnosticsOmitted} more input problems not listed (${result.summary.malformed} malformed in all)\n`);
    io.stdout.write(renderDetect(result, opts.output, io));
    if (result.diagnostics.some((d) => d.severity === 'error') || inventory?.hasErrors())
        return EXIT.usage;
    if (opts.failOn !== 'none' && result.alerts.some((a) => severityRank(a.severity) >= severityRank(opts.failOn)))
        return EXIT.findings;
    return EXIT.ok;
}
export function renderDetect(result, format, io) {
    if (format === 'json')
        return JSON.stringify({ alerts: result.alerts, summary: result.summary, diagnostics: result.diagnostics }, null, 2) + '\n';
    if (format === 'jsonl')
        return result.alerts.map((a) => JSON.stringify(a) + '\n').join('');
    const st = makeStyle(colourWanted(io.stdout, io.env));
    const out = result.alerts.map((a) => alertRow(a, st));
    const s = result.summary;
    const counts = SEVERITIES.filter((k) => s.bySeverity[k] > 0).map((k) => st.severity(k, `${s.bySeverity[k]} ${k}`));
    out.push('', `${st.bold(`${s.alerts} alert${s.alerts === 1 ? '' : 's'}`)}${counts.length ? ` (${counts.join(', ')})` : ''} from ${s.events} events in ${s.files} file${s.files === 1 ? '' : 's'}, ${s.rules} rules` +
        (s.malformed > 0 ? `; ${st.severity('high', `${s.malformed} malformed line${s.malformed === 1 ? '' : 's'}`)} (see stderr)` : ''));
    return out.join('\n') + '\n';
}
/** One alert as two lines: when, how bad, which rule; then what happened. */
export function alertRow(a, st) {
    return `${st.dim(a.time)}  ${st.severity(a.severity, a.severity.toUpperCase().padEnd(8))} ${st.bold(a.ruleId)}  ${a.title}\n    ${a.message}`;
}
//# sourceMappingURL=audit.js.map