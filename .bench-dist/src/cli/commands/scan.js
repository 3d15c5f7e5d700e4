import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { scan, selectChecks } from '../../scan.js';
import { ALL_CHECKS } from '../../checks/registry.js';
import { severityRank } from '../../findings/finding.js';
import { jsonReport } from '../../report/json.js';
import { yamlReport } from '../../report/yaml.js';
import { sarifReport } from '../../report/sarif.js';
import { tableReport } from '../../report/table.js';
import { colourWanted } from '../../report/style.js';
import { writeChunks } from '../../report/stream.js';
import { EXIT } from '../io.js';
import { DEFAULT_CONFIG } from '../../config.js';
import { parseVersion } from '../../analysis/pss/index.js';
import { progress } from '../progress.js';
import { loadCluster, namespaceScope } from '../inputs.js';
export async function runScan(opts, io, paths = []) {
    const { unmatched } = selectChecks(ALL_CHECKS, opts.checks, opts.skipChecks);
    if (opts.pssVersion !== undefined) {
        try {
            parseVersion(opts.pssVersion);
        }
        catch (e) {
            throw new UsageError(`--pss-version: ${e.message}`);
        }
    }
    const config = { ...DEFAULT_CONFIG, pss: { level: opts.pssLevel, version: opts.pssVersion } };
    if (unmatched.length > 0)
        throw new UsageError(`no check matches ${unmatched.map((p) => `"${p}"`).join(', ')}: see \`rampart checks list\``);
    const status = progress(io);
    status.update('loading…');
    const inventory = await loadCluster(opts, io, paths);
    status.update(`scanning ${inventory.objects.length} objects…`);
    let result = scan(inventory, { checks: opts.checks, skipChecks: opts.skipChecks, minSeverity: opts.minSeverity, config });
    status.done();
    const namespace = namespaceScope(opts);
    if (namespace !== undefined)
        result = onlyNamespace(result, namespace);
    for (const d of result.diagnostics)
        io.stderr.write(formatDiagnostic(d) + '\n');
    // the exit status is known before the output is written: a reader that stops early (| head) does not change it
    await writeChunks(report(result, opts.output, io), io.stdout);
    return exitCode(result, opts.failOn);
}
function exitCode(result, failOn) {
    if (result.diagnostics.some((d) => d.code === 'check-failed'))
        return EXIT.internal;
    if (result.diagnostics.some((d) => d.severity === 'error'))
        return EXIT.usage;
    if (failOn !== 'none') {
        const threshold = severityRank(failOn);
        if (result.findings.some((f) => severityRank(f.severity) >= threshold))
            return EXIT.findings;
    }
    return EXIT.ok;
}
/**
 * `-n`: findings on objects in one namespace, and on the Namespace itself. The whole inventory is
 * still analysed, since RBAC and network reachability cross namespaces.
 */
function onlyNamespace(result, namespace) {
    const findings = result.findings.filter((f) => f.resource.namespace === namespace || (f.resource.kind === 'Namespace' && f.resource.name === namespace));
    const bySeverity = { ...result.summary.bySeverity };
    for (const k of Object.keys(bySeverity))
        bySeverity[k] = findings.filter((f) => f.severity === k).length;
    return { ...result, findings, summary: { ...result.summary, findings: findings.length, bySeverity } };
}
export function report(result, format, io) {
    switch (format) {
        case 'json':
            return jsonReport(result);
        case 'yaml':
            return yamlReport(result);
        case 'sarif':
            return sarifReport(result, { baseDir: io.cwd });
        case 'table':
            return tableReport(result, { colour: colourWanted(io.stdout, io.env), width: terminalWidth(io) });
        case 'wide':
            return tableReport(result, { colour: colourWanted(io.stdout, io.env) });
    }
}
/** The terminal's width; $COLUMNS when set; 120 when the output is not a terminal (CI logs, files). */
function terminalWidth(io) {
    const fromEnv = Number(io.env.COLUMNS);
    if (Number.isInteger(fromEnv) && fromEnv > 0)
        return fromEnv;
    if (io.stdout.isTTY && io.stdout.columns)
        return io.stdout.columns;
    return 120;
}
//# sourceMappingURL=scan.js.map