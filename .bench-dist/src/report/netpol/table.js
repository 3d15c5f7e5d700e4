import { endpointLabel } from './label.js';
/** Aligned columns SOURCE, DESTINATION, PORTS; a count at the end. */
export function renderMapTable(connections, st) {
    const rows = [];
    for (const c of connections)
        rows.push([endpointLabel(c.src), endpointLabel(c.dst), c.conn.isAll() ? 'all' : c.conn.toString()]);
    if (rows.length === 0)
        return 'No allowed connections.\n';
    const header = ['SOURCE', 'DESTINATION', 'PORTS'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return [st.bold(line(header)), ...rows.map(line), '', `${rows.length} allowed connection(s).`].join('\n') + '\n';
}
//# sourceMappingURL=table.js.map