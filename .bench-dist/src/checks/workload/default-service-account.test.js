import check from './default-service-account.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'a dedicated account, by the current or the deprecated field',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              serviceAccountName: web
              containers:
              - {name: app, image: nginx}
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            spec:
              serviceAccountName: ""
              serviceAccount: legacy
              containers:
              - {name: app, image: nginx}
      `,
        },
    ],
    fail: [
        {
            name: 'no account named: points at the pod spec',
            yaml: yaml `
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c, namespace: batch}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - {name: job, image: busybox}
                  - {name: sidecar, image: envoy}
      `,
            findings: [
                {
                    line: 8,
                    severity: 'low',
                    message: 'pod runs containers "job", "sidecar" as the "default" service account of namespace "batch": spec.serviceAccountName is unset, so Kubernetes assigns "default"',
                },
            ],
        },
        {
            name: 'named explicitly, by either field',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: default
          containers:
          - {name: app, image: nginx}
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            serviceAccount: default
            containers:
            - {name: app, image: nginx}
      `,
            findings: [
                { line: 5, message: 'container "app" as the "default" service account of namespace "default": spec.serviceAccountName is "default"' },
                { line: 14, message: 'the deprecated spec.serviceAccount is "default"' },
            ],
        },
    ],
});
//# sourceMappingURL=default-service-account.test.js.map