// Regenerates docs/checks/ from check metadata: `npm run docs`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_CHECKS } from '../src/checks/registry.js';
import { renderCheckDoc, renderCheckIndex } from '../src/checks/docs.js';
const dir = fileURLToPath(new URL('../../docs/checks/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir))
    if (f.endsWith('.md'))
        rmSync(dir + f);
for (const check of ALL_CHECKS)
    writeFileSync(`${dir}${check.meta.id}.md`, renderCheckDoc(check));
writeFileSync(`${dir}README.md`, renderCheckIndex(ALL_CHECKS));
console.log(`wrote ${ALL_CHECKS.length} check pages to docs/checks/`);
//# sourceMappingURL=gen-docs.js.map