import check from './default-namespace.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'workloads and Services in their own namespace; config objects in default are out of scope',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            spec:
              containers: [{name: web, image: "web:1"}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings}
        data: {a: b}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: reader}
        rules: []
      `,
        },
    ],
    fail: [
        {
            name: 'explicit default, and no namespace at all',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
        spec:
          template:
            spec:
              containers: [{name: web, image: "web:1"}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          labels: {app: web}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  containers: [{name: job, image: "job:1"}]
      `,
            findings: [
                { line: 5, severity: 'low', message: 'Deployment "web" is in the default namespace' },
                { line: 13, message: 'Service "web" has no metadata.namespace, so it lands in the default namespace' },
                { line: 21, message: 'CronJob "nightly" has no metadata.namespace' },
            ],
        },
        {
            name: 'a bare Pod with an empty namespace',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          namespace: ""
        spec:
          containers: [{name: sh, image: "busybox:1.36"}]
      `,
            findings: [{ line: 3, message: 'Pod "debug" has no metadata.namespace' }],
        },
    ],
});
//# sourceMappingURL=default-namespace.test.js.map