const C0 = 'spec.containers.0';
const I0 = 'spec.initContainers.0';
const APPARMOR = 'container.apparmor.security.beta.kubernetes.io/';
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const ALLOWED_CAPS = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];
const ALL_INDIVIDUAL_CAPS = [
    'SYS_TIME', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_NICE', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'AUDIT_WRITE',
    'AUDIT_CONTROL', 'MAC_OVERRIDE', 'MAC_ADMIN', 'NET_ADMIN', 'SYSLOG', 'CHOWN', 'NET_RAW', 'DAC_OVERRIDE', 'FOWNER', 'DAC_READ_SEARCH', 'FSETID', 'KILL',
    'SETGID', 'SETUID', 'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'IPC_LOCK', 'IPC_OWNER', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_BOOT', 'LEASE',
    'SETFCAP', 'WAKE_ALARM', 'BLOCK_SUSPEND',
];
const RUNTIME_DEFAULT = { type: 'RuntimeDefault' };
const UNCONFINED = { type: 'Unconfined' };
const LOCALHOST_TESTING = { type: 'Localhost', localhostProfile: 'testing' };
const vol = (name, source = {}) => ({ name, ...source });
const SYSCTLS_1_0 = [
    { name: 'kernel.shm_rmid_forced', value: '0' },
    { name: 'net.ipv4.ip_local_port_range', value: '1024 65535' },
    { name: 'net.ipv4.tcp_syncookies', value: '0' },
    { name: 'net.ipv4.ping_group_range', value: '1 0' },
    { name: 'net.ipv4.ip_unprivileged_port_start', value: '1024' },
];
const SYSCTLS_1_27 = [...SYSCTLS_1_0, { name: 'net.ipv4.ip_local_reserved_ports', value: '1024-4999' }];
const SYSCTLS_1_29 = [
    ...SYSCTLS_1_27,
    { name: 'net.ipv4.tcp_keepalive_time', value: '7200' },
    { name: 'net.ipv4.tcp_fin_timeout', value: '60' },
    { name: 'net.ipv4.tcp_keepalive_intvl', value: '75' },
    { name: 'net.ipv4.tcp_keepalive_probes', value: '9' },
];
const SYSCTLS_1_32 = [...SYSCTLS_1_29, { name: 'net.ipv4.tcp_rmem', value: '4096 87380 16777216' }, { name: 'net.ipv4.tcp_wmem', value: '4096 65536 16777216' }];
const SYSCTLS_1_37 = [...SYSCTLS_1_32, { name: 'net.ipv4.tcp_slow_start_after_idle', value: '0' }, { name: 'net.ipv4.tcp_notsent_lowat', value: '16384' }];
const sysctlGenerator = (version, allowed, origin) => ({
    level: 'baseline',
    version,
    check: 'sysctls',
    expectErrorSubstring: 'forbidden sysctl',
    prepPass: 'podSecurityContext',
    prepFail: 'podSecurityContext',
    pass: [
        { name: 'security context with no sysctls', ops: [['spec.securityContext.sysctls', undefined]] },
        { name: 'every safe sysctl', ops: [['spec.securityContext.sysctls', allowed]] },
    ],
    fail: [{ name: 'sysctl with a name out of the allowed set', ops: [['spec.securityContext.sysctls', [{ name: 'othersysctl', value: 'other' }]]] }],
    origin,
});
const hasDropAll = (p) => {
    const drop = get(p, `${C0}.securityContext.capabilities.drop`) ?? [];
    return drop.includes('ALL');
};
export const FIXTURE_GENERATORS = [
    // fixtures_allowPrivilegeEscalation.go
    {
        level: 'restricted',
        version: 8,
        check: 'allowPrivilegeEscalation',
        pass: [],
        fail: [
            { name: 'explicit true', ops: [[`${C0}.securityContext.allowPrivilegeEscalation`, true]] },
            { name: 'ensure initContainers are checked', ops: [[`${I0}.securityContext.allowPrivilegeEscalation`, true]] },
            { name: 'nil AllowPrivilegeEscalation', ops: [[`${C0}.securityContext.allowPrivilegeEscalation`, undefined]] },
            { name: 'nil security context', ops: [[`${C0}.securityContext`, undefined]] },
        ],
    },
    // fixtures_appArmorProfile.go
    {
        level: 'baseline',
        version: 0,
        check: 'appArmorProfile',
        expectErrorSubstring: 'forbidden AppArmor profile',
        prepPass: 'annotations',
        prepFail: 'annotations',
        pass: [
            {
                // upstream names container1 twice, so localhost/foo wins: kept as is
                name: 'container with runtime/default annotation, container with localhost/foo annotation',
                ops: [
                    [`metadata.annotations.${APPARMOR}container1`, 'runtime/default'],
                    [`metadata.annotations.${APPARMOR}container1`, 'localhost/foo'],
                ],
            },
            { name: 'pod with RuntimeDefault field', ops: [['spec.securityContext.appArmorProfile', { type: 'RuntimeDefault' }]], origin: 'rampart' },
            {
                name: 'containers with Localhost and RuntimeDefault fields',
                ops: [
                    [`${C0}.securityContext.appArmorProfile`, { type: 'Localhost', localhostProfile: 'foo' }],
                    [`${I0}.securityContext.appArmorProfile`, { type: 'RuntimeDefault' }],
                ],
                origin: 'rampart',
            },
        ],
        fail: [
            { name: 'container with unconfined annotation', ops: [[`metadata.annotations.${APPARMOR}container1`, 'unconfined']] },
            { name: 'initContainer with unconfined annotation', ops: [[`metadata.annotations.${APPARMOR}initcontainer1`, 'unconfined']] },
            { name: 'pod with Unconfined field', ops: [['spec.securityContext.appArmorProfile', { type: 'Unconfined' }]], origin: 'rampart' },
            { name: 'container with Unconfined field', ops: [[`${C0}.securityContext.appArmorProfile`, { type: 'Unconfined' }]], origin: 'rampart' },
            { name: 'initContainer with Unconfined field', ops: [[`${I0}.securityContext.appArmorProfile`, { type: 'Unconfined' }]], origin: 'rampart' },
        ],
    },
    // fixtures_capabilities_baseline.go
    {
        level: 'baseline',
        version: 0,
        check: 'capabilities_baseline',
        expectErrorSubstring: 'capabilities',
        prepPass: 'capabilities',
        prepFail: 'capabilities',
        skipPass: hasDropAll,
        pass: [
            {
                name: 'all allowed capabilities',
                ops: [
                    [`${C0}.securityContext.capabilities.add`, ALLOWED_CAPS],
                    [`${I0}.securityContext.capabilities.add`, ALLOWED_CAPS],
                ],
            },
        ],
        fail: [
            { name: 'NET_RAW', ops: [[`${C0}.securityContext.capabilities.add`, ['NET_RAW']]] },
            { name: 'ensure init container is enforced', ops: [[`${I0}.securityContext.capabilities.add`, ['NET_RAW']]] },
            { name: 'case-difference', ops: [[`${C0}.securityContext.capabilities.add`, ['chown']]] },
            { name: 'CAP_ prefix', ops: [[`${C0}.securityContext.capabilities.add`, ['CAP_CHOWN']]] },
        ],
    },
    // fixtures_capabilities_restricted.go
    {
        level: 'restricted',
        version: 22,
        check: 'capabilities_restricted',
        expectErrorSubstring: 'unrestricted capabilities',
        prepPass: 'capabilities',
        prepFail: 'capabilities',
        pass: [
            {
                name: 'drop ALL, add NET_BIND_SERVICE',
                ops: [
                    [`${C0}.securityContext.capabilities.drop`, ['ALL']],
                    [`${I0}.securityContext.capabilities.drop`, ['ALL']],
                    [`${C0}.securityContext.capabilities.add`, ['NET_BIND_SERVICE']],
                    [`${I0}.securityContext.capabilities.add`, ['NET_BIND_SERVICE']],
                ],
            },
        ],
        fail: [
            { name: 'test container', ops: [[`${C0}.securityContext.capabilities.drop`, []]] },
            { name: 'test initContainer', ops: [[`${I0}.securityContext.capabilities.drop`, []]] },
            {
                name: 'dropping all individual capabilities is not sufficient',
                ops: [
                    [`${C0}.securityContext.capabilities.drop`, ALL_INDIVIDUAL_CAPS],
                    [`${I0}.securityContext.capabilities.drop`, ALL_INDIVIDUAL_CAPS],
                ],
            },
            {
                name: 'adding back capabilities other than NET_BIND_SERVICE',
                ops: [
                    [`${C0}.securityContext.capabilities.drop`, ['ALL']],
                    [`${I0}.securityContext.capabilities.drop`, ['ALL']],
                    [`${C0}.securityContext.capabilities.add`, ALLOWED_CAPS],
                    [`${I0}.securityContext.capabilities.add`, ALLOWED_CAPS],
                ],
            },
        ],
    },
    // fixtures_hostNamespaces.go
    {
        level: 'baseline',
        version: 0,
        check: 'hostNamespaces',
        expectErrorSubstring: 'host namespaces',
        pass: [],
        fail: [
            { name: 'hostIPC', ops: [['spec.hostIPC', true]] },
            { name: 'hostNetwork', ops: [['spec.hostNetwork', true]] },
            { name: 'hostPID', ops: [['spec.hostPID', true]] },
        ],
    },
    // fixtures_hostPathVolumes.go
    {
        level: 'baseline',
        version: 0,
        check: 'hostPathVolumes',
        expectErrorSubstring: 'hostPath volumes',
        pass: [],
        fail: [
            { name: 'mix of hostPath and non-hostPath volumes', ops: [['spec.volumes', [vol('volume-emptydir', { emptyDir: {} }), vol('volume-hostpath', { hostPath: { path: '/a' } })]]] },
            { name: 'just hostPath volumes', ops: [['spec.volumes', [vol('volume-hostpath-a', { hostPath: { path: '/a' } }), vol('volume-hostpath-b', { hostPath: { path: '/b' } })]]] },
        ],
    },
    // fixtures_hostPorts.go
    {
        level: 'baseline',
        version: 0,
        check: 'hostPorts',
        expectErrorSubstring: 'hostPort',
        pass: [
            {
                name: 'no host ports',
                ops: [
                    [`${C0}.ports`, [{ containerPort: 12345 }]],
                    [`${I0}.ports`, [{ containerPort: 12346 }]],
                ],
            },
        ],
        fail: [
            { name: 'host port present', ops: [[`${C0}.ports`, [{ containerPort: 12345, hostPort: 12345 }]]] },
            { name: 'check initContainer', ops: [[`${I0}.ports`, [{ containerPort: 12346, hostPort: 12346 }]]] },
            {
                name: 'mix of hostPorts and regular ports',
                ops: [
                    [`${C0}.ports`, [{ containerPort: 12345, hostPort: 12345 }, { containerPort: 12347 }]],
                    [`${I0}.ports`, [{ containerPort: 12346, hostPort: 12346 }, { containerPort: 12348 }]],
                ],
            },
        ],
    },
    // fixtures_hostProbesAndHostLifecycle.go
    {
        level: 'baseline',
        version: 34,
        check: 'hostProbesAndHostLifecycle',
        expectErrorSubstring: 'probe or lifecycle host',
        pass: [
            { name: 'a pod with no probes', ops: [] },
            { name: 'httpGet liveness probe without host', ops: [[`${C0}.livenessProbe`, { httpGet: { port: 8080 } }]] },
            { name: 'tcpSocket readiness probe without host', ops: [[`${C0}.readinessProbe`, { tcpSocket: { port: 8080 } }]] },
        ],
        fail: [
            { name: 'httpGet liveness probe host', ops: [[`${C0}.livenessProbe`, { httpGet: { host: 'bad.host', port: 8080 } }]] },
            {
                name: 'tcpSocket readiness probe host on a sidecar',
                ops: [
                    [`${I0}.restartPolicy`, 'Always'],
                    [`${I0}.readinessProbe`, { tcpSocket: { host: '8.8.8.8', port: 8080 } }],
                ],
            },
            { name: 'postStart httpGet host', ops: [[`${C0}.lifecycle`, { postStart: { httpGet: { host: 'bad.host', port: 8080 } } }]] },
            { name: 'loopback IPv4 host', ops: [[`${C0}.livenessProbe`, { httpGet: { host: '127.0.0.1', port: 8080 } }]] },
            { name: 'loopback IPv6 host', ops: [[`${C0}.readinessProbe`, { tcpSocket: { host: '::1', port: 8080 } }]] },
        ],
    },
    // fixtures_privileged.go
    {
        level: 'baseline',
        version: 0,
        check: 'privileged',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'privileged explicitly set to false',
                ops: [
                    [`${C0}.securityContext.privileged`, false],
                    [`${I0}.securityContext.privileged`, false],
                ],
            },
        ],
        fail: [
            {
                name: 'privileged set to true in container',
                ops: [
                    [`${C0}.securityContext.privileged`, true],
                    [`${C0}.securityContext.allowPrivilegeEscalation`, undefined],
                ],
            },
            {
                name: 'privileged set to true in init container',
                ops: [
                    [`${I0}.securityContext.privileged`, true],
                    [`${I0}.securityContext.allowPrivilegeEscalation`, undefined],
                ],
            },
        ],
    },
    // fixtures_procMount.go
    {
        level: 'baseline',
        version: 0,
        check: 'procMount',
        expectErrorSubstring: 'procMount',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'valid proc mount on container and init container',
                ops: [
                    [`${C0}.securityContext.procMount`, 'Default'],
                    [`${I0}.securityContext.procMount`, 'Default'],
                    ['spec.hostUsers', false],
                ],
            },
        ],
        fail: [
            { name: 'unmasked container', ops: [[`${C0}.securityContext.procMount`, 'Unmasked'], ['spec.hostUsers', false]] },
            { name: 'unmasked init container', ops: [[`${I0}.securityContext.procMount`, 'Unmasked'], ['spec.hostUsers', false]] },
        ],
    },
    {
        level: 'baseline',
        version: 35,
        check: 'procMount',
        expectErrorSubstring: 'procMount',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'valid proc mount on container and init container',
                ops: [
                    [`${C0}.securityContext.procMount`, 'Default'],
                    [`${I0}.securityContext.procMount`, 'Default'],
                    ['spec.hostUsers', false],
                ],
            },
            {
                name: 'unmasked in a user namespace',
                onlyAt: 'baseline',
                ops: [
                    [`${C0}.securityContext.procMount`, 'Unmasked'],
                    [`${I0}.securityContext.procMount`, 'Unmasked'],
                    ['spec.hostUsers', false],
                ],
            },
        ],
        fail: [
            { name: 'unmasked container with host users', ops: [[`${C0}.securityContext.procMount`, 'Unmasked'], ['spec.hostUsers', true]] },
            { name: 'unmasked init container with host users', ops: [[`${I0}.securityContext.procMount`, 'Unmasked'], ['spec.hostUsers', true]] },
        ],
    },
    {
        level: 'restricted',
        version: 35,
        check: 'procMount_restricted',
        expectErrorSubstring: 'procMount',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'valid proc mount on container and init container',
                ops: [
                    [`${C0}.securityContext.procMount`, 'Default'],
                    [`${I0}.securityContext.procMount`, 'Default'],
                    ['spec.hostUsers', false],
                ],
            },
        ],
        fail: [
            { name: 'unmasked container in a user namespace', ops: [[`${C0}.securityContext.procMount`, 'Unmasked'], ['spec.hostUsers', false]] },
            { name: 'unmasked init container in a user namespace', ops: [[`${I0}.securityContext.procMount`, 'Unmasked'], ['spec.hostUsers', false]] },
        ],
    },
    // fixtures_restrictedVolumes.go
    {
        level: 'restricted',
        version: 0,
        check: 'restrictedVolumes',
        expectErrorSubstring: 'restricted volume types',
        pass: [
            {
                name: 'pod that has all allowed volume types',
                ops: [
                    [
                        'spec.volumes',
                        [
                            vol('volume0'), // implicit empty dir
                            vol('volume1', { emptyDir: {} }),
                            vol('volume2', { secret: { secretName: 'test' } }),
                            vol('volume3', { persistentVolumeClaim: { claimName: 'test' } }),
                            vol('volume4', { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } }),
                            vol('volume5', { configMap: { name: 'test' } }),
                            vol('volume6', { projected: { sources: [] } }),
                        ],
                    ],
                ],
            },
            {
                name: 'csi, ephemeral and image volumes',
                origin: 'rampart',
                ops: [
                    [
                        'spec.volumes',
                        [
                            vol('volume7', { csi: { driver: 'inline.storage.kubernetes.io', volumeAttributes: { foo: 'bar' } } }),
                            vol('volume8', { ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'] } } } }),
                            vol('volume9', { image: { reference: 'registry.k8s.io/pause' } }),
                        ],
                    ],
                ],
            },
        ],
        fail: [
            ['gcePersistentDisk', { pdName: 'test' }],
            ['awsElasticBlockStore', { volumeID: 'test' }],
            ['gitRepo', { repository: 'github.com/kubernetes/kubernetes' }],
            ['nfs', { server: 'test', path: '/test' }],
            ['iscsi', { targetPortal: 'test', iqn: 'iqn.2001-04.com.example:storage.kube.sys1.xyz', lun: 0 }],
            ['glusterfs', { path: 'test', endpoints: 'test' }],
            ['rbd', { monitors: ['test'], image: 'test' }],
            ['flexVolume', { driver: 'test' }],
            ['cinder', { volumeID: 'test' }],
            ['cephfs', { monitors: ['test'] }],
            ['flocker', { datasetName: 'test' }],
            ['fc', { wwids: ['test'] }],
            ['azureFile', { secretName: 'test', shareName: 'test' }],
            ['vsphereVolume', { volumePath: 'test' }],
            ['quobyte', { registry: 'localhost:1234', volume: 'test' }],
            ['azureDisk', { diskName: 'test', diskURI: 'https://test.blob.core.windows.net/test/test.vhd' }],
            ['portworxVolume', { volumeID: 'test', fsType: 'ext4' }],
            ['scaleIO', { volumeName: 'test', gateway: 'localhost', system: 'test' }],
            ['storageos', { volumeName: 'test' }],
            ['hostPath', { path: '/dev/null' }],
        ].map(([type, source]) => ({ name: type, ops: [['spec.volumes', [vol('volume1', { [type]: source })]]] })),
    },
    // fixtures_runAsNonRoot.go
    {
        level: 'restricted',
        version: 0,
        check: 'runAsNonRoot',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'set at pod level',
                ops: [
                    ['spec.securityContext.runAsNonRoot', true],
                    [`${C0}.securityContext.runAsNonRoot`, undefined],
                    [`${I0}.securityContext.runAsNonRoot`, undefined],
                ],
            },
            {
                name: 'set on all containers',
                ops: [
                    ['spec.securityContext.runAsNonRoot', undefined],
                    [`${C0}.securityContext.runAsNonRoot`, true],
                    [`${I0}.securityContext.runAsNonRoot`, true],
                ],
            },
        ],
        fail: [
            {
                name: 'unset everywhere',
                ops: [
                    ['spec.securityContext.runAsNonRoot', undefined],
                    [`${C0}.securityContext.runAsNonRoot`, undefined],
                    [`${I0}.securityContext.runAsNonRoot`, undefined],
                ],
            },
            { name: 'explicit false on pod', ops: [['spec.securityContext.runAsNonRoot', false]] },
            { name: 'explicit false on container', ops: [[`${C0}.securityContext.runAsNonRoot`, false]] },
            { name: 'explicit false on init container', ops: [[`${I0}.securityContext.runAsNonRoot`, false]] },
        ],
    },
    {
        level: 'restricted',
        version: 35,
        check: 'runAsNonRoot',
        origin: 'rampart',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'set at pod level',
                ops: [
                    ['spec.securityContext.runAsNonRoot', true],
                    [`${C0}.securityContext.runAsNonRoot`, undefined],
                    [`${I0}.securityContext.runAsNonRoot`, undefined],
                ],
            },
            {
                name: 'unset everywhere in a user namespace',
                ops: [
                    ['spec.hostUsers', false],
                    ['spec.securityContext.runAsNonRoot', undefined],
                ],
            },
            { name: 'explicit false in a user namespace', ops: [['spec.hostUsers', false], ['spec.securityContext.runAsNonRoot', false]] },
        ],
        fail: [
            { name: 'unset everywhere', ops: [['spec.securityContext.runAsNonRoot', undefined]] },
            { name: 'explicit false on pod with host users', ops: [['spec.hostUsers', true], ['spec.securityContext.runAsNonRoot', false]] },
            { name: 'explicit false on container', ops: [[`${C0}.securityContext.runAsNonRoot`, false]] },
        ],
    },
    // fixtures_runAsUser.go
    {
        level: 'restricted',
        version: 23,
        check: 'runAsUser',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            {
                name: 'non-zero everywhere',
                ops: [
                    ['spec.securityContext.runAsUser', 1000],
                    [`${C0}.securityContext.runAsUser`, 1000],
                    [`${I0}.securityContext.runAsUser`, 1000],
                ],
            },
        ],
        fail: [
            { name: 'explicit 0 on pod', ops: [['spec.securityContext.runAsUser', 0]] },
            { name: 'explicit 0 on container', ops: [[`${C0}.securityContext.runAsUser`, 0]] },
            { name: 'explicit 0 on init container', ops: [[`${I0}.securityContext.runAsUser`, 0]] },
        ],
    },
    {
        level: 'restricted',
        version: 35,
        check: 'runAsUser',
        origin: 'rampart',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            { name: 'non-zero', ops: [['spec.securityContext.runAsUser', 1000]] },
            { name: 'root in a user namespace', ops: [['spec.hostUsers', false], ['spec.securityContext.runAsUser', 0], [`${C0}.securityContext.runAsUser`, 0]] },
        ],
        fail: [
            { name: 'explicit 0 on pod', ops: [['spec.securityContext.runAsUser', 0]] },
            { name: 'explicit 0 on init container with host users', ops: [['spec.hostUsers', true], [`${I0}.securityContext.runAsUser`, 0]] },
        ],
    },
    // fixtures_seLinuxOptions.go
    {
        level: 'baseline',
        version: 0,
        check: 'seLinuxOptions',
        expectErrorSubstring: 'seLinuxOptions',
        prepPass: 'seLinuxOptions',
        prepFail: 'seLinuxOptions',
        pass: [
            {
                name: 'security context with no seLinuxOptions',
                ops: [
                    ['spec.securityContext.seLinuxOptions', undefined],
                    [`${C0}.securityContext.seLinuxOptions`, undefined],
                    [`${I0}.securityContext.seLinuxOptions`, {}],
                ],
            },
            {
                name: 'seLinuxOptions with all valid types, empty and arbitrary level',
                ops: [
                    ['spec.securityContext.seLinuxOptions.type', 'container_t'],
                    [`${C0}.securityContext.seLinuxOptions.type`, 'container_init_t'],
                    [`${I0}.securityContext.seLinuxOptions.type`, 'container_kvm_t'],
                    ['spec.securityContext.seLinuxOptions.level', ''],
                    [`${C0}.securityContext.seLinuxOptions.level`, 'somevalue'],
                ],
            },
        ],
        fail: [
            { name: 'out of bounds type, pod-level', ops: [['spec.securityContext.seLinuxOptions.type', 'somevalue']] },
            { name: 'out of bounds type, container', ops: [[`${C0}.securityContext.seLinuxOptions.type`, 'somevalue']] },
            { name: 'out of bounds type, initContainer', ops: [[`${I0}.securityContext.seLinuxOptions.type`, 'somevalue']] },
            { name: 'out of bounds user', ops: [['spec.securityContext.seLinuxOptions.user', 'somevalue']] },
            { name: 'out of bounds role', ops: [['spec.securityContext.seLinuxOptions.role', 'somevalue']] },
        ],
    },
    {
        level: 'baseline',
        version: 31,
        check: 'seLinuxOptions',
        origin: 'rampart',
        expectErrorSubstring: 'seLinuxOptions',
        prepPass: 'seLinuxOptions',
        prepFail: 'seLinuxOptions',
        pass: [
            {
                name: 'container_engine_t is allowed from 1.31',
                ops: [
                    ['spec.securityContext.seLinuxOptions.type', 'container_engine_t'],
                    [`${C0}.securityContext.seLinuxOptions.type`, 'container_t'],
                    [`${I0}.securityContext.seLinuxOptions.type`, 'container_engine_t'],
                ],
            },
        ],
        fail: [
            { name: 'out of bounds type, container', ops: [[`${C0}.securityContext.seLinuxOptions.type`, 'spc_t']] },
            { name: 'out of bounds user', ops: [[`${I0}.securityContext.seLinuxOptions.user`, 'system_u']] },
        ],
    },
    // fixtures_seccompProfile_baseline.go
    {
        level: 'baseline',
        version: 0,
        check: 'seccompProfile_baseline',
        expectErrorSubstring: 'seccompProfile',
        prepPass: 'annotations',
        prepFail: 'annotations',
        skipPass: (p) => p.metadata.annotations?.[SECCOMP_POD] === 'runtime/default',
        pass: [
            {
                name: 'pod-level default, container-level localhost, init-container unset',
                ops: [
                    [`metadata.annotations.${SECCOMP_POD}`, 'runtime/default'],
                    [`metadata.annotations.${SECCOMP_CONTAINER}container1`, 'localhost/testing'],
                ],
            },
        ],
        fail: [
            { name: 'pod unconfined', ops: [[`metadata.annotations.${SECCOMP_POD}`, 'unconfined']] },
            { name: 'container unconfined', ops: [[`metadata.annotations.${SECCOMP_CONTAINER}container1`, 'unconfined']] },
            { name: 'init container unconfined', ops: [[`metadata.annotations.${SECCOMP_CONTAINER}initcontainer1`, 'unconfined']] },
        ],
    },
    {
        level: 'baseline',
        version: 19,
        check: 'seccompProfile_baseline',
        expectErrorSubstring: 'seccompProfile',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        skipPass: (p) => get(p, 'spec.securityContext.seccompProfile.type') === 'RuntimeDefault',
        pass: [
            {
                name: 'pod-level default, container-level default, init-container unset',
                ops: [
                    ['spec.securityContext.seccompProfile', RUNTIME_DEFAULT],
                    [`${C0}.securityContext.seccompProfile`, RUNTIME_DEFAULT],
                ],
            },
        ],
        fail: [
            { name: 'pod unconfined', ops: [['spec.securityContext.seccompProfile', UNCONFINED]] },
            { name: 'container unconfined', ops: [[`${C0}.securityContext.seccompProfile`, UNCONFINED]] },
            { name: 'init container unconfined', ops: [[`${I0}.securityContext.seccompProfile`, UNCONFINED]] },
        ],
    },
    // fixtures_seccompProfile_restricted.go
    {
        level: 'restricted',
        version: 19,
        check: 'seccompProfile_restricted',
        expectErrorSubstring: 'seccompProfile',
        prepPass: 'securityContext',
        prepFail: 'securityContext',
        pass: [
            { name: 'pod RuntimeDefault', ops: [['spec.securityContext.seccompProfile', RUNTIME_DEFAULT]] },
            { name: 'pod Localhost', ops: [['spec.securityContext.seccompProfile', LOCALHOST_TESTING]] },
            {
                name: 'containers only',
                ops: [
                    ['spec.securityContext.seccompProfile', undefined],
                    [`${C0}.securityContext.seccompProfile`, RUNTIME_DEFAULT],
                    [`${I0}.securityContext.seccompProfile`, LOCALHOST_TESTING],
                ],
            },
        ],
        fail: [
            { name: 'unset everywhere', ops: [['spec.securityContext.seccompProfile', undefined]] },
            { name: 'unconfined, pod-level', ops: [['spec.securityContext.seccompProfile', UNCONFINED]] },
            { name: 'unset initContainer', ops: [['spec.securityContext.seccompProfile', undefined], [`${C0}.securityContext.seccompProfile`, RUNTIME_DEFAULT]] },
            { name: 'unset container', ops: [['spec.securityContext.seccompProfile', undefined], [`${I0}.securityContext.seccompProfile`, RUNTIME_DEFAULT]] },
            {
                name: 'unconfined, container-level',
                ops: [
                    ['spec.securityContext.seccompProfile', undefined],
                    [`${C0}.securityContext.seccompProfile`, RUNTIME_DEFAULT],
                    [`${I0}.securityContext.seccompProfile`, UNCONFINED],
                ],
            },
        ],
    },
    // fixtures_sysctls.go
    sysctlGenerator(0, SYSCTLS_1_0),
    sysctlGenerator(27, SYSCTLS_1_27),
    sysctlGenerator(29, SYSCTLS_1_29),
    sysctlGenerator(32, SYSCTLS_1_32, 'rampart'),
    sysctlGenerator(37, SYSCTLS_1_37, 'rampart'),
    // fixtures_windowsHostProcess.go
    {
        level: 'baseline',
        version: 0,
        check: 'windowsHostProcess',
        expectErrorSubstring: 'hostProcess',
        prepFail: 'securityContext',
        pass: [],
        fail: [
            {
                name: 'true for pod',
                ops: [
                    ['spec.hostNetwork', true],
                    ['spec.securityContext.windowsOptions', { hostProcess: true }],
                    [`${C0}.securityContext.windowsOptions`, {}],
                    [`${I0}.securityContext.windowsOptions`, {}],
                ],
            },
            {
                name: 'true for containers',
                ops: [
                    ['spec.hostNetwork', true],
                    ['spec.securityContext.windowsOptions', {}],
                    [`${C0}.securityContext.windowsOptions`, { hostProcess: true }],
                    [`${I0}.securityContext.windowsOptions`, { hostProcess: true }],
                ],
            },
        ],
    },
];
// ---------------------------------------------------------------------------------------------
// fixtures.go: minimal valid pods and the generator lookup
const BASELINE_1_0 = {
    metadata: {},
    spec: {
        initContainers: [{ name: 'initcontainer1', image: 'registry.k8s.io/pause' }],
        containers: [{ name: 'container1', image: 'registry.k8s.io/pause' }],
    },
};
/** Minimal valid (OS-neutral) pods: the base every fixture tweaks; keyed by the version they start at. */
const MINIMAL = (() => {
    const r1_0 = tweak(BASELINE_1_0, [['spec.securityContext', { runAsNonRoot: true }]]);
    const r1_8 = tweak(r1_0, [
        [`${C0}.securityContext`, { allowPrivilegeEscalation: false }],
        [`${I0}.securityContext`, { allowPrivilegeEscalation: false }],
    ]);
    const r1_19 = tweak(r1_8, [
        ['metadata.annotations', undefined],
        ['spec.securityContext.seccompProfile', { type: 'RuntimeDefault' }],
    ]);
    const r1_22 = tweak(r1_19, [
        [`${C0}.securityContext.capabilities`, { drop: ['ALL'] }],
        [`${I0}.securityContext.capabilities`, { drop: ['ALL'] }],
    ]);
    return {
        baseline: [[0, BASELINE_1_0]],
        restricted: [
            [0, r1_0],
            [8, r1_8],
            [19, r1_19],
            [22, r1_22],
            [25, r1_22],
        ],
    };
})();
/** Upstream's addLinux/addWindows minimal pods, for the OS-specific 1.25 behaviour. */
export function minimalValidPod(level, version, os) {
    let pod;
    if (level === 'restricted' && os === 'windows' && version >= 25) {
        // none of the restricted requirements added between 1.0 and 1.25 apply to explicitly Windows pods
        pod = MINIMAL.restricted[0][1];
    }
    else {
        for (const [v, p] of MINIMAL[level])
            if (v <= version)
                pod = p;
    }
    const copy = clone(pod);
    if (os)
        copy.spec.os = { name: os };
    return copy;
}
/**
 * getFixtures: the generator registered for the check at the level and the newest version <= the
 * given one (a baseline generator also serves restricted), applied to the minimal valid pod.
 */
export function fixturesFor(level, version, check) {
    let generator;
    for (const g of FIXTURE_GENERATORS) {
        if (g.check !== check || g.version > version)
            continue;
        if (g.level !== level && !(g.level === 'baseline' && level === 'restricted'))
            continue;
        if (!generator || g.version > generator.version)
            generator = g;
    }
    if (!generator)
        return undefined;
    const base = minimalValidPod(level, version);
    const build = (cases, prep) => cases.filter((c) => !c.onlyAt || c.onlyAt === level).map((c) => ({ name: c.name, pod: tweak(prepare(base, prep), c.ops), origin: c.origin ?? generator.origin }));
    return {
        expectErrorSubstring: generator.expectErrorSubstring ?? check,
        generator,
        pass: generator.skipPass?.(base) ? [] : build(generator.pass, generator.prepPass),
        fail: build(generator.fail, generator.prepFail),
    };
}
function prepare(pod, prep) {
    const p = clone(pod);
    if (!prep)
        return p;
    if (prep === 'annotations') {
        p.metadata.annotations ??= {};
        return p;
    }
    const spec = p.spec;
    spec.securityContext ??= {};
    if (prep === 'podSecurityContext')
        return p;
    for (const c of [...spec.containers, ...spec.initContainers]) {
        c.securityContext ??= {};
        const sc = c.securityContext;
        if (prep === 'capabilities')
            sc.capabilities ??= {};
        if (prep === 'seLinuxOptions')
            sc.seLinuxOptions ??= {};
    }
    if (prep === 'seLinuxOptions')
        spec.securityContext.seLinuxOptions ??= {};
    return p;
}
/** `tweak`: a deep copy with the ops applied. */
export function tweak(pod, ops) {
    const p = clone(pod);
    for (const [path, value] of ops)
        set(p, path, value);
    return p;
}
function splitPath(path) {
    // annotation keys contain dots; everything after `annotations.` is one key
    const at = path.indexOf('annotations.');
    if (at >= 0)
        return [...path.slice(0, at + 'annotations'.length).split('.'), path.slice(at + 'annotations.'.length)];
    return path.split('.');
}
function set(root, path, value) {
    const segs = splitPath(path);
    let node = root;
    for (let i = 0; i < segs.length - 1; i++) {
        const next = node[segs[i]];
        if (typeof next !== 'object' || next === null)
            node[segs[i]] = {};
        node = node[segs[i]];
    }
    const last = segs[segs.length - 1];
    if (value === undefined)
        delete node[last];
    else
        node[last] = clone(value);
}
function get(root, path) {
    let node = root;
    for (const seg of splitPath(path))
        node = typeof node === 'object' && node !== null ? node[seg] : undefined;
    return node;
}
function clone(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
//# sourceMappingURL=fixtures.js.map