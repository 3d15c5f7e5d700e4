import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PRIVILEGED_DEPLOYMENT, scanWithConfig } from './testing.js';
const config = (selector) => `apiVersion: rampart.dev/v1
kind: Config
exceptions:
- checks: ["pss.privileged"]
  resources: [${selector}]
  justification: accepted until the node agent is replaced
  owner: sre@example.com
`;
describe('exceptions.stale', () => {
    it('passes: an exception that matches a finding (by kind, namespace glob, name, labels)', () => {
        const result = scanWithConfig(PRIVILEGED_DEPLOYMENT, config('{kind: Deployment, namespace: "sh*", labels: {team: sre}}'), undefined, ['pss.privileged', 'exceptions.*']);
        assert.ok(result.findings.find((f) => f.checkId === 'pss.privileged')?.waived);
        assert.ok(!result.findings.some((f) => f.checkId === 'exceptions.stale'));
        assert.deepEqual(result.waivers.map((w) => [w.status, w.matched]), [['active', 1]]);
    });
    it('fails: a mistyped selector waives nothing and is reported', () => {
        const result = scanWithConfig(PRIVILEGED_DEPLOYMENT, config('{kind: Deployment, namespace: shop, name: debug-shel}'), undefined, ['pss.privileged', 'exceptions.*']);
        assert.equal(result.findings.find((f) => f.checkId === 'pss.privileged')?.waived, undefined);
        const stale = result.findings.filter((f) => f.checkId === 'exceptions.stale');
        assert.equal(stale.length, 1);
        assert.match(stale[0].message, /the exception for pss\.privileged matches no finding/);
        assert.equal(stale[0].location?.line, 4);
    });
    it('fails: a label the object does not carry', () => {
        const result = scanWithConfig(PRIVILEGED_DEPLOYMENT, config('{labels: {team: payments}}'), undefined, ['pss.privileged', 'exceptions.*']);
        assert.equal(result.findings.filter((f) => f.checkId === 'exceptions.stale').length, 1);
    });
});
//# sourceMappingURL=stale.test.js.map