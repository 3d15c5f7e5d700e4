import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PRIVILEGED_DEPLOYMENT, scanWithConfig } from './testing.js';
const config = (expires) => `apiVersion: rampart.dev/v1
kind: Config
exceptions:
- checks: ["pss.privileged"]
  resources: [{kind: Deployment, namespace: shop, name: "debug-*"}]
  justification: node debugger, removed after the incident review
  owner: platform@example.com
  expires: ${expires}
`;
describe('exceptions.expired', () => {
    it('passes: an exception valid through its expiry date waives, and is not reported', () => {
        const result = scanWithConfig(PRIVILEGED_DEPLOYMENT, config('2026-11-24'), '2026-11-24', ['pss.privileged', 'exceptions.*']);
        const privileged = result.findings.find((f) => f.checkId === 'pss.privileged');
        assert.equal(privileged?.waived?.justification, 'node debugger, removed after the incident review');
        assert.equal(privileged?.waived?.expires, '2026-11-24');
        assert.ok(!result.findings.some((f) => f.checkId === 'exceptions.expired'));
    });
    it('fails: past its date the exception waives nothing and is reported at its line', () => {
        const result = scanWithConfig(PRIVILEGED_DEPLOYMENT, config('2026-11-23'), '2026-11-24', ['pss.privileged', 'exceptions.*']);
        assert.equal(result.findings.find((f) => f.checkId === 'pss.privileged')?.waived, undefined, 'no longer waived');
        const expired = result.findings.filter((f) => f.checkId === 'exceptions.expired');
        assert.equal(expired.length, 1);
        assert.match(expired[0].message, /expired on 2026-11-23/);
        assert.equal(expired[0].location?.line, 4);
        assert.equal(expired[0].resource.kind, 'Exception');
        assert.equal(result.waivers[0].status, 'expired');
    });
});
//# sourceMappingURL=expired.test.js.map