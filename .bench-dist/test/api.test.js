import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
describe('public API', () => {
    it('imports without doing I/O, and scans text end to end', async () => {
        const api = await import('../src/index.js');
        const inventory = api.loadText('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: [{name: a, image: x}]\n');
        const result = api.scan(inventory, { checks: ['pss.host-namespaces'] });
        assert.equal(result.findings.length, 1);
        assert.equal(result.findings[0].location?.line, 5);
        assert.equal(JSON.parse(api.renderJson(result)).schemaVersion, api.SCHEMA_VERSION);
        assert.deepEqual(api.evaluatePod(inventory.podSpecs()[0], 'baseline').map((v) => v.control), ['hostNamespaces']);
    });
});
//# sourceMappingURL=api.test.js.map