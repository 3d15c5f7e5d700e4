import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInventory } from '../inventory/load.js';
import { scan } from '../scan.js';
import { compareWithBaseline, readBaseline } from './baseline.js';
const pod = (name, privileged, hostPID) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: a}\nspec:\n  hostPID: ${hostPID}\n  containers:\n  - name: c\n    image: nginx:1.27\n    securityContext: {privileged: ${privileged}}\n`;
const findingsOf = (files) => [...scan(loadInventory(Object.entries(files).map(([file, content]) => ({ file, content }))), { checks: ['pss.privileged', 'pss.host-namespaces'] }).findings];
function baselineFile(findings) {
    const file = join(mkdtempSync(join(tmpdir(), 'rampart-baseline-')), 'previous.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: '2.0', findings }));
    return file;
}
describe('baselines', () => {
    it('marks new and unchanged findings and lists the fixed ones', () => {
        const before = findingsOf({ 'k8s/a.yaml': pod('web', true, true) });
        assert.equal(before.length, 2);
        const file = baselineFile(before);
        // privileged fixed, hostPID kept, a new pod added
        const now = findingsOf({ 'k8s/a.yaml': pod('web', false, true) + '---\n' + pod('new', true, false) });
        const { findings, fixed } = compareWithBaseline(now, readBaseline(file));
        assert.deepEqual(findings.map((f) => [f.resource.name, f.checkId, f.baseline]).sort(), [['new', 'pss.privileged', 'new'], ['web', 'pss.host-namespaces', 'unchanged']]);
        assert.deepEqual(fixed.map((f) => [f.resource.name, f.checkId]), [['web', 'pss.privileged']]);
    });
    it('a moved file and shifted lines keep the fingerprint: unchanged', () => {
        const file = baselineFile(findingsOf({ 'k8s/a.yaml': pod('web', true, false) }));
        const moved = findingsOf({ 'deploy/prod/web.yaml': '# moved here\n\n' + pod('web', true, false) });
        const { findings, fixed } = compareWithBaseline(moved, readBaseline(file));
        assert.deepEqual(findings.map((f) => f.baseline), ['unchanged']);
        assert.equal(findings[0].location?.file, 'deploy/prod/web.yaml');
        assert.deepEqual(fixed, []);
    });
    it('a file that is not a report is a clear error', () => {
        const file = join(mkdtempSync(join(tmpdir(), 'rampart-baseline-')), 'x.json');
        writeFileSync(file, '{"kind": "List"}');
        assert.throws(() => readBaseline(file), /x\.json: not a Rampart JSON report/);
        assert.throws(() => readBaseline(file + '.missing'), /no such file/);
    });
});
//# sourceMappingURL=baseline.test.js.map