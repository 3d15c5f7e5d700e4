// Every control, passing and failing, at pod and container level and at each version where its
// behaviour changed. Expected messages are Kubernetes' own (the unit tests beside each
// policy/check_*.go upstream use the same wording).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatePod } from './index.js';
/** Restricted-compliant except for what a case adds: so restricted cases isolate one control. */
const secure = (extra = {}) => ({
    runAsNonRoot: true,
    seccompProfile: { type: 'RuntimeDefault' },
    ...extra,
});
const c = (name, sc = {}, rest = {}) => ({
    name,
    image: 'nginx',
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, ...sc },
    ...rest,
});
const pod = (spec, metadata = {}) => ({
    metadata,
    spec: { securityContext: secure(), containers: [c('app')], ...spec },
});
function run(control, cases) {
    describe(control, () => {
        for (const k of cases) {
            for (const version of k.versions) {
                it(`${k.name} @ ${k.level ?? 'restricted'} ${version}`, () => {
                    const got = evaluatePod(k.pod, k.level ?? 'restricted', version)
                        .filter((v) => v.control === control || k.expect.some((e) => e.startsWith(`${v.control}: `)))
                        .map((v) => `${v.control}: ${v.message}`);
                    assert.deepEqual(got, k.expect);
                });
            }
        }
    });
}
run('allowPrivilegeEscalation', [
    { name: 'false everywhere', versions: ['v1.8', 'latest'], pod: pod({ initContainers: [c('init')] }), expect: [] },
    {
        name: 'unset, nil securityContext and true, incl. init and ephemeral containers',
        versions: ['v1.8', 'v1.24', 'v1.25', 'latest'],
        pod: pod({
            initContainers: [c('init', { allowPrivilegeEscalation: true })],
            containers: [c('app', { allowPrivilegeEscalation: undefined }), { name: 'bare', image: 'x' }],
            ephemeralContainers: [c('debug', { allowPrivilegeEscalation: true })],
        }),
        expect: ['allowPrivilegeEscalation: allowPrivilegeEscalation != false (containers "init", "app", "bare", "debug" must set securityContext.allowPrivilegeEscalation=false)'],
    },
    { name: 'not checked before the field existed', versions: ['v1.0', 'v1.7'], pod: pod({ containers: [{ name: 'bare' }] }), expect: [] },
    {
        name: 'Windows pods checked until 1.24',
        versions: ['v1.8', 'v1.24'],
        pod: pod({ os: { name: 'windows' }, containers: [{ name: 'win' }] }),
        expect: ['allowPrivilegeEscalation: allowPrivilegeEscalation != false (container "win" must set securityContext.allowPrivilegeEscalation=false)'],
    },
    { name: 'Windows pods exempt from 1.25', versions: ['v1.25', 'latest'], pod: pod({ os: { name: 'windows' }, containers: [{ name: 'win' }] }), expect: [] },
]);
const AA = 'container.apparmor.security.beta.kubernetes.io/';
run('appArmorProfile', [
    {
        name: 'allowed annotations and fields',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [c('app', { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } })] }, { annotations: { [`${AA}app`]: 'localhost/p', [`${AA}x`]: 'runtime/default', [`${AA}y`]: '' } }),
        expect: [],
    },
    {
        name: 'unconfined annotation',
        level: 'baseline',
        versions: ['v1.0', 'v1.29', 'latest'],
        pod: pod({}, { annotations: { [`${AA}app`]: 'unconfined' } }),
        expect: ['appArmorProfile: forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/app="unconfined"")'],
    },
    {
        name: 'pod field, container fields and annotations together (fields are checked at every version)',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ securityContext: { appArmorProfile: { type: 'Unconfined' } }, initContainers: [c('init', { appArmorProfile: {} })], containers: [c('app', { appArmorProfile: { type: 'Unconfined' } })] }, { annotations: { [`${AA}b`]: 'unconfined', [`${AA}a`]: 'bogus' } }),
        expect: [
            'appArmorProfile: forbidden AppArmor profiles (pod and containers "init", "app" and annotations must not set AppArmor profile type to "", "Unconfined", "container.apparmor.security.beta.kubernetes.io/a="bogus"", "container.apparmor.security.beta.kubernetes.io/b="unconfined"")',
        ],
    },
]);
run('capabilities_baseline', [
    { name: 'default capabilities added', level: 'baseline', versions: ['v1.0', 'latest'], pod: pod({ containers: [c('app', { capabilities: { add: ['CHOWN', 'NET_BIND_SERVICE', 'SYS_CHROOT'] } })] }), expect: [] },
    {
        name: 'non-default capabilities, sorted and deduplicated',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ initContainers: [c('init', { capabilities: { add: ['SYS_ADMIN'] } })], containers: [c('app', { capabilities: { add: ['NET_RAW', 'SYS_ADMIN', 'chown'] } })] }),
        expect: ['capabilities_baseline: non-default capabilities (containers "init", "app" must not include "NET_RAW", "SYS_ADMIN", "chown" in securityContext.capabilities.add)'],
    },
    {
        name: 'applies at restricted before capabilities_restricted exists (1.21)',
        versions: ['v1.21'],
        pod: pod({ containers: [c('app', { capabilities: { add: ['NET_RAW'] } })] }),
        expect: ['capabilities_baseline: non-default capabilities (container "app" must not include "NET_RAW" in securityContext.capabilities.add)'],
    },
    {
        name: 'replaced by capabilities_restricted at restricted from 1.22',
        versions: ['v1.22', 'latest'],
        pod: pod({ containers: [c('app', { capabilities: { drop: ['ALL'], add: ['NET_RAW'] } })] }),
        expect: ['capabilities_restricted: unrestricted capabilities (container "app" must not include "NET_RAW" in securityContext.capabilities.add)'],
    },
]);
run('capabilities_restricted', [
    { name: 'drop ALL, add NET_BIND_SERVICE', versions: ['v1.22', 'latest'], pod: pod({ containers: [c('app', { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } })] }), expect: [] },
    {
        name: 'missing drop and forbidden adds',
        versions: ['v1.22', 'v1.25', 'latest'],
        pod: pod({
            initContainers: [c('init', { capabilities: undefined })],
            containers: [c('app', { capabilities: { drop: ['NET_RAW'], add: ['SYS_ADMIN', 'CHOWN'] } }), c('side', { capabilities: { drop: ['ALL'], add: ['CHOWN'] } })],
        }),
        expect: [
            'capabilities_restricted: unrestricted capabilities (containers "init", "app" must set securityContext.capabilities.drop=["ALL"]; containers "app", "side" must not include "CHOWN", "SYS_ADMIN" in securityContext.capabilities.add)',
        ],
    },
    { name: 'not checked before 1.22', versions: ['v1.21'], pod: pod({ containers: [c('app', { capabilities: undefined })] }), expect: [] },
    {
        name: 'Windows pods checked in 1.22-1.24',
        versions: ['v1.24'],
        pod: pod({ os: { name: 'windows' }, containers: [c('app', { capabilities: undefined })] }),
        expect: ['capabilities_restricted: unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])'],
    },
    { name: 'Windows pods exempt from 1.25', versions: ['v1.25', 'latest'], pod: pod({ os: { name: 'windows' }, containers: [c('app', { capabilities: undefined })] }), expect: [] },
]);
run('hostNamespaces', [
    { name: 'false or unset', level: 'baseline', versions: ['v1.0', 'latest'], pod: pod({ hostNetwork: false, hostPID: false }), expect: [] },
    { name: 'all three, sorted', level: 'baseline', versions: ['v1.0', 'latest'], pod: pod({ hostPID: true, hostNetwork: true, hostIPC: true }), expect: ['hostNamespaces: host namespaces (hostIPC, hostNetwork, hostPID)'] },
    { name: 'one', versions: ['latest'], pod: pod({ hostPID: true }), expect: ['hostNamespaces: host namespaces (hostPID)'] },
]);
run('hostPathVolumes', [
    { name: 'no hostPath', level: 'baseline', versions: ['latest'], pod: pod({ volumes: [{ name: 'e', emptyDir: {} }, { name: 'n', hostPath: null }] }), expect: [] },
    {
        name: 'hostPath volumes, in order',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ volumes: [{ name: 'z', hostPath: { path: '/' } }, { name: 'e', emptyDir: {} }, { name: 'a', hostPath: { path: '/a' } }] }),
        expect: ['hostPathVolumes: hostPath volumes (volumes "z", "a")'],
    },
    {
        name: 'replaced by restrictedVolumes at restricted',
        versions: ['v1.0', 'latest'],
        pod: pod({ volumes: [{ name: 'h', hostPath: { path: '/' } }] }),
        expect: ['restrictedVolumes: restricted volume types (volumes ["h"] have restricted types)'],
    },
]);
run('hostPorts', [
    { name: 'container ports only', level: 'baseline', versions: ['latest'], pod: pod({ containers: [c('app', {}, { ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] })] }), expect: [] },
    {
        name: 'host ports, sorted as strings',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({
            containers: [c('a', {}, { ports: [{ hostPort: 0 }] }), c('b', {}, { ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 20 }] }), c('c', {}, { ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 30 }] })],
        }),
        expect: ['hostPorts: hostPort (containers "b", "c" use hostPorts 10, 20, 30)'],
    },
    {
        name: 'one container, one port; lexical order',
        level: 'baseline',
        versions: ['latest'],
        pod: pod({ initContainers: [c('i', {}, { ports: [{ containerPort: 1, hostPort: 8080 }, { containerPort: 2, hostPort: 10080 }] })] }),
        expect: ['hostPorts: hostPort (container "i" uses hostPorts 10080, 8080)'],
    },
]);
run('hostProbesAndHostLifecycle', [
    {
        name: 'not checked before 1.34',
        level: 'baseline',
        versions: ['v1.33'],
        pod: pod({ containers: [c('app', {}, { livenessProbe: { httpGet: { host: 'example.com', port: 80 } } })] }),
        expect: [],
    },
    {
        name: 'probes and handlers without host',
        level: 'baseline',
        versions: ['v1.34', 'latest'],
        pod: pod({ containers: [c('app', {}, { livenessProbe: { httpGet: { port: 80, host: '' } }, lifecycle: { preStop: { tcpSocket: { port: 80 } } } })] }),
        expect: [],
    },
    {
        name: 'hosts in probes and lifecycle handlers, sorted sets',
        level: 'baseline',
        versions: ['v1.34', 'latest'],
        pod: pod({
            initContainers: [c('z-init', {}, { restartPolicy: 'Always', startupProbe: { tcpSocket: { host: '8.8.8.8', port: 1 } } })],
            containers: [
                c('app', {}, { readinessProbe: { httpGet: { host: 'b.example', port: 80 } }, lifecycle: { postStart: { httpGet: { host: 'a.example', port: 80 } }, preStop: { tcpSocket: { host: 'b.example', port: 1 } } } }),
            ],
        }),
        expect: ['hostProbesAndHostLifecycle: probe or lifecycle host (containers "app", "z-init" use probe or lifecycle hosts "8.8.8.8", "a.example", "b.example")'],
    },
    {
        name: 'one container, one host',
        level: 'baseline',
        versions: ['latest'],
        pod: pod({ containers: [c('app', {}, { livenessProbe: { httpGet: { host: '127.0.0.1', port: 80 } } })] }),
        expect: ['hostProbesAndHostLifecycle: probe or lifecycle host (container "app" uses probe or lifecycle host "127.0.0.1")'],
    },
]);
run('privileged', [
    { name: 'false', level: 'baseline', versions: ['latest'], pod: pod({ containers: [c('app', { privileged: false })] }), expect: [] },
    {
        name: 'privileged init, regular and ephemeral containers',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ initContainers: [c('init', { privileged: true })], containers: [c('app', { privileged: true })], ephemeralContainers: [c('dbg', { privileged: true })] }),
        expect: ['privileged: privileged (containers "init", "app", "dbg" must not set securityContext.privileged=true)'],
    },
]);
run('procMount', [
    { name: 'Default', level: 'baseline', versions: ['latest'], pod: pod({ containers: [c('app', { procMount: 'Default' })] }), expect: [] },
    {
        name: 'Unmasked',
        level: 'baseline',
        versions: ['v1.0', 'v1.35', 'latest'],
        pod: pod({ containers: [c('app', { procMount: 'Unmasked' }), c('b', { procMount: 'Other' })] }),
        expect: ['procMount: procMount (containers "app", "b" must not set securityContext.procMount to "Other", "Unmasked")'],
    },
    {
        name: 'Unmasked in a user namespace, before 1.35',
        level: 'baseline',
        versions: ['v1.0', 'v1.34'],
        pod: pod({ hostUsers: false, containers: [c('app', { procMount: 'Unmasked' })] }),
        expect: ['procMount: procMount (container "app" must not set securityContext.procMount to "Unmasked")'],
    },
    { name: 'Unmasked in a user namespace, from 1.35', level: 'baseline', versions: ['v1.35', 'latest'], pod: pod({ hostUsers: false, containers: [c('app', { procMount: 'Unmasked' })] }), expect: [] },
    {
        name: 'restricted before 1.35 uses the baseline check',
        versions: ['v1.34'],
        pod: pod({ hostUsers: false, containers: [c('app', { procMount: 'Unmasked' })] }),
        expect: ['procMount: procMount (container "app" must not set securityContext.procMount to "Unmasked")'],
    },
    {
        name: 'restricted from 1.35 keeps forbidding it in a user namespace (procMount_restricted)',
        versions: ['v1.35', 'latest'],
        pod: pod({ hostUsers: false, containers: [c('app', { procMount: 'Unmasked' })] }),
        expect: ['procMount_restricted: procMount (container "app" must not set securityContext.procMount to "Unmasked")'],
    },
]);
run('restrictedVolumes', [
    {
        name: 'allowed types, and a volume without source (defaulted to emptyDir)',
        versions: ['v1.0', 'latest'],
        pod: pod({
            volumes: [
                { name: 'a' },
                { name: 'b', configMap: { name: 'x' } },
                { name: 'c', secret: { secretName: 'x' } },
                { name: 'd', projected: { sources: [] } },
                { name: 'e', downwardAPI: {} },
                { name: 'f', persistentVolumeClaim: { claimName: 'x' } },
                { name: 'g', csi: { driver: 'x' } },
                { name: 'h', ephemeral: {} },
                { name: 'i', image: { reference: 'x' } },
                { name: 'j', emptyDir: {} },
            ],
        }),
        expect: [],
    },
    {
        name: 'restricted types, names sorted and %q-formatted',
        versions: ['v1.0', 'latest'],
        pod: pod({ volumes: [{ name: 'nfs', nfs: { server: 's', path: '/' } }, { name: 'git', gitRepo: { repository: 'r' } }, { name: 'host', hostPath: { path: '/' } }] }),
        expect: ['restrictedVolumes: restricted volume types (volumes ["git" "host" "nfs"] have restricted types)'],
    },
    { name: 'not a baseline control', level: 'baseline', versions: ['latest'], pod: pod({ volumes: [{ name: 'nfs', nfs: { server: 's', path: '/' } }] }), expect: [] },
]);
run('runAsNonRoot', [
    { name: 'pod-level true', versions: ['v1.0', 'latest'], pod: pod({ initContainers: [c('init')] }), expect: [] },
    { name: 'container-level true everywhere', versions: ['latest'], pod: pod({ securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [c('app', { runAsNonRoot: true })] }), expect: [] },
    {
        name: 'unset at pod level and on some containers',
        versions: ['v1.0', 'latest'],
        pod: pod({ securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, initContainers: [c('init')], containers: [c('app', { runAsNonRoot: true }), c('b')] }),
        expect: ['runAsNonRoot: runAsNonRoot != true (pod or containers "init", "b" must set securityContext.runAsNonRoot=true)'],
    },
    {
        name: 'explicit false at pod and container level (explicit wins over implicit)',
        versions: ['latest'],
        pod: pod({ securityContext: secure({ runAsNonRoot: false }), containers: [c('app', { runAsNonRoot: false }), c('b')] }),
        expect: ['runAsNonRoot: runAsNonRoot != true (pod and container "app" must not set securityContext.runAsNonRoot=false)'],
    },
    {
        name: 'container false overrides pod true',
        versions: ['latest'],
        pod: pod({ containers: [c('app', { runAsNonRoot: false })] }),
        expect: ['runAsNonRoot: runAsNonRoot != true (container "app" must not set securityContext.runAsNonRoot=false)'],
    },
    {
        name: 'user namespace before 1.35',
        versions: ['v1.34'],
        pod: pod({ hostUsers: false, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }),
        expect: ['runAsNonRoot: runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)'],
    },
    { name: 'user namespace from 1.35', versions: ['v1.35', 'latest'], pod: pod({ hostUsers: false, securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }), expect: [] },
]);
run('runAsUser', [
    { name: 'non-zero', versions: ['latest'], pod: pod({ securityContext: secure({ runAsUser: 1000 }), containers: [c('app', { runAsUser: 1 })] }), expect: [] },
    { name: 'not checked before 1.23', versions: ['v1.22'], pod: pod({ securityContext: secure({ runAsUser: 0 }) }), expect: [] },
    {
        name: 'root at pod and container level',
        versions: ['v1.23', 'v1.34', 'latest'],
        pod: pod({ securityContext: secure({ runAsUser: 0 }), initContainers: [c('init', { runAsUser: 0 })], containers: [c('app', { runAsUser: 0 })] }),
        expect: ['runAsUser: runAsUser=0 (pod and containers "init", "app" must not set runAsUser=0)'],
    },
    { name: 'container only', versions: ['latest'], pod: pod({ containers: [c('app', { runAsUser: 0 })] }), expect: ['runAsUser: runAsUser=0 (container "app" must not set runAsUser=0)'] },
    { name: 'root in a user namespace from 1.35', versions: ['v1.35', 'latest'], pod: pod({ hostUsers: false, securityContext: secure({ runAsUser: 0 }) }), expect: [] },
    { name: 'root in a user namespace before 1.35', versions: ['v1.34'], pod: pod({ hostUsers: false, securityContext: secure({ runAsUser: 0 }) }), expect: ['runAsUser: runAsUser=0 (pod must not set runAsUser=0)'] },
]);
run('seLinuxOptions', [
    {
        name: 'allowed types, level set',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ securityContext: { seLinuxOptions: { type: 'container_t', level: 's0:c1' } }, containers: [c('app', { seLinuxOptions: { type: 'container_kvm_t' } })] }),
        expect: [],
    },
    {
        name: 'container_engine_t before 1.31',
        level: 'baseline',
        versions: ['v1.30'],
        pod: pod({ containers: [c('app', { seLinuxOptions: { type: 'container_engine_t' } })] }),
        expect: ['seLinuxOptions: seLinuxOptions (container "app" set forbidden securityContext.seLinuxOptions: type "container_engine_t")'],
    },
    { name: 'container_engine_t from 1.31', level: 'baseline', versions: ['v1.31', 'latest'], pod: pod({ containers: [c('app', { seLinuxOptions: { type: 'container_engine_t' } })] }), expect: [] },
    {
        name: 'types, user and role at pod and container level',
        level: 'baseline',
        versions: ['latest'],
        pod: pod({
            securityContext: { seLinuxOptions: { type: 'spc_t', user: 'system_u' } },
            containers: [c('app', { seLinuxOptions: { role: 'r', type: 'unconfined_t' } }), c('ok', { seLinuxOptions: {} })],
        }),
        expect: ['seLinuxOptions: seLinuxOptions (pod and container "app" set forbidden securityContext.seLinuxOptions: types "spc_t", "unconfined_t"; user may not be set; role may not be set)'],
    },
    {
        name: 'user alone',
        level: 'baseline',
        versions: ['latest'],
        pod: pod({ securityContext: { seLinuxOptions: { user: 'u' } } }),
        expect: ['seLinuxOptions: seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: user may not be set)'],
    },
]);
const SP = 'seccomp.security.alpha.kubernetes.io/pod';
const SC = 'container.seccomp.security.alpha.kubernetes.io/';
run('seccompProfile_baseline', [
    {
        name: 'annotations before 1.19',
        level: 'baseline',
        versions: ['v1.0', 'v1.18'],
        pod: pod({}, { annotations: { [SP]: 'unconfined', [`${SC}app`]: '', [`${SC}other`]: 'unconfined' } }),
        expect: ['seccompProfile_baseline: seccompProfile (forbidden annotations container.seccomp.security.alpha.kubernetes.io/app="", seccomp.security.alpha.kubernetes.io/pod="unconfined")'],
    },
    { name: 'allowed annotations', level: 'baseline', versions: ['v1.18'], pod: pod({}, { annotations: { [SP]: 'docker/default', [`${SC}app`]: 'localhost/x' } }), expect: [] },
    { name: 'annotations ignored from 1.19', level: 'baseline', versions: ['v1.19', 'latest'], pod: pod({}, { annotations: { [SP]: 'unconfined' } }), expect: [] },
    { name: 'fields ignored before 1.19', level: 'baseline', versions: ['v1.18'], pod: pod({ securityContext: { seccompProfile: { type: 'Unconfined' } } }), expect: [] },
    {
        name: 'fields from 1.19',
        level: 'baseline',
        versions: ['v1.19', 'latest'],
        pod: pod({ securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [c('app', { seccompProfile: {} }), c('b', { seccompProfile: { type: 'Localhost' } })] }),
        expect: ['seccompProfile_baseline: seccompProfile (pod and container "app" must not set securityContext.seccompProfile.type to "", "Unconfined")'],
    },
    { name: 'unset is fine at baseline', level: 'baseline', versions: ['latest'], pod: pod({ securityContext: {} }), expect: [] },
    {
        name: 'restricted below 1.19 uses the annotation check',
        versions: ['v1.18'],
        pod: pod({}, { annotations: { [SP]: 'unconfined' } }),
        expect: ['seccompProfile_baseline: seccompProfile (forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined")'],
    },
]);
run('seccompProfile_restricted', [
    { name: 'pod RuntimeDefault', versions: ['v1.19', 'latest'], pod: pod({}), expect: [] },
    { name: 'containers Localhost', versions: ['latest'], pod: pod({ securityContext: { runAsNonRoot: true }, containers: [c('app', { seccompProfile: { type: 'Localhost', localhostProfile: 'p' } })] }), expect: [] },
    {
        name: 'unset at pod level and on a container',
        versions: ['v1.19', 'latest'],
        pod: pod({ securityContext: { runAsNonRoot: true }, initContainers: [c('init')], containers: [c('app', { seccompProfile: { type: 'RuntimeDefault' } })] }),
        expect: ['seccompProfile_restricted: seccompProfile (pod or container "init" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'],
    },
    {
        name: 'explicitly bad values win over implicit',
        versions: ['latest'],
        pod: pod({ securityContext: secure({ seccompProfile: { type: 'Unconfined' } }), containers: [c('app', { seccompProfile: { type: 'Unconfined' } }), c('b')] }),
        expect: ['seccompProfile_restricted: seccompProfile (pod and container "app" must not set securityContext.seccompProfile.type to "Unconfined")'],
    },
    {
        name: 'Windows pods checked before 1.25',
        versions: ['v1.24'],
        pod: pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true } }),
        expect: ['seccompProfile_restricted: seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'],
    },
    { name: 'Windows pods exempt from 1.25', versions: ['v1.25', 'latest'], pod: pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true } }), expect: [] },
]);
const sysctlPod = (...names) => pod({ securityContext: secure({ sysctls: names.map((name) => ({ name, value: '1' })) }) });
run('sysctls', [
    { name: '1.0 set', level: 'baseline', versions: ['v1.0', 'latest'], pod: sysctlPod('kernel.shm_rmid_forced', 'net.ipv4.ip_unprivileged_port_start'), expect: [] },
    { name: 'ip_local_reserved_ports before 1.27', level: 'baseline', versions: ['v1.26'], pod: sysctlPod('net.ipv4.ip_local_reserved_ports'), expect: ['sysctls: forbidden sysctls (net.ipv4.ip_local_reserved_ports)'] },
    { name: 'ip_local_reserved_ports from 1.27', level: 'baseline', versions: ['v1.27'], pod: sysctlPod('net.ipv4.ip_local_reserved_ports'), expect: [] },
    { name: 'tcp_keepalive_time before 1.29', level: 'baseline', versions: ['v1.28'], pod: sysctlPod('net.ipv4.tcp_keepalive_time'), expect: ['sysctls: forbidden sysctls (net.ipv4.tcp_keepalive_time)'] },
    { name: 'keepalive sysctls from 1.29', level: 'baseline', versions: ['v1.29'], pod: sysctlPod('net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'), expect: [] },
    { name: 'tcp_rmem before 1.32', level: 'baseline', versions: ['v1.31'], pod: sysctlPod('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'), expect: ['sysctls: forbidden sysctls (net.ipv4.tcp_rmem, net.ipv4.tcp_wmem)'] },
    { name: 'tcp_rmem from 1.32', level: 'baseline', versions: ['v1.32'], pod: sysctlPod('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'), expect: [] },
    { name: 'tcp_notsent_lowat before 1.37', level: 'baseline', versions: ['v1.36'], pod: sysctlPod('net.ipv4.tcp_notsent_lowat'), expect: ['sysctls: forbidden sysctls (net.ipv4.tcp_notsent_lowat)'] },
    { name: 'tcp_notsent_lowat from 1.37', level: 'baseline', versions: ['v1.37', 'latest'], pod: sysctlPod('net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'), expect: [] },
    {
        name: 'unsafe sysctls in order, duplicates kept',
        level: 'baseline',
        versions: ['latest'],
        pod: sysctlPod('kernel.msgmax', 'net.core.somaxconn', 'kernel.msgmax'),
        expect: ['sysctls: forbidden sysctls (kernel.msgmax, net.core.somaxconn, kernel.msgmax)'],
    },
]);
run('windowsHostProcess', [
    { name: 'false', level: 'baseline', versions: ['latest'], pod: pod({ securityContext: { windowsOptions: { hostProcess: false } }, containers: [c('app', { windowsOptions: { hostProcess: false } })] }), expect: [] },
    {
        name: 'pod and containers',
        level: 'baseline',
        versions: ['v1.0', 'latest'],
        pod: pod({ securityContext: { windowsOptions: { hostProcess: true } }, initContainers: [c('init', { windowsOptions: { hostProcess: true } })], containers: [c('app', { windowsOptions: { hostProcess: true } })] }),
        expect: ['windowsHostProcess: hostProcess (pod and containers "init", "app" must not set securityContext.windowsOptions.hostProcess=true)'],
    },
    {
        name: 'container only',
        level: 'baseline',
        versions: ['latest'],
        pod: pod({ containers: [c('app', { windowsOptions: { hostProcess: true } })] }),
        expect: ['windowsHostProcess: hostProcess (container "app" must not set securityContext.windowsOptions.hostProcess=true)'],
    },
]);
//# sourceMappingURL=controls.test.js.map