import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { DEFAULT_CONFIG } from '../../config.js';
import { PSS_CHECKS } from './index.js';
import { PSS_CONTROLS } from '../../analysis/pss/index.js';
import { fullMessage } from '../../findings/finding.js';
const ROOT_POD = `apiVersion: v1
kind: Namespace
metadata:
  name: old
  labels: {pod-security.kubernetes.io/enforce: baseline, pod-security.kubernetes.io/enforce-version: v1.7}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: old}
spec:
  containers:
  - {name: a, image: x, securityContext: {privileged: true}}
`;
function ids(config = DEFAULT_CONFIG) {
    return [...new Set(scan(loadText(ROOT_POD), { registry: PSS_CHECKS, config }).findings.map((f) => f.checkId))].sort();
}
describe('Pod Security Standards checks', () => {
    it('one check per Kubernetes control', () => {
        assert.equal(PSS_CHECKS.length, PSS_CONTROLS.length);
    });
    it('the namespace enforce-version decides the policy version: allowPrivilegeEscalation starts at v1.8, capabilities_restricted at v1.22', () => {
        assert.deepEqual(ids(), ['pss.privileged', 'pss.run-as-non-root']);
    });
    it('a forced version overrides the namespace label', () => {
        assert.ok(ids({ ...DEFAULT_CONFIG, pss: { level: 'restricted', version: 'latest' } }).includes('pss.allow-privilege-escalation'));
    });
    it('level baseline reports only baseline controls', () => {
        assert.deepEqual(ids({ ...DEFAULT_CONFIG, pss: { level: 'baseline' } }), ['pss.privileged']);
    });
    it('namespace mode reports only what admission would reject', () => {
        assert.deepEqual(ids({ ...DEFAULT_CONFIG, pss: { level: 'namespace' } }), ['pss.privileged']);
        const privilegedNs = loadText(ROOT_POD.replace('enforce: baseline', 'enforce: privileged'));
        assert.deepEqual(scan(privilegedNs, { registry: PSS_CHECKS, config: { ...DEFAULT_CONFIG, pss: { level: 'namespace' } } }).findings, []);
    });
    it('says whether the namespace rejects, warns about, audits or admits the pod', () => {
        const text = ROOT_POD.replace('pod-security.kubernetes.io/enforce-version: v1.7', 'pod-security.kubernetes.io/warn: restricted, pod-security.kubernetes.io/audit: restricted');
        const messages = Object.fromEntries(scan(loadText(text), { registry: PSS_CHECKS }).findings.map((f) => [f.checkId, fullMessage(f)]));
        assert.match(messages['pss.privileged'], /\(rejected at admission: namespace "old" enforces baseline:latest\)$/);
        assert.match(messages['pss.run-as-non-root'], /\(admitted with a warning: namespace "old" enforces baseline but warns at restricted\)$/);
        const audited = Object.fromEntries(scan(loadText(text.replace('pod-security.kubernetes.io/warn: restricted, ', '')), { registry: PSS_CHECKS }).findings.map((f) => [f.checkId, fullMessage(f)]));
        assert.match(audited['pss.run-as-non-root'], /admitted and audited/);
    });
});
//# sourceMappingURL=pss-check.test.js.map