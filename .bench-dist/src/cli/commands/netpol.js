import { stringify } from 'yaml';
import { loadCluster, namespaceScope } from '../inputs.js';
import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { loadSources } from '../../inventory/sources.js';
import { networkAnalysis } from '../../analysis/netpol/index.js';
import { WorkloadMap, endpointJson } from '../../analysis/netpol/map.js';
import { diffMaps } from '../../analysis/netpol/diff.js';
import { explain } from '../../analysis/netpol/explain.js';
import { parseIp } from '../../analysis/netpol/ip.js';
import { isProtocol } from '../../analysis/netpol/ports.js';
import { parseNamedRange } from '../../analysis/netpol/ranges.js';
import { renderMapJson } from '../../report/netpol/json.js';
import { renderMapCsv } from '../../report/netpol/csv.js';
import { renderMapDot } from '../../report/netpol/dot.js';
import { renderMapMermaid } from '../../report/netpol/mermaid.js';
import { renderMapTable } from '../../report/netpol/table.js';
import { endpointLabel } from '../../report/netpol/label.js';
import { colourWanted, makeStyle } from '../../report/style.js';
import { EXIT } from '../io.js';
function namedRanges(specs) {
    return specs.map((s) => {
        const r = parseNamedRange(s);
        if ('error' in r)
            throw new UsageError(r.error);
        return r;
    });
}
/** Input problems and policies the API server would reject, on stderr; true when there were errors. */
function reportProblems(inventory, analysis, io) {
    for (const d of inventory.diagnostics)
        io.stderr.write(formatDiagnostic(d) + '\n');
    for (const p of analysis.model.problems) {
        const at = p.object.locate(p.pointer);
        io.stderr.write(`${at.file}:${at.line}:${at.column}: error: NetworkPolicy "${p.object.namespace}/${p.object.name}" would be rejected by the API server and is ignored: ${p.message} [invalid-policy]\n`);
    }
    return inventory.hasErrors() || analysis.model.problems.length > 0;
}
function inNamespace(c, namespace) {
    if (namespace === undefined)
        return true;
    return [c.src, c.dst].some((e) => e.type === 'workload' && e.workload.namespace === namespace);
}
function* filtered(connections, namespace) {
    for (const c of connections)
        if (inNamespace(c, namespace))
            yield c;
}
/** `rampart netpol map`: every allowed connection, as table, JSON, YAML, CSV, DOT or Mermaid. */
export async function runNetpolMap(opts, io, paths = []) {
    const ranges = namedRanges(opts.cidr);
    const inventory = await loadCluster(opts, io, paths);
    const analysis = networkAnalysis(inventory, { hostNetwork: opts.hostNetwork });
    const bad = reportProblems(inventory, analysis, io);
    const map = new WorkloadMap(analysis.engine, { ranges });
    const namespace = namespaceScope(opts);
    const connections = () => filtered(map.connections(), namespace);
    const workloads = namespace === undefined ? map.workloads : map.workloads.filter((w) => w.namespace === namespace);
    switch (opts.output) {
        case 'json':
            io.stdout.write(renderMapJson(connections()));
            break;
        case 'yaml':
            io.stdout.write(stringify({ connections: [...connections()].map((c) => ({ src: endpointJson(c.src), dst: endpointJson(c.dst), ports: c.conn.toJSON() })) }));
            break;
        case 'csv':
            io.stdout.write(renderMapCsv(connections()));
            break;
        case 'dot':
            io.stdout.write(renderMapDot(workloads, connections()));
            break;
        case 'mermaid':
            io.stdout.write(renderMapMermaid(workloads, connections()));
            break;
        case 'table':
            io.stdout.write(renderMapTable(connections(), makeStyle(colourWanted(io.stdout, io.env))));
            break;
    }
    return bad ? EXIT.usage : EXIT.ok;
}
function parsePort(text) {
    const m = /^(\d{1,5})(?:\/([A-Za-z]+))?$/.exec(text.trim());
    const protocol = (m?.[2] ?? 'TCP').toUpperCase();
    const port = Number(m?.[1]);
    if (!m || !isProtocol(protocol) || port < 1 || port > 65535)
        throw new UsageError(`--port "${text}": expected PORT or PORT/PROTOCOL, e.g. 443 or 53/UDP (protocol TCP, UDP or SCTP)`);
    return { protocol, port };
}
/** A workload by `Kind/namespace/name`, `namespace/name` or a unique name; or an IP address. */
function resolveTarget(text, analysis) {
    const ip = parseIp(text);
    if (ip)
        return { kind: 'ip', ...ip, text };
    const parts = text.split('/');
    const workloads = analysis.model.workloads;
    const matching = workloads.filter((w) => {
        if (parts.length === 3)
            return w.kind.toLowerCase() === parts[0].toLowerCase() && w.namespace === parts[1] && w.name === parts[2];
        if (parts.length === 2)
            return w.namespace === parts[0] && w.name === parts[1];
        return w.name === text;
    });
    const name = (w) => `${w.kind}/${w.namespace}/${w.name}`;
    if (matching.length === 1)
        return { kind: 'workload', workload: matching[0], pod: matching[0].pods[0] };
    if (matching.length > 1)
        throw new UsageError(`"${text}" is ambiguous: ${matching.map(name).join(', ')}`);
    const last = parts[parts.length - 1];
    const similar = workloads.filter((w) => w.name.includes(last) || last.includes(w.name)).map(name);
    throw new UsageError(`no workload "${text}" in the input${similar.length ? `; did you mean ${similar.slice(0, 5).join(', ')}?` : ''} (use Kind/namespace/name, namespace/name, a unique name, or an IP address)`);
}
/** `rampart netpol explain SRC DST [--port 443/TCP]`. */
export async function runNetpolExplain(srcText, dstText, opts, io) {
    const port = opts.port !== undefined ? parsePort(opts.port) : undefined;
    const inventory = await loadCluster(opts, io);
    const analysis = networkAnalysis(inventory, { hostNetwork: opts.hostNetwork });
    const bad = reportProblems(inventory, analysis, io);
    const src = resolveTarget(srcText, analysis);
    const dst = resolveTarget(dstText, analysis);
    if (src.kind === 'ip' && dst.kind === 'ip')
        throw new UsageError('at least one side must be a workload: NetworkPolicy says nothing about traffic between two outside addresses');
    const result = explain(analysis.model, src, dst, port);
    if (opts.output === 'json')
        io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else if (opts.output === 'yaml')
        io.stdout.write(stringify(result));
    else
        io.stdout.write(renderExplanation(result, colourWanted(io.stdout, io.env), src, dst));
    return bad ? EXIT.usage : EXIT.ok;
}
function portsText(p) {
    if (p === 'all')
        return 'all ports';
    if (p.length === 0)
        return 'nothing';
    return p.map((r) => `${r.protocol} ${r.from === r.to ? r.from : `${r.from}-${r.to}`}`).join(', ');
}
function renderExplanation(e, colour, src, dst) {
    const st = makeStyle(colour);
    const out = [];
    const what = e.port ? `${e.port.port}/${e.port.protocol}` : 'any port';
    const verdict = e.allowed ? st.severity('low', 'ALLOWED') : st.severity('high', 'DENIED');
    out.push(`${st.bold(e.src)} → ${st.bold(e.dst)} on ${what}: ${verdict}${e.port ? '' : e.allowed ? ` (${portsText(e.ports)})` : ''}`);
    if (e.self)
        out.push('  A pod can always reach itself: policies never block it.');
    const side = (s, subject) => {
        const whose = subject.kind === 'workload' ? `${subject.workload.kind}/${subject.workload.namespace}/${subject.workload.name}` : subject.text;
        out.push('', st.bold(`${s.direction === 'egress' ? 'Egress of' : 'Ingress of'} ${whose}`));
        if (s.open === 'outside-cluster')
            out.push(`  outside the cluster: NetworkPolicy does not govern its ${s.direction}.`);
        else if (s.open === 'host-network')
            out.push(`  hostNetwork pod: its traffic is the node's, and no NetworkPolicy selects it (--host-network node): ${s.direction} is not restricted.`);
        else if (s.open === 'not-selected')
            out.push(`  no NetworkPolicy selects it for ${s.direction}: all ${s.direction} is allowed.`);
        else {
            out.push(`  isolated by ${s.policies.map((p) => `NetworkPolicy ${p}`).join(', ')}`);
            if (s.rules.length === 0)
                out.push(`  no ${s.direction} rules: all ${s.direction} is denied.`);
            for (const r of s.rules) {
                const mark = r.matches ? (e.port ? (r.allowsPort ? st.severity('low', '✓ allows') : st.dim('✗ matches, not this port')) : st.severity('low', '✓ matches')) : st.dim('✗ does not match');
                out.push(`  ${mark}  ${r.policy} ${r.direction}[${r.rule}]: ${r.peers}; ports: ${portsText(r.ports)}`);
            }
            out.push(`  → ${s.direction} allows ${portsText(s.allowed)}`);
        }
    };
    side(e.egress, src);
    side(e.ingress, dst);
    return out.join('\n') + '\n';
}
/** `rampart netpol diff --before PATH --after PATH`. */
export async function runNetpolDiff(opts, io) {
    const ranges = namedRanges(opts.cidr);
    const load = async (paths, side) => {
        if (paths.length === 0)
            throw new UsageError(`--${side} needs a file or directory`);
        const inventory = await loadSources({ paths, readStdin: io.readStdin });
        const analysis = networkAnalysis(inventory, { hostNetwork: opts.hostNetwork });
        return { analysis, bad: reportProblems(inventory, analysis, io) };
    };
    const before = await load(opts.before, 'before');
    const after = await load(opts.after, 'after');
    const diff = diffMaps(before.analysis, after.analysis, { ranges });
    const opened = diff.opened.filter((c) => inNamespace(c, opts.namespace));
    const closed = diff.closed.filter((c) => inNamespace(c, opts.namespace));
    const json = (list) => list.map((c) => ({ src: endpointJson(c.src), dst: endpointJson(c.dst), ports: c.conn.toJSON() }));
    if (opts.output === 'json')
        io.stdout.write(JSON.stringify({ opened: json(opened), closed: json(closed) }, null, 2) + '\n');
    else if (opts.output === 'yaml')
        io.stdout.write(stringify({ opened: json(opened), closed: json(closed) }));
    else {
        const st = makeStyle(colourWanted(io.stdout, io.env));
        const lines = [];
        const row = (sign, c, style) => lines.push(style(`${sign} ${endpointLabel(c.src)} → ${endpointLabel(c.dst)}: ${c.conn.isAll() ? 'all ports' : c.conn.toString()}`));
        if (opened.length === 0 && closed.length === 0)
            lines.push('No connection opened or closed.');
        if (opened.length > 0)
            lines.push(st.bold(`Opened (${opened.length}):`));
        for (const c of opened)
            row('+', c, (s) => st.severity('high', s));
        if (closed.length > 0)
            lines.push(st.bold(`Closed (${closed.length}):`));
        for (const c of closed)
            row('-', c, (s) => st.severity('low', s));
        io.stdout.write(lines.join('\n') + '\n');
    }
    if (before.bad || after.bad)
        return EXIT.usage;
    return opts.failOnOpened && opened.length > 0 ? EXIT.findings : EXIT.ok;
}
//# sourceMappingURL=netpol.js.map