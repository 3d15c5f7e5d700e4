import { endpointKey } from '../../analysis/netpol/map.js';
import { endpointLabel } from './label.js';
/** A DOT double-quoted string: backslashes and quotes escaped, newlines as \n. */
function q(s) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
/**
 * Graphviz DOT: one cluster per namespace holding its workloads (every workload, connected or not),
 * external ranges as ellipses, one edge per connection labelled with its ports.
 */
export function renderMapDot(workloads, connections) {
    const out = ['digraph rampart_netpol {', '  rankdir=LR;', '  graph [fontname="Helvetica", fontsize=11];', '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
    const byNamespace = new Map();
    for (const w of workloads) {
        let list = byNamespace.get(w.namespace);
        if (!list)
            byNamespace.set(w.namespace, (list = []));
        list.push(w);
    }
    let n = 0;
    for (const [ns, list] of byNamespace) {
        out.push(`  subgraph ${q(`cluster_${n++}`)} {`, `    label=${q(`namespace ${ns}`)};`);
        for (const w of list)
            out.push(`    ${q(`${w.kind}/${w.namespace}/${w.name}`)} [label=${q(`${w.name}\n${w.kind}`)}];`);
        out.push('  }');
    }
    const externals = new Map();
    const edges = [];
    for (const c of connections) {
        for (const e of [c.src, c.dst])
            if (e.type === 'external')
                externals.set(endpointKey(e), e);
        edges.push(`  ${q(endpointKey(c.src))} -> ${q(endpointKey(c.dst))} [label=${q(c.conn.isAll() ? 'all' : c.conn.toString())}];`);
    }
    for (const [key, e] of externals)
        out.push(`  ${q(key)} [shape=ellipse, style=dashed, label=${q(endpointLabel(e).replace(' (', '\n('))}];`);
    out.push(...edges, '}');
    return out.join('\n') + '\n';
}
//# sourceMappingURL=dot.js.map