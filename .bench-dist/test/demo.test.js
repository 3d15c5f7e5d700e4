import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
const root = fileURLToPath(new URL('../../', import.meta.url));
async function run(argv) {
    let out = '';
    let err = '';
    const io = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: root };
    const code = await main(argv, io);
    return { code, out, err };
}
describe('the bundled demo', () => {
    it('loads with no diagnostics, and the JSON report is schema-valid and byte-identical across runs', async () => {
        const first = await run(['scan', '-f', `${root}demo`, '-o', 'json']);
        const second = await run(['scan', '-f', `${root}demo`, '-o', 'json']);
        assert.equal(first.code, 0);
        assert.equal(first.err, '');
        assert.equal(first.out, second.out);
        const doc = JSON.parse(first.out);
        assert.deepEqual(doc.diagnostics, []);
        const { default: Ajv } = await import('ajv');
        const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(`${root}docs/scan-result.schema.json`, 'utf8')));
        assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
    });
    it('shows what it was built to show', async () => {
        const doc = JSON.parse((await run(['scan', '-f', `${root}demo`, '-o', 'json'])).out);
        const has = (checkId, name) => doc.findings.some((f) => f.checkId === checkId && f.resource.name === name);
        for (const [checkId, name] of [
            ['pss.privileged', 'netdebug'],
            ['pss.host-namespaces', 'netdebug'],
            ['pss.host-path-volumes', 'netdebug'],
            ['secrets.env-literal-credentials', 'api'],
            ['network.exposed-service', 'frontend'],
            ['images.latest-tag', 'frontend'],
            ['workload.sensitive-not-isolated', 'postgres'],
            ['namespaces.pss-not-enforced', 'shop-data'],
            ['namespaces.pss-weaker-than-warn', 'tools'],
        ]) {
            assert.ok(has(checkId, name), `${checkId} on ${name}`);
        }
        assert.ok(!doc.findings.some((f) => f.resource.namespace === 'blog' || f.resource.name === 'blog'), 'the blog namespace is clean');
    });
    it('rampart pss shows a namespace that can be raised and one whose workloads break its level', async () => {
        const doc = JSON.parse((await run(['pss', '-f', `${root}demo`, '-o', 'json'])).out);
        const ns = Object.fromEntries(doc.namespaces.map((n) => [n.namespace, n]));
        assert.equal(ns.blog.enforce.level, 'baseline');
        assert.equal(ns.blog.achievableLevel, 'restricted');
        assert.ok(ns.tools.violating > 0);
        assert.equal(ns.monitoring.achievableLevel, 'restricted');
        assert.equal(ns.shop.achievableLevel, 'privileged');
    });
});
//# sourceMappingURL=demo.test.js.map