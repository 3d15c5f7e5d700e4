import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_CHECKS } from '../src/checks/registry.js';
import { renderCheckDoc, renderCheckIndex } from '../src/checks/docs.js';
import { AREAS } from '../src/findings/finding.js';
import { VERSION } from '../src/version.js';
const root = fileURLToPath(new URL('../../', import.meta.url));
describe('check registry, tests and docs stay in step', () => {
    it('ids are unique, well-formed and match their category and file', () => {
        const ids = ALL_CHECKS.map((c) => c.meta.id);
        assert.equal(new Set(ids).size, ids.length, 'duplicate check id');
        for (const { meta } of ALL_CHECKS) {
            assert.match(meta.id, /^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/, meta.id);
            const [category, name] = meta.id.split('.');
            assert.equal(category, meta.category, `${meta.id}: id prefix is its category`);
            assert.ok(existsSync(`${root}src/checks/${category}/${name}.ts`), `${meta.id}: src/checks/${category}/${name}.ts`);
            assert.ok(existsSync(`${root}src/checks/${category}/${name}.test.ts`), `${meta.id}: has a test beside it`);
        }
    });
    it('every check explains itself and carries references', () => {
        for (const { meta } of ALL_CHECKS) {
            assert.ok(meta.title.length > 3 && meta.rationale.length > 40 && meta.remediation.length > 10, `${meta.id}: title, rationale, remediation`);
            assert.ok(meta.area in AREAS, `${meta.id}: area`);
            assert.ok(meta.references.kcsa?.length, `${meta.id}: KCSA domain`);
            assert.ok(meta.references.cis?.length || meta.references.nsa?.length || meta.references.mitre?.length, `${meta.id}: a CIS, NSA-CISA or MITRE reference`);
        }
    });
    it('docs/checks is generated from metadata and current (npm run docs)', () => {
        const dir = `${root}docs/checks/`;
        for (const check of ALL_CHECKS) {
            const file = `${dir}${check.meta.id}.md`;
            assert.ok(existsSync(file), `${file} missing: run npm run docs`);
            assert.equal(readFileSync(file, 'utf8'), renderCheckDoc(check), `${file} is stale: run npm run docs`);
        }
        assert.equal(readFileSync(`${dir}README.md`, 'utf8'), renderCheckIndex(ALL_CHECKS), 'docs/checks/README.md is stale: run npm run docs');
        const pages = readdirSync(dir).filter((f) => f !== 'README.md');
        assert.equal(pages.length, ALL_CHECKS.length, 'a page for a check that no longer exists: run npm run docs');
    });
    it('VERSION matches package.json', () => {
        assert.equal(VERSION, JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version);
    });
});
//# sourceMappingURL=checks-meta.test.js.map