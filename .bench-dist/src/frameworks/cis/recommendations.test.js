import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CIS_RECOMMENDATIONS, CIS_VERSIONS, cisId } from './index.js';
const keys = Object.keys(CIS_RECOMMENDATIONS);
describe('CIS recommendations catalogue', () => {
    it('gives every recommendation at least one id, a title without the assessment suffix, and well-formed ids', () => {
        for (const key of keys) {
            const r = CIS_RECOMMENDATIONS[key];
            const ids = Object.entries(r.ids);
            assert.ok(ids.length > 0, `${key} has no id`);
            for (const [version, id] of ids) {
                assert.ok(CIS_VERSIONS.includes(version), `${key}: unknown version ${version}`);
                assert.match(id, /^[1-5](\.\d+){1,2}$/, `${key} ${version}`);
            }
            assert.doesNotMatch(r.title, /\((Automated|Manual)\)/, key);
            assert.match(key, /^(files|apiserver|controller-manager|scheduler|etcd|authentication|logging|kubelet|kube-proxy|policies)\.[a-z0-9-]+$/);
        }
    });
    it('gives each id to one recommendation per version', () => {
        for (const version of CIS_VERSIONS) {
            const seen = new Map();
            for (const key of keys) {
                const id = cisId(key, version);
                if (id === undefined)
                    continue;
                assert.ok(!seen.has(id), `v${version}: ${id} is both ${seen.get(id)} and ${key}`);
                seen.set(id, key);
            }
        }
    });
    // Size of each group per version in kube-bench's cfg/cis-<version>/*.yaml: a group's ids must be
    // exactly <group>.1 ... <group>.N, so a recommendation left out or misnumbered shows up here.
    const GROUPS = {
        '1.1': { '1.8': 21, '1.9': 21, '1.10': 21, '1.11': 21, '1.12': 21 },
        '1.2': { '1.8': 30, '1.9': 29, '1.10': 29, '1.11': 30, '1.12': 30 },
        '1.3': { '1.8': 7, '1.9': 7, '1.10': 7, '1.11': 7, '1.12': 7 },
        '1.4': { '1.8': 2, '1.9': 2, '1.10': 2, '1.11': 2, '1.12': 2 },
        '2': { '1.8': 7, '1.9': 7, '1.10': 7, '1.11': 7, '1.12': 7 },
        '3.1': { '1.8': 3, '1.9': 3, '1.10': 3, '1.11': 3, '1.12': 3 },
        '3.2': { '1.8': 2, '1.9': 2, '1.10': 2, '1.11': 2, '1.12': 2 },
        '4.1': { '1.8': 10, '1.9': 10, '1.10': 10, '1.11': 10, '1.12': 10 },
        '4.2': { '1.8': 13, '1.9': 13, '1.10': 13, '1.11': 15, '1.12': 14 },
        '4.3': { '1.8': 0, '1.9': 1, '1.10': 1, '1.11': 1, '1.12': 1 },
        '5.1': { '1.8': 13, '1.9': 13, '1.10': 13, '1.11': 13, '1.12': 13 },
        '5.2': { '1.8': 13, '1.9': 13, '1.10': 13, '1.11': 13, '1.12': 12 },
        '5.3': { '1.8': 2, '1.9': 2, '1.10': 2, '1.11': 2, '1.12': 2 },
        '5.4': { '1.8': 2, '1.9': 2, '1.10': 2, '1.11': 2, '1.12': 2 },
        '5.5': { '1.8': 1, '1.9': 1, '1.10': 1, '1.11': 1, '1.12': 1 },
        '5.6': { '1.8': 0, '1.9': 0, '1.10': 0, '1.11': 4, '1.12': 4 },
        '5.7': { '1.8': 4, '1.9': 4, '1.10': 4, '1.11': 0, '1.12': 0 },
    };
    it('covers every recommendation of every group, numbered without gaps', () => {
        for (const version of CIS_VERSIONS) {
            const ids = keys.map((k) => cisId(k, version)).filter((id) => id !== undefined);
            for (const [group, sizes] of Object.entries(GROUPS)) {
                const inGroup = ids.filter((id) => id.slice(0, id.lastIndexOf('.')) === group).sort((a, b) => last(a) - last(b));
                const expected = Array.from({ length: sizes[version] }, (_, i) => `${group}.${i + 1}`);
                assert.deepEqual(inGroup, expected, `v${version} group ${group}`);
            }
            const total = Object.values(GROUPS).reduce((n, sizes) => n + sizes[version], 0);
            assert.equal(ids.length, total, `v${version}: ids outside the known groups`);
        }
    });
    // Numbers read from kube-bench's cfg/cis-<version>/ files, including every one that moves.
    const SPOT = {
        '1.8': {
            'files.etcd-data-dir-permissions': '1.1.11',
            'files.pki-key-permissions': '1.1.21',
            'apiserver.anonymous-auth': '1.2.1',
            'apiserver.admission-security-context-deny': '1.2.12',
            'apiserver.admission-service-account': '1.2.13',
            'apiserver.admission-node-restriction': '1.2.15',
            'apiserver.profiling': '1.2.16',
            'apiserver.audit-log-path': '1.2.17',
            'apiserver.encryption-provider-config': '1.2.28',
            'apiserver.tls-cipher-suites': '1.2.30',
            'controller-manager.bind-address': '1.3.7',
            'etcd.client-cert-auth': '2.2',
            'logging.audit-policy': '3.2.1',
            'kubelet.read-only-port': '4.2.4',
            'kubelet.pod-pids-limit': '4.2.13',
            'policies.added-capabilities': '5.2.9',
            'policies.host-ports': '5.2.13',
            'policies.default-namespace': '5.7.4',
        },
        '1.9': {
            'files.admin-kubeconfig-permissions': '1.1.13',
            'apiserver.admission-always-pull-images': '1.2.11',
            'apiserver.admission-service-account': '1.2.12',
            'apiserver.admission-namespace-lifecycle': '1.2.13',
            'apiserver.profiling': '1.2.15',
            'apiserver.audit-log-maxsize': '1.2.19',
            'apiserver.service-account-lookup': '1.2.21',
            'apiserver.etcd-cafile': '1.2.26',
            'apiserver.tls-cipher-suites': '1.2.29',
            'scheduler.bind-address': '1.4.2',
            'etcd.peer-auto-tls': '2.6',
            'kubelet.rotate-certificates': '4.2.10',
            'kube-proxy.metrics-bind-address': '4.3.1',
            'policies.service-account-token-mounts': '5.1.6',
            'policies.capabilities-assigned': '5.2.10',
            'policies.namespace-boundaries': '5.7.1',
        },
        '1.10': {
            'files.scheduler-kubeconfig-ownership': '1.1.16',
            'apiserver.kubelet-certificate-authority': '1.2.5',
            'apiserver.admission-event-rate-limit': '1.2.9',
            'apiserver.admission-node-restriction': '1.2.14',
            'apiserver.request-timeout': '1.2.20',
            'apiserver.tls-cert-file': '1.2.24',
            'apiserver.encryption-providers': '1.2.28',
            'controller-manager.rotate-kubelet-server-certificate': '1.3.6',
            'etcd.unique-ca': '2.7',
            'files.client-ca-permissions': '4.1.7',
            'kubelet.hostname-override': '4.2.7',
            'kubelet.tls-cipher-suites': '4.2.12',
            'policies.windows-host-process': '5.2.11',
            'policies.seccomp-profile': '5.7.2',
        },
        '1.11': {
            'files.pki-certificate-permissions': '1.1.20',
            'apiserver.authorization-mode-rbac': '1.2.8',
            'apiserver.audit-log-maxage': '1.2.17',
            'apiserver.service-account-key-file': '1.2.22',
            'apiserver.etcd-certfile': '1.2.23',
            'apiserver.service-account-extend-token-expiration': '1.2.30',
            'controller-manager.terminated-pod-gc-threshold': '1.3.1',
            'kubelet.seccomp-default': '4.2.14',
            'kubelet.ip-address-deny': '4.2.15',
            'policies.added-capabilities': '5.2.9',
            'policies.host-path-volumes': '5.2.12',
            'policies.security-context': '5.6.3',
        },
        '1.12': {
            'files.apiserver-manifest-permissions': '1.1.1',
            'files.etcd-data-dir-ownership': '1.1.12',
            'apiserver.deny-service-external-ips': '1.2.3',
            'apiserver.admission-always-admit': '1.2.10',
            'apiserver.admission-node-restriction': '1.2.14',
            'apiserver.audit-log-maxbackup': '1.2.18',
            'apiserver.client-ca-file': '1.2.25',
            'apiserver.tls-cipher-suites': '1.2.29',
            'apiserver.service-account-extend-token-expiration': '1.2.30',
            'controller-manager.use-service-account-credentials': '1.3.3',
            'etcd.cert-file': '2.1',
            'files.kubelet-config-permissions': '4.1.9',
            'kubelet.anonymous-auth': '4.2.1',
            'kubelet.seccomp-default': '4.2.14',
            'kube-proxy.metrics-bind-address': '4.3.1',
            'policies.cluster-admin-usage': '5.1.1',
            'policies.capabilities-assigned': '5.2.9',
            'policies.host-ports': '5.2.12',
            'policies.default-namespace': '5.6.4',
        },
    };
    for (const version of CIS_VERSIONS) {
        it(`matches known numbers of benchmark v${version}`, () => {
            const spot = Object.entries(SPOT[version]);
            assert.ok(spot.length >= 12);
            for (const [key, id] of spot)
                assert.equal(cisId(key, version), id, `${key} in v${version}`);
        });
    }
    it('knows which recommendations a version lacks', () => {
        assert.equal(cisId('apiserver.admission-security-context-deny', '1.9'), undefined);
        assert.equal(cisId('apiserver.service-account-extend-token-expiration', '1.10'), undefined);
        assert.equal(cisId('kube-proxy.metrics-bind-address', '1.8'), undefined);
        assert.equal(cisId('kubelet.seccomp-default', '1.10'), undefined);
        assert.equal(cisId('kubelet.ip-address-deny', '1.12'), undefined);
        assert.equal(cisId('policies.added-capabilities', '1.12'), undefined);
    });
});
function last(id) {
    return Number(id.slice(id.lastIndexOf('.') + 1));
}
//# sourceMappingURL=recommendations.test.js.map