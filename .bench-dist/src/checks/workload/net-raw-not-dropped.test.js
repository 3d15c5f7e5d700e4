import check from './net-raw-not-dropped.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'drop ALL or NET_RAW, in any spelling, on every kind of container',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: init
            image: busybox
            securityContext: {capabilities: {drop: [all]}}
          containers:
          - name: app
            image: nginx
            securityContext: {capabilities: {drop: [CAP_NET_RAW], add: [NET_BIND_SERVICE]}}
          ephemeralContainers:
          - name: debug
            image: busybox
            securityContext: {capabilities: {drop: [ALL]}}
      `,
        },
        {
            name: 'Windows pods cannot set capabilities',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: win}
        spec:
          template:
            spec:
              os: {name: windows}
              containers:
              - {name: iis, image: iis}
      `,
        },
    ],
    fail: [
        {
            name: 'nothing dropped: points at the container, or at capabilities when present',
            yaml: yaml `
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: rs}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx
              - name: cache
                image: redis
                securityContext:
                  capabilities:
                    add: [CHOWN]
      `,
            findings: [
                { line: 8, message: /container "web" keeps NET_RAW: securityContext.capabilities.drop is empty or unset/ },
                { line: 13, message: /container "cache" keeps NET_RAW/ },
            ],
        },
        {
            name: 'dropping other capabilities is not enough',
            yaml: yaml `
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              containers:
              - name: job
                image: busybox
                securityContext:
                  capabilities:
                    drop:
                    - SYS_CHROOT
                    - MKNOD
      `,
            findings: [{ line: 12, message: /container "job" keeps NET_RAW: .*lists neither NET_RAW nor ALL/ }],
        },
        {
            name: 'adding NET_RAW back after dropping ALL',
            yaml: yaml `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            spec:
              initContainers:
              - name: pinger
                image: busybox
                securityContext:
                  capabilities:
                    drop: [ALL]
                    add:
                    - net_raw
              containers:
              - name: app
                image: app
                securityContext: {capabilities: {drop: [ALL]}}
      `,
            findings: [{ line: 14, message: /init container "pinger" keeps NET_RAW: securityContext.capabilities.add lists it/ }],
        },
        {
            name: 'privileged containers keep it whatever they drop',
            yaml: yaml `
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                capabilities: {drop: [ALL]}
                privileged: true
      `,
            findings: [{ line: 11, message: /ephemeral container "debug" keeps NET_RAW: it is privileged/ }],
        },
    ],
});
//# sourceMappingURL=net-raw-not-dropped.test.js.map