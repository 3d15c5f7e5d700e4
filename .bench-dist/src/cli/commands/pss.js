import { stringify } from 'yaml';
import { loadCluster, namespaceScope } from '../inputs.js';
import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { PssInputError } from '../../analysis/pss/index.js';
import { pssResults } from '../../analysis/pss/report.js';
import { levelVersionString } from '../../analysis/pss/api.js';
import { makeStyle, colourWanted } from '../../report/style.js';
import { EXIT } from '../io.js';
/**
 * `rampart pss`: every pod template evaluated against the Pod Security Standards at its namespace's
 * enforce level (or a forced one), and per namespace the strictest level it could enforce today.
 */
export async function runPss(opts, io, paths = []) {
    const inventory = await loadCluster(opts, io, paths);
    const namespace = namespaceScope(opts);
    let report;
    try {
        report = pssResults(namespace !== undefined ? inventory.filter((o) => o.namespace === namespace || o.kind === 'Namespace') : inventory, { level: opts.level, version: opts.version });
    }
    catch (e) {
        if (e instanceof PssInputError)
            throw new UsageError(e.message);
        throw e;
    }
    if (namespace !== undefined)
        report = { results: report.results, namespaces: report.namespaces.filter((n) => n.namespace === namespace) };
    for (const d of inventory.diagnostics)
        io.stderr.write(formatDiagnostic(d) + '\n');
    const document = { results: report.results, namespaces: report.namespaces, diagnostics: inventory.diagnostics };
    if (opts.output === 'json')
        io.stdout.write(JSON.stringify(document, null, 2) + '\n');
    else if (opts.output === 'yaml')
        io.stdout.write(stringify(document));
    else
        io.stdout.write(renderPssTable(report, inventory.diagnostics, colourWanted(io.stdout, io.env), opts.level !== undefined));
    if (inventory.hasErrors())
        return EXIT.usage;
    if (opts.failOnViolation && report.results.some((r) => !r.allowed))
        return EXIT.findings;
    return EXIT.ok;
}
function renderPssTable(report, diagnostics, colour, forced) {
    const st = makeStyle(colour);
    const out = [];
    const rows = report.namespaces.map((n) => [n.namespace + (n.declared ? '' : ' (undeclared)'), levelVersionString(n.enforce), n.achievableLevel, String(n.workloads), String(n.violating)]);
    const header = ['NAMESPACE', 'ENFORCE TODAY', 'CAN ENFORCE', 'WORKLOADS', forced ? 'VIOLATING (FORCED LEVEL)' : 'VIOLATING'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    out.push(st.bold(line(header)));
    for (const [i, n] of report.namespaces.entries()) {
        const cells = rows[i];
        const raised = n.workloads > 0 && levelRank(n.achievableLevel) > levelRank(n.enforce.level);
        out.push(raised ? line(cells) + st.severity('low', `  ← can be raised to ${n.achievableLevel}`) : line(cells));
    }
    const violating = report.results.filter((r) => !r.allowed);
    if (violating.length > 0) {
        out.push('', st.bold('Workloads that violate the level they are evaluated at:'));
        for (const r of violating) {
            out.push(`  ${st.bold(`${r.resource.kind}/${r.resource.namespace}/${r.resource.name}`)} ${st.dim(`(${r.level}:${r.version})`)}`);
            for (const v of r.violations)
                out.push(`    ${st.severity('high', v.control)}: ${v.message}`);
        }
    }
    if (diagnostics.length > 0)
        out.push('', st.severity('high', `${diagnostics.length} input problem(s): see stderr.`));
    return out.join('\n') + '\n';
}
function levelRank(level) {
    return ['privileged', 'baseline', 'restricted'].indexOf(level);
}
//# sourceMappingURL=pss.js.map