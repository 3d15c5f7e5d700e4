import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PssInputError, achievableLevel, admissionMessage, compareLevels, effectiveVersion, evaluatePod, isAllowed, namespacePolicy, parseLevel, parseVersion, } from './index.js';
import { loadText } from '../../inventory/load.js';
describe('parseLevel', () => {
    it('accepts the three levels', () => {
        for (const l of ['privileged', 'baseline', 'restricted'])
            assert.equal(parseLevel(l), l);
    });
    it('rejects anything else with a typed error', () => {
        for (const bad of ['', 'Restricted', 'strict', ' baseline']) {
            assert.throws(() => parseLevel(bad), (e) => e instanceof PssInputError && e.kind === 'level' && e.value === bad && /must be one of privileged, baseline, restricted/.test(e.message));
        }
    });
});
describe('parseVersion', () => {
    it('accepts latest and v1.N without leading zeros', () => {
        assert.equal(parseVersion('latest'), 'latest');
        assert.equal(parseVersion('v1.0'), 'v1.0');
        assert.equal(parseVersion('v1.23'), 'v1.23');
        assert.equal(parseVersion('v1.100'), 'v1.100');
    });
    it('rejects what Kubernetes rejects', () => {
        for (const bad of ['', 'Latest', '1.23', 'v1.023', 'v1.23.0', 'v2.0', 'v1', 'v1.', 'v1.-1', 'v1.99999999999999999999']) {
            assert.throws(() => parseVersion(bad), (e) => e instanceof PssInputError && e.kind === 'version' && /must be "latest" or "v1.x"/.test(e.message), bad);
        }
    });
    it('evaluates latest and future versions as the newest registered version', () => {
        const newest = effectiveVersion('latest');
        assert.match(newest, /^v1\.\d+$/);
        assert.equal(effectiveVersion('v1.999'), newest);
        assert.equal(effectiveVersion('v1.23'), 'v1.23');
    });
    it('evaluatePod throws on an invalid level or version', () => {
        const pod = { spec: { containers: [{ name: 'a' }] } };
        assert.throws(() => evaluatePod(pod, 'strict', 'latest'), PssInputError);
        assert.throws(() => evaluatePod(pod, 'baseline', '1.25'), PssInputError);
    });
});
describe('namespacePolicy', () => {
    const ns = (labels) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', labels } });
    it('defaults to privileged:latest for everything', () => {
        for (const input of [undefined, ns(), ns({}), ns({ team: 'a' })]) {
            assert.deepEqual(namespacePolicy(input), {
                enforce: { level: 'privileged', version: 'latest' },
                audit: { level: 'privileged', version: 'latest' },
                warn: { level: 'privileged', version: 'latest' },
                errors: [],
            });
        }
    });
    it('reads the six labels', () => {
        const p = namespacePolicy(ns({
            'pod-security.kubernetes.io/enforce': 'baseline',
            'pod-security.kubernetes.io/enforce-version': 'v1.25',
            'pod-security.kubernetes.io/audit': 'restricted',
            'pod-security.kubernetes.io/warn': 'restricted',
            'pod-security.kubernetes.io/warn-version': 'v1.30',
        }));
        assert.deepEqual(p.enforce, { level: 'baseline', version: 'v1.25' });
        assert.deepEqual(p.audit, { level: 'restricted', version: 'latest' });
        assert.deepEqual(p.warn, { level: 'restricted', version: 'v1.30' });
        assert.deepEqual(p.errors, []);
    });
    it('fails closed for an invalid enforce level and open for audit and warn', () => {
        const p = namespacePolicy(ns({
            'pod-security.kubernetes.io/enforce': 'strict',
            'pod-security.kubernetes.io/enforce-version': 'v1.25.0',
            'pod-security.kubernetes.io/audit': 'nope',
            'pod-security.kubernetes.io/warn': 'Baseline',
            'pod-security.kubernetes.io/warn-version': 'v1.24',
        }));
        assert.deepEqual(p.enforce, { level: 'restricted', version: 'latest' });
        assert.deepEqual(p.audit, { level: 'privileged', version: 'latest' });
        assert.deepEqual(p.warn, { level: 'privileged', version: 'v1.24' });
        assert.deepEqual(p.errors, [
            'metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted',
            'metadata.labels[pod-security.kubernetes.io/enforce-version]: Invalid value: "v1.25.0": must be "latest" or "v1.x"',
            'metadata.labels[pod-security.kubernetes.io/audit]: Invalid value: "nope": must be one of privileged, baseline, restricted',
            'metadata.labels[pod-security.kubernetes.io/warn]: Invalid value: "Baseline": must be one of privileged, baseline, restricted',
        ]);
    });
    it('accepts an InventoryObject', () => {
        const inv = loadText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n');
        assert.equal(namespacePolicy(inv.get('Namespace', undefined, 'team-a')).enforce.level, 'restricted');
    });
    it('an empty label value is invalid', () => {
        assert.deepEqual(namespacePolicy(ns({ 'pod-security.kubernetes.io/enforce': '' })).enforce, { level: 'restricted', version: 'latest' });
    });
});
describe('evaluatePod', () => {
    const bad = {
        metadata: {},
        spec: {
            hostPID: true,
            securityContext: { sysctls: [{ name: 'kernel.msgmax' }] },
            containers: [{ name: 'app', securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } } }],
            volumes: [{ name: 'h', hostPath: { path: '/' } }],
        },
    };
    it('privileged allows everything', () => {
        assert.deepEqual(evaluatePod(bad, 'privileged', 'latest'), []);
        assert.equal(isAllowed(bad, 'privileged'), true);
    });
    it('reports in Kubernetes order: baseline check ids sorted, then restricted ones', () => {
        assert.deepEqual(evaluatePod(bad, 'restricted', 'latest').map((v) => v.control), ['hostNamespaces', 'privileged', 'sysctls', 'allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'seccompProfile_restricted']);
        assert.deepEqual(evaluatePod(bad, 'baseline', 'v1.23').map((v) => v.control), ['capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'privileged', 'sysctls']);
    });
    it('formats reason (detail) and the admission message', () => {
        const v = evaluatePod(bad, 'baseline', 'latest');
        assert.deepEqual(v[0], {
            control: 'capabilities_baseline',
            reason: 'non-default capabilities',
            detail: 'container "app" must not include "NET_ADMIN" in securityContext.capabilities.add',
            message: 'non-default capabilities (container "app" must not include "NET_ADMIN" in securityContext.capabilities.add)',
            pointers: ['/spec/containers/0/securityContext/capabilities/add/0'],
        });
        assert.equal(admissionMessage({ level: 'baseline', version: 'latest' }, v), 'violates PodSecurity "baseline:latest": non-default capabilities (container "app" must not include "NET_ADMIN" in securityContext.capabilities.add), host namespaces (hostPID), hostPath volumes (volume "h"), privileged (container "app" must not set securityContext.privileged=true), forbidden sysctls (kernel.msgmax)');
        assert.match(admissionMessage({ level: 'baseline', version: 'v1.25' }, v, 'warn'), /^would violate PodSecurity "baseline:v1.25": /);
    });
    it('the example from the admission docs', () => {
        const pod = { spec: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'app', securityContext: { capabilities: { drop: ['ALL'] } } }, { name: 'sidecar', securityContext: { capabilities: { drop: ['ALL'] } } }] } };
        assert.deepEqual(evaluatePod(pod, 'restricted', 'latest').map((v) => v.message), ['allowPrivilegeEscalation != false (containers "app", "sidecar" must set securityContext.allowPrivilegeEscalation=false)']);
    });
    it('tolerates malformed input', () => {
        const weird = { metadata: null, spec: { containers: 'x', initContainers: [null, 3, { name: 7 }], securityContext: [], volumes: {}, os: 'windows' } };
        assert.doesNotThrow(() => evaluatePod(weird, 'restricted', 'latest'));
        assert.doesNotThrow(() => evaluatePod({ spec: null }, 'restricted', 'v1.0'));
        // a container without a name is reported as "" like Go's zero value
        assert.ok(evaluatePod(weird, 'restricted', 'latest').some((v) => v.detail.includes('container "" must')));
    });
    it('defaults hostPort to containerPort for hostNetwork Pods, not for pod templates', () => {
        const spec = { hostNetwork: true, containers: [{ name: 'app', ports: [{ containerPort: 8080 }] }] };
        const pod = evaluatePod({ spec }, 'baseline', 'latest');
        assert.deepEqual(pod.map((v) => v.message), ['host namespaces (hostNetwork)', 'hostPort (container "app" uses hostPort 8080)']);
        assert.deepEqual(pod[1].pointers, ['/spec/containers/0/ports/0/containerPort']);
        const template = evaluatePod({ spec, owner: { kind: 'Deployment' }, pointer: '/spec/template/spec' }, 'baseline', 'latest');
        assert.deepEqual(template.map((v) => v.control), ['hostNamespaces']);
    });
});
describe('achievableLevel', () => {
    it('returns the strictest passing level', () => {
        const restricted = { spec: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'a', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }] } };
        assert.equal(achievableLevel(restricted, 'latest'), 'restricted');
        assert.equal(achievableLevel({ spec: { containers: [{ name: 'a' }] } }, 'latest'), 'baseline');
        assert.equal(achievableLevel({ spec: { hostNetwork: true, containers: [{ name: 'a' }] } }, 'latest'), 'privileged');
    });
    it('depends on the version', () => {
        // drop ALL only became required in 1.22
        const pod = { spec: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'a', securityContext: { allowPrivilegeEscalation: false } }] } };
        assert.equal(achievableLevel(pod, 'v1.21'), 'restricted');
        assert.equal(achievableLevel(pod, 'v1.22'), 'baseline');
    });
    it('compareLevels', () => {
        assert.equal(compareLevels('privileged', 'restricted'), -1);
        assert.equal(compareLevels('restricted', 'baseline'), 1);
        assert.equal(compareLevels('baseline', 'baseline'), 0);
    });
});
//# sourceMappingURL=api.test.js.map