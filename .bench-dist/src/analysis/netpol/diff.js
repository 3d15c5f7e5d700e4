import { endpointKey, WorkloadMap } from './map.js';
import { ConnSet } from './ports.js';
function ipBlocks(a) {
    return a.model.rules.flatMap((r) => (r.peers ?? []).flatMap((p) => (p.kind === 'ip' ? [p.set] : [])));
}
export function diffMaps(before, after, options = {}) {
    const boundaries = [...ipBlocks(before), ...ipBlocks(after), ...(options.boundaries ?? [])];
    const index = (a) => {
        const out = new Map();
        for (const c of new WorkloadMap(a.engine, { ...options, boundaries }).connections())
            out.set(`${endpointKey(c.src)}\0${endpointKey(c.dst)}`, c);
        return out;
    };
    const was = index(before);
    const now = index(after);
    const opened = [];
    const closed = [];
    for (const [key, c] of now) {
        const extra = c.conn.subtract(was.get(key)?.conn ?? ConnSet.NONE);
        if (!extra.isEmpty())
            opened.push({ ...c, conn: extra });
    }
    for (const [key, c] of was) {
        const gone = c.conn.subtract(now.get(key)?.conn ?? ConnSet.NONE);
        if (!gone.isEmpty())
            closed.push({ ...c, conn: gone });
    }
    return { opened, closed };
}
//# sourceMappingURL=diff.js.map