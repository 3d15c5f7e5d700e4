import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORKLOAD_CHECKS } from './index.js';
import { CIS_RECOMMENDATIONS } from '../../frameworks/cis/index.js';
// Runs from dist/: the compiled modules stand for their sources one to one.
const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir);
const checkModules = files.filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && f !== 'index.js');
describe('workload checks registry', () => {
    it('registers every check module of the folder, once, in id order', async () => {
        const registered = new Set(WORKLOAD_CHECKS);
        assert.equal(registered.size, WORKLOAD_CHECKS.length, 'a check is listed twice');
        for (const file of checkModules) {
            const mod = (await import(new URL(file, import.meta.url).href));
            assert.ok(mod.default && registered.has(mod.default), `${file}: its default export is not in WORKLOAD_CHECKS (index.ts)`);
        }
        assert.equal(checkModules.length, WORKLOAD_CHECKS.length, 'WORKLOAD_CHECKS lists a check that has no module of its own here');
        const ids = WORKLOAD_CHECKS.map((c) => c.meta.id);
        assert.deepEqual(ids, [...ids].sort(), 'keep WORKLOAD_CHECKS in id order');
    });
    it('names each file after its id and gives it a test beside it', async () => {
        for (const file of checkModules) {
            const { default: check } = (await import(new URL(file, import.meta.url).href));
            assert.equal(check.meta.id, `workload.${file.replace(/\.js$/, '')}`, `${file}: id and file name differ`);
            assert.ok(files.includes(file.replace(/\.js$/, '.test.js')), `${file}: no test beside it`);
        }
    });
    for (const { meta } of WORKLOAD_CHECKS) {
        it(`${meta.id}: complete metadata`, () => {
            assert.equal(meta.category, 'workload');
            assert.ok(meta.title.length > 0 && !meta.title.endsWith('.'), 'title');
            assert.ok(meta.rationale.length >= 120, 'rationale should teach: say why, for someone learning Kubernetes security');
            assert.match(meta.remediation, /```(yaml|sh)\n/, 'remediation should carry a YAML (or shell) snippet');
            const refs = meta.references;
            for (const key of refs.cis ?? [])
                assert.ok(key in CIS_RECOMMENDATIONS, `CIS recommendation ${key}`);
            assert.ok(refs.nsa?.length, 'NSA-CISA section');
            assert.ok(refs.mitre?.length, 'MITRE ATT&CK technique');
            for (const t of refs.mitre ?? [])
                assert.match(t, /^T\d{4}(\.\d{3})?$/, `MITRE id ${t}`);
            assert.ok(refs.kcsa?.length, 'KCSA domain');
            assert.ok(refs.docs?.some((d) => d.startsWith('https://kubernetes.io/docs/')), 'a kubernetes.io docs link');
        });
    }
});
//# sourceMappingURL=index.test.js.map