import { endpointKey } from '../../analysis/netpol/map.js';
import { endpointLabel } from './label.js';
/** Mermaid text inside `"..."`: its entity codes for the characters that would end or break the label. */
function text(s) {
    return `"${s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
}
/** A Mermaid flowchart: a subgraph per namespace, external ranges as stadiums, edges labelled with ports. */
export function renderMapMermaid(workloads, connections) {
    const ids = new Map();
    const out = ['flowchart LR'];
    const byNamespace = new Map();
    for (const w of workloads) {
        let list = byNamespace.get(w.namespace);
        if (!list)
            byNamespace.set(w.namespace, (list = []));
        list.push(w);
    }
    let ns = 0;
    for (const [name, list] of byNamespace) {
        out.push(`  subgraph ns${ns++}[${text(`namespace ${name}`)}]`);
        for (const w of list) {
            const id = `w${ids.size}`;
            ids.set(`${w.kind}/${w.namespace}/${w.name}`, id);
            out.push(`    ${id}[${text(`${w.name} (${w.kind})`)}]`);
        }
        out.push('  end');
    }
    const edges = [];
    for (const c of connections) {
        for (const e of [c.src, c.dst]) {
            const key = endpointKey(e);
            if (ids.has(key))
                continue;
            const id = `x${ids.size}`;
            ids.set(key, id);
            out.push(`  ${id}([${text(endpointLabel(e))}])`);
        }
        edges.push(`  ${ids.get(endpointKey(c.src))} -->|${text(c.conn.isAll() ? 'all' : c.conn.toString())}| ${ids.get(endpointKey(c.dst))}`);
    }
    return [...out, ...edges].join('\n') + '\n';
}
//# sourceMappingURL=mermaid.js.map