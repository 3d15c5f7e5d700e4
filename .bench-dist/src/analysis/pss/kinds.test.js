import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { POD_BEARING_KINDS } from '../../inventory/pod-spec.js';
import { evaluatePod } from './index.js';
/** The same pod template, wrapped the way each workload kind wraps it. */
const TEMPLATE = {
    metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } },
    spec: {
        hostIPC: true,
        securityContext: { runAsUser: 0 },
        initContainers: [{ name: 'init', image: 'x', securityContext: { privileged: true } }],
        containers: [{ name: 'app', image: 'x', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    },
};
function wrap(kind) {
    const apiVersion = kind === 'Pod' || kind === 'PodTemplate' || kind === 'ReplicationController' ? 'v1' : kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1';
    const metadata = { name: kind.toLowerCase(), namespace: 'n' };
    switch (kind) {
        case 'Pod':
            return { apiVersion, kind, ...TEMPLATE, metadata: { ...metadata, ...TEMPLATE.metadata } };
        case 'PodTemplate':
            return { apiVersion, kind, metadata, template: TEMPLATE };
        case 'CronJob':
            return { apiVersion, kind, metadata, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: TEMPLATE } } } };
        default:
            return { apiVersion, kind, metadata, spec: { template: TEMPLATE } };
    }
}
describe('PSS evaluation is the same for every pod-bearing kind', () => {
    const expected = {
        baseline: ['appArmorProfile', 'hostNamespaces', 'privileged'],
        restricted: ['appArmorProfile', 'hostNamespaces', 'privileged', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted', 'allowPrivilegeEscalation', 'capabilities_restricted'],
    };
    for (const kind of POD_BEARING_KINDS) {
        it(kind, () => {
            const inv = loadText(JSON.stringify(wrap(kind)), `${kind}.json`);
            assert.deepEqual(inv.diagnostics, []);
            const [view] = inv.podSpecs();
            assert.ok(view, 'a pod template view');
            for (const level of ['baseline', 'restricted']) {
                const violations = evaluatePod(view, level, 'latest');
                assert.deepEqual(violations.map((v) => v.control).sort(), [...expected[level]].sort(), `${kind} at ${level}`);
                // pointers resolve inside this kind's own template
                for (const v of violations)
                    for (const p of v.pointers)
                        assert.ok(p.startsWith(view.pointer) || p.startsWith(view.metadataPointer), `${v.control}: ${p}`);
            }
            assert.equal(evaluatePod(view, 'baseline', 'latest').find((v) => v.control === 'privileged')?.message, 'privileged (container "init" must not set securityContext.privileged=true)');
        });
    }
});
//# sourceMappingURL=kinds.test.js.map