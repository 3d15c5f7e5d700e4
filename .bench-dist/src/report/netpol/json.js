import { endpointJson } from '../../analysis/netpol/map.js';
/**
 * `rampart netpol map -o json`, the machine contract:
 * `{"connections":[{"src":<endpoint>,"dst":<endpoint>,"ports":"all" | [{"protocol","from","to"}]}]}`,
 * a workload endpoint being `{"kind","namespace","name"}` and an external one `{"ipRange":"first-last","cidrs":[...]}`.
 * One connection per line, in the map's order, so the output diffs and greps well.
 */
export function renderMapJson(connections) {
    const lines = [];
    for (const c of connections)
        lines.push(`    ${JSON.stringify({ src: endpointJson(c.src), dst: endpointJson(c.dst), ports: c.conn.toJSON() })}`);
    return lines.length === 0 ? '{\n  "connections": []\n}\n' : `{\n  "connections": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
//# sourceMappingURL=json.js.map