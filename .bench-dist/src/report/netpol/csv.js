import { endpointLabel } from './label.js';
/** RFC 4180: quote when needed, double the quotes. */
function field(s) {
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
/** `src,dst,ports,src_names,dst_names`: one row per connection; ports as in the table (`all`, `TCP 80,443; UDP 53`). */
export function renderMapCsv(connections) {
    const rows = ['src,dst,ports,src_names,dst_names'];
    for (const c of connections) {
        const names = (e) => (e.type === 'external' ? e.range.names.join(' ') : '');
        rows.push([endpointLabel(c.src, false), endpointLabel(c.dst, false), c.conn.isAll() ? 'all' : c.conn.toString(), names(c.src), names(c.dst)].map(field).join(','));
    }
    return rows.join('\r\n') + '\r\n';
}
//# sourceMappingURL=csv.js.map