import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanWithConfig } from './testing.js';
const annotated = `apiVersion: v1
kind: Pod
metadata:
  name: tools
  namespace: shop
  annotations:
    rampart.dev/waive.pss.privileged: "we need it"
spec:
  containers:
  - name: c
    image: busybox:1.36
    securityContext: {privileged: true}
`;
const base = 'apiVersion: rampart.dev/v1\nkind: Config\n';
describe('exceptions.annotation-not-permitted', () => {
    it('fails: by default a waiver annotation waives nothing, and says so at its line', () => {
        const result = scanWithConfig(annotated, base, undefined, ['pss.privileged', 'exceptions.*']);
        assert.equal(result.findings.find((f) => f.checkId === 'pss.privileged')?.waived, undefined, 'the annotation is not a self-exemption');
        const ignored = result.findings.filter((f) => f.checkId === 'exceptions.annotation-not-permitted');
        assert.equal(ignored.length, 1);
        assert.equal(ignored[0].location?.line, 7);
        assert.match(ignored[0].message, /waives nothing/);
        assert.deepEqual(result.waivers.map((w) => [w.kind, w.status]), [['annotation', 'not-permitted']]);
    });
    it('passes: when the configuration permits them, the finding is waived and the waiver listed', () => {
        const result = scanWithConfig(annotated, `${base}annotationWaivers: true\n`, undefined, ['pss.privileged', 'exceptions.*']);
        const f = result.findings.find((x) => x.checkId === 'pss.privileged');
        assert.deepEqual(f?.waived, { justification: 'we need it', source: { kind: 'annotation', annotation: 'rampart.dev/waive.pss.privileged' } });
        assert.ok(!result.findings.some((x) => x.checkId === 'exceptions.annotation-not-permitted'));
        assert.deepEqual(result.waivers.map((w) => [w.kind, w.status, w.matched, w.object?.name]), [['annotation', 'active', 1, 'tools']]);
    });
});
//# sourceMappingURL=annotation-not-permitted.test.js.map