import check from './secret-in-env.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'secret mounted as a file; env from ConfigMaps and literals',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          volumes:
          - name: db
            secret: {secretName: db}
          containers:
          - name: a
            image: x
            volumeMounts: [{name: db, mountPath: /secrets, readOnly: true}]
            env:
            - {name: MODE, value: prod}
            - name: LEVEL
              valueFrom: {configMapKeyRef: {name: cfg, key: level}}
            envFrom:
            - configMapRef: {name: cfg}
      `,
        },
    ],
    fail: [
        {
            name: 'secretKeyRef and envFrom secretRef, in an init container too',
            yaml: yaml `
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate}
        spec:
          template:
            spec:
              initContainers:
              - name: wait
                image: x
                envFrom:
                - secretRef:
                    name: all-creds
              containers:
              - name: app
                image: x
                env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: db, key: password}
      `,
            findings: [
                { line: 11, message: 'init container "wait" loads every key of Secret "all-creds"' },
                { line: 19, message: 'container "app" reads Secret "db" key "password" into environment variable DB_PASSWORD' },
            ],
        },
    ],
});
//# sourceMappingURL=secret-in-env.test.js.map