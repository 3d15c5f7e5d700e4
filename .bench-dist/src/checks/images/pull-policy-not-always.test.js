import check from './pull-policy-not-always.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'Always, defaulted policies, and digest-pinned images with IfNotPresent',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: always
            image: app:1.0
            imagePullPolicy: Always
          - name: defaulted
            image: app:1.0
          - name: pinned
            image: app@sha256:${'d'.repeat(64)}
            imagePullPolicy: IfNotPresent
          - name: pinned-never
            image: app:1.0@sha256:${'d'.repeat(64)}
            imagePullPolicy: Never
      `,
        },
    ],
    fail: [
        {
            name: 'IfNotPresent and Never on mutable tags',
            yaml: yaml `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          template:
            spec:
              initContainers:
              - name: init
                image: busybox
                imagePullPolicy: IfNotPresent
              containers:
              - name: db
                image: postgres:16
                imagePullPolicy: Never
      `,
            findings: [
                { line: 10, message: 'init container "init" runs mutable image "busybox" with imagePullPolicy: IfNotPresent' },
                { line: 14, message: 'container "db" runs mutable image "postgres:16" with imagePullPolicy: Never' },
            ],
        },
    ],
});
//# sourceMappingURL=pull-policy-not-always.test.js.map