import { stringify } from 'yaml';
import { ALL_CHECKS, findCheck } from '../../checks/registry.js';
import { UsageError } from '../../inventory/diagnostics.js';
import { AREAS } from '../../findings/finding.js';
import { renderCheckDoc } from '../../checks/docs.js';
import { makeStyle, colourWanted } from '../../report/style.js';
import { EXIT } from '../io.js';
export function runChecksList(opts, io) {
    const rows = ALL_CHECKS.map(({ meta }) => ({ id: meta.id, severity: meta.severity, area: meta.area, title: meta.title, references: meta.references }));
    if (opts.output === 'json')
        io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else if (opts.output === 'yaml')
        io.stdout.write(stringify(rows));
    else {
        const st = makeStyle(colourWanted(io.stdout, io.env));
        const w = Math.max(...rows.map((r) => r.id.length));
        io.stdout.write(`${'ID'.padEnd(w)}  SEVERITY  AREA            TITLE\n`);
        for (const r of ALL_CHECKS) {
            const m = r.meta;
            io.stdout.write(`${m.id.padEnd(w)}  ${st.severity(m.severity, m.severity.padEnd(8))}  ${m.area.padEnd(14)}  ${m.title}\n`);
        }
        io.stdout.write(`${rows.length} checks\n`);
    }
    return EXIT.ok;
}
export function runChecksExplain(id, opts, io) {
    const check = findCheck(id);
    if (!check) {
        const close = ALL_CHECKS.filter((c) => c.meta.id.includes(id) || id.includes(c.meta.id.split('.')[1] ?? '')).map((c) => c.meta.id);
        throw new UsageError(`unknown check "${id}"${close.length ? `; did you mean ${close.slice(0, 3).join(', ')}?` : ''} (see \`rampart checks list\`)`);
    }
    if (opts.output === 'json')
        io.stdout.write(JSON.stringify({ ...check.meta, areaTitle: AREAS[check.meta.area].title }, null, 2) + '\n');
    else
        io.stdout.write(renderCheckDoc(check));
    return EXIT.ok;
}
//# sourceMappingURL=checks.js.map