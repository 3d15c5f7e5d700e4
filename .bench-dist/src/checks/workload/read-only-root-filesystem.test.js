import check from './read-only-root-filesystem.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'true on every kind of container',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers:
              - name: init
                image: busybox
                securityContext: {readOnlyRootFilesystem: true}
              containers:
              - name: app
                image: nginx
                securityContext: {readOnlyRootFilesystem: yes}
              ephemeralContainers:
              - name: debug
                image: busybox
                securityContext: {readOnlyRootFilesystem: true}
      `,
        },
        {
            name: 'Windows pods are exempt (the API rejects the field there)',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: win}
        spec:
          os: {name: windows}
          containers:
          - {name: iis, image: iis}
      `,
        },
    ],
    fail: [
        {
            name: 'explicit false on a container, unset on a sidecar (there is no pod-level field)',
            yaml: yaml `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            spec:
              containers:
              - name: db
                image: postgres
                securityContext:
                  runAsUser: 999
                  readOnlyRootFilesystem: false
              - name: exporter
                image: exporter
      `,
            findings: [
                { line: 12, message: /container "db" .*readOnlyRootFilesystem is false/ },
                { line: 13, message: /container "exporter" .*readOnlyRootFilesystem is not set/ },
            ],
        },
        {
            name: 'init and ephemeral containers count',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: setup
            image: busybox
            securityContext:
              runAsNonRoot: true
          containers:
          - name: app
            image: nginx
            securityContext: {readOnlyRootFilesystem: true}
          ephemeralContainers:
          - name: debug
            image: busybox
      `,
            findings: [
                { line: 8, message: 'init container "setup"' },
                { line: 15, message: 'ephemeral container "debug"' },
            ],
        },
    ],
});
//# sourceMappingURL=read-only-root-filesystem.test.js.map