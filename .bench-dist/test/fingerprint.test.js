import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadInventory } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';
const DEPLOYMENT = (containers) => `# a comment that shifts every line
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    spec:
      containers:
${containers}`;
const APP = '      - {name: app, image: "nginx:latest", securityContext: {privileged: true}}\n';
const SIDECAR = '      - {name: sidecar, image: envoy}\n';
function fingerprints(file, text) {
    const result = scan(loadInventory([{ file, content: text }]));
    return new Map(result.findings.map((f) => [`${f.checkId} ${f.message.replace(/ \(admitted.*$/, '')}`, f.fingerprint]));
}
describe('fingerprints', () => {
    it('are stable across file moves, line shifts and container reordering', () => {
        const before = fingerprints('k8s/api.yaml', DEPLOYMENT(APP + SIDECAR));
        const after = fingerprints('moved/elsewhere/api.yaml', '\n\n' + DEPLOYMENT(SIDECAR + APP));
        const containerScoped = [...before.keys()].filter((k) => k.startsWith('images.') || k.startsWith('workload.read-only'));
        assert.ok(containerScoped.length > 0);
        for (const key of containerScoped)
            assert.equal(after.get(key), before.get(key), key);
    });
    it('differ between resources, checks and containers', () => {
        const fps = [...fingerprints('a.yaml', DEPLOYMENT(APP + SIDECAR)).values()];
        assert.equal(new Set(fps).size, fps.length);
    });
});
//# sourceMappingURL=fingerprint.test.js.map