import { AREAS, SEVERITIES, severityRank } from '../findings/finding.js';
import { makeStyle } from './style.js';
import { collect } from './stream.js';
import { count, fitParts, wrap } from './text.js';
import { countByArea } from './document.js';
/** Lines a message may take in the table before it is cut (with "…"). */
const MAX_MESSAGE_LINES = 3;
/** How many findings the summary leads with. */
const TOP = 5;
const LABEL = { critical: 'CRIT', high: 'HIGH', medium: 'MED', low: 'LOW', info: 'INFO' };
/**
 * The human report, written as it is produced: a summary first (counts by severity and area, the
 * most important findings), then every finding grouped by namespace and resource, most severe first.
 * What holds for a whole namespace (whether Pod Security admission would let a pod in) is said once
 * in the namespace's heading and referred to by number.
 */
export function* tableReport(result, options) {
    const st = makeStyle(options.colour);
    const width = options.width;
    const s = result.summary;
    if (s.findings === 0) {
        yield* say(`No findings in ${count(s.objects, 'object')} (${count(s.checks, 'check')} run).`, width);
        if (s.diagnostics > 0)
            yield* say(`${count(s.diagnostics, 'input problem')}: see stderr.`, width, (t) => st.severity('high', t));
        yield* coverageLines(result, st, width);
        return;
    }
    yield* summary(result, st, width);
    yield '\n';
    const cut = { any: false };
    for (const group of groupByNamespace(result.findings))
        yield* namespaceLines(group, st, width, cut);
    yield* say(totals(result), width, st.bold);
    if (cut.any)
        yield* say(`Some messages were cut to ${MAX_MESSAGE_LINES} lines: -o wide or -o json has them in full.`, width, st.dim);
    if (s.diagnostics > 0)
        yield* say(`${count(s.diagnostics, 'input problem')}: see stderr.`, width, (t) => st.severity('high', t));
    yield* coverageLines(result, st, width);
}
/** Kinds a cluster did not let Rampart read, and the checks each one affected: a partial scan says so. */
function* coverageLines(result, st, width) {
    const gaps = result.coverage?.gaps ?? [];
    if (gaps.length === 0)
        return;
    yield '\n';
    yield* say(`Coverage gaps (${gaps.length}): the cluster did not let Rampart read these kinds, so findings may be missing`, width, (t) => st.severity('medium', st.bold(t)));
    const indented = function* (indent, text, style = (t) => t) {
        for (const line of wrap(text, width === undefined ? Infinity : Math.max(20, width - indent.length)).lines)
            yield indent + style(line) + '\n';
    };
    for (const g of gaps) {
        yield* indented('  ', `${st.bold(g.resource)} (${g.apiVersion} ${g.kind}) in ${g.namespace !== undefined ? `namespace ${g.namespace}` : 'all namespaces'}: ${g.reason}: ${g.message}`);
        yield* indented('    ', g.checks.length > 0 ? `checks that could not run fully: ${g.checks.join(', ')}` : 'no check read this kind', st.dim);
    }
}
export function renderTable(result, options) {
    return collect(tableReport(result, options));
}
function* summary(result, st, width) {
    const s = result.summary;
    yield* say(`${count(s.findings, 'finding')} in ${count(s.objects, 'object')} (${count(s.checks, 'check')} run)`, width, st.bold);
    yield '\n';
    const bySeverity = SEVERITIES.map((sev) => [sev, s.bySeverity[sev]]);
    const byArea = Object.entries(countByArea(result.findings)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const areaWidth = Math.max(4, ...byArea.map(([a]) => AREAS[a].title.length));
    const rows = Math.max(bySeverity.length, byArea.length);
    yield st.bold(`  ${'SEVERITY'.padEnd(10)}${'FINDINGS'.padStart(9)}     ${'AREA'.padEnd(areaWidth)}${'FINDINGS'.padStart(10)}`) + '\n';
    for (let i = 0; i < rows; i++) {
        const sev = bySeverity[i];
        const area = byArea[i];
        const left = sev ? `  ${st.severity(sev[0], sev[0].padEnd(10))}${String(sev[1]).padStart(9)}` : ' '.repeat(21);
        const right = area ? `     ${AREAS[area[0]].title.padEnd(areaWidth)}${String(area[1]).padStart(10)}` : '';
        yield `${left}${right}`.trimEnd() + '\n';
    }
    const top = mostImportant(result.findings);
    yield '\n' + st.bold(top.length === 1 ? 'Most important finding' : `The ${top.length} most important findings`) + '\n';
    for (const [i, f] of top.entries()) {
        const parts = [
            { text: `${i + 1}.` },
            { text: LABEL[f.severity].padEnd(4), style: (t) => st.severity(f.severity, t) },
            { text: f.checkId, style: st.bold },
            { text: resourceName(f) },
            { text: f.location ? `${f.location.file}:${f.location.line}` : '', style: st.dim },
        ];
        for (const line of fitParts(parts, width, '              ', '  '))
            yield line + '\n';
        const { lines } = wrap(f.message, width === undefined ? Infinity : width - 14, width === undefined ? Infinity : 2);
        for (const line of lines)
            yield `              ${line}\n`;
    }
}
/** The most severe findings, one per check first so that five different problems lead. */
export function mostImportant(findings, n = TOP) {
    const picked = [];
    const checks = new Set();
    for (const f of findings) {
        if (picked.length === n)
            break;
        if (checks.has(f.checkId))
            continue;
        checks.add(f.checkId);
        picked.push(f);
    }
    const byRank = (a, b) => severityRank(b.severity) - severityRank(a.severity);
    if (picked.length < n)
        for (const f of findings)
            if (picked.length < n && !picked.includes(f))
                picked.push(f);
    return picked.sort(byRank);
}
function totals(result) {
    const s = result.summary;
    const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
    return `${count(s.findings, 'finding')}: ${counts.join(', ')}.`;
}
/** A sentence of its own, wrapped to the width. */
function* say(text, width, style = (t) => t) {
    for (const line of wrap(text, width ?? Infinity).lines)
        yield style(line) + '\n';
}
/** The namespace a finding belongs to in a report: a Namespace's own findings belong to it. */
export function reportNamespace(f) {
    return f.resource.namespace ?? (f.resource.kind === 'Namespace' ? f.resource.name : '');
}
function resourceName(f) {
    const r = f.resource;
    return r.namespace !== undefined ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
}
/** Namespaces and their resources, each ordered by worst severity, then number of findings, then name. */
export function groupByNamespace(findings) {
    const namespaces = new Map();
    for (const f of findings) {
        const ns = reportNamespace(f);
        let resources = namespaces.get(ns);
        if (!resources)
            namespaces.set(ns, (resources = new Map()));
        const key = `${f.resource.apiVersion} ${resourceName(f)}`;
        let list = resources.get(key);
        if (!list)
            resources.set(key, (list = []));
        list.push(f);
    }
    // findings are sorted most severe first within a resource
    const worstOf = (fs) => severityRank(fs[0].severity);
    const groups = [];
    for (const [namespace, resources] of namespaces) {
        const list = [...resources].map(([key, fs]) => ({
            key,
            findings: fs.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.location?.line ?? 0) - (b.location?.line ?? 0)),
        }));
        list.sort((a, b) => worstOf(b.findings) - worstOf(a.findings) || b.findings.length - a.findings.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const total = list.reduce((n, r) => n + r.findings.length, 0);
        groups.push({ namespace, resources: list, findings: total, worst: Math.max(...list.map((r) => worstOf(r.findings))) });
    }
    return groups.sort((a, b) => b.worst - a.worst || b.findings - a.findings || (a.namespace < b.namespace ? -1 : 1));
}
function* namespaceLines(group, st, width, cut) {
    const severities = countSeverities(group.resources.flatMap((r) => r.findings));
    const heading = group.namespace === '' ? 'cluster-scoped resources' : `namespace ${group.namespace}`;
    for (const line of fitParts([{ text: heading, style: st.bold }, { text: `${count(group.resources.length, 'resource')}, ${severities}`, style: st.dim }], width, '  ', ''))
        yield line + '\n';
    // what holds for the whole namespace, said once and referred to by number
    const notes = new Map();
    for (const r of group.resources)
        for (const f of r.findings)
            if (f.context !== undefined && !notes.has(f.context))
                notes.set(f.context, notes.size + 1);
    for (const [text, n] of notes) {
        const { lines } = wrap(text, width === undefined ? Infinity : width - 6);
        for (const [i, line] of lines.entries())
            yield st.dim(`${i === 0 ? `  [${n}]` : '     '} ${line}`) + '\n';
    }
    for (const r of group.resources) {
        const first = r.findings[0];
        const files = [...new Set(r.findings.map((f) => f.location?.file).filter((f) => f !== undefined))];
        const name = group.namespace !== '' && first.resource.namespace === group.namespace ? `${first.resource.kind}/${first.resource.name}` : resourceName(first);
        for (const line of fitParts([{ text: name, style: st.bold }, ...files.map((file) => ({ text: file, style: st.dim }))], width, '    ', '  '))
            yield line + '\n';
        for (const f of r.findings)
            yield findingLines(f, notes, st, width, cut);
    }
    yield '\n';
}
/** One finding: severity, line, check id and message, wrapped with a hanging indent. */
function findingLines(f, notes, st, width, cut) {
    const line = f.location ? `:${f.location.line}` : '';
    const note = f.context !== undefined ? ` [${notes.get(f.context)}]` : '';
    const indent = 4 + 4 + 1 + 6;
    const room = width === undefined ? Infinity : width - indent;
    const wrapped = wrap(`${f.checkId}: ${f.message}`, room, width === undefined ? Infinity : MAX_MESSAGE_LINES);
    const lines = wrapped.lines;
    let truncated = wrapped.truncated;
    // the note's number goes at the end, even of a message that was cut
    const last = lines.length - 1;
    if (lines[last].length + note.length > room) {
        lines[last] = `${lines[last].replace(/…$/, '').slice(0, room - note.length - 1)}…`;
        truncated = true;
    }
    const colour = (s, i) => (i === 0 ? st.severity(f.severity, f.checkId) + s.slice(f.checkId.length) : s) + (i === last && note ? st.dim(note) : '');
    const rendered = lines.map((l, i) => (i === 0 ? `    ${st.severity(f.severity, LABEL[f.severity].padEnd(4))} ${st.dim(line.padEnd(6))}` : ' '.repeat(indent)) + colour(l, i));
    if (truncated)
        cut.any = true;
    return rendered.join('\n') + '\n';
}
function countSeverities(findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    return SEVERITIES.filter((s) => counts.has(s))
        .map((s) => `${counts.get(s)} ${s}`)
        .join(', ');
}
//# sourceMappingURL=table.js.map