import check from './low-uid-gid.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'high IDs at pod level, unset IDs, root (reported elsewhere), user namespaces',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsUser: 10001, runAsGroup: 10001}
          containers:
          - {name: a, image: x}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: q}
        spec:
          containers:
          - {name: a, image: x}
          - {name: root, image: x, securityContext: {runAsUser: 0}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: userns}
        spec:
          hostUsers: false
          containers:
          - {name: a, image: x, securityContext: {runAsUser: 1000}}
      `,
        },
    ],
    fail: [
        {
            name: 'container overrides a high pod-level UID with a low one; low pod-level GID applies to an init container',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              securityContext:
                runAsUser: 20000
                runAsGroup: 1000
              initContainers:
              - name: init
                image: x
                securityContext:
                  runAsGroup: 30000
              containers:
              - name: app
                image: x
                securityContext:
                  runAsUser: 1000
      `,
            findings: [
                { line: 9, message: 'container "app" runs with runAsGroup=1000 (set at pod level)' },
                { line: 19, message: 'container "app" runs with runAsUser=1000 (set at container level)' },
            ],
        },
    ],
});
//# sourceMappingURL=low-uid-gid.test.js.map