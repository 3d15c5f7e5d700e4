import check from './resource-limits.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'limits on regular and init containers; ephemeral containers cannot have resources',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: init
            image: busybox
            resources: {limits: {cpu: 100m, memory: 64Mi}}
          containers:
          - name: app
            image: nginx
            resources:
              limits: {cpu: 1, memory: 1Gi}
          ephemeralContainers:
          - {name: debug, image: busybox}
      `,
        },
        {
            name: 'a LimitRange in the namespace sets default limits',
            yaml: yaml `
        apiVersion: v1
        kind: LimitRange
        metadata: {name: defaults, namespace: prod}
        spec:
          limits:
          - type: Container
            default: {cpu: 500m, memory: 256Mi}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, namespace: prod}
        spec:
          template:
            spec:
              containers:
              - {name: app, image: nginx}
      `,
        },
        {
            name: 'pod-level limits bound the containers together',
            yaml: yaml `
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              resources:
                limits: {cpu: "2", memory: 2Gi}
              containers:
              - {name: a, image: busybox}
              - name: b
                image: busybox
                resources: {limits: {cpu: 500m}}
      `,
        },
    ],
    fail: [
        {
            name: 'nothing at all: points at the container, names both resources',
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
      `,
            findings: [
                {
                    line: 8,
                    severity: 'medium',
                    message: 'container "db" has no CPU or memory limit: resources.limits.cpu and resources.limits.memory are missing',
                },
            ],
        },
        {
            name: 'memory missing beside a CPU limit, and a zero limit: points at limits',
            yaml: yaml `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          template:
            spec:
              initContainers:
              - name: setup
                image: busybox
                resources:
                  limits:
                    cpu: "0"
                    memory: 64Mi
              containers:
              - name: agent
                image: agent
                resources:
                  requests: {memory: 64Mi}
                  limits:
                    cpu: 200m
      `,
            findings: [
                { line: 11, message: 'init container "setup" has no CPU limit: resources.limits.cpu is missing (cpu set to 0, which means no limit)' },
                { line: 19, message: 'container "agent" has no memory limit: resources.limits.memory is missing' },
            ],
        },
        {
            name: 'a LimitRange elsewhere, or one that defaults only CPU, does not cover memory',
            yaml: yaml `
        apiVersion: v1
        kind: LimitRange
        metadata: {name: other, namespace: other}
        spec:
          limits:
          - type: Container
            default: {cpu: 500m, memory: 256Mi}
        ---
        apiVersion: v1
        kind: LimitRange
        metadata: {name: cpu-only, namespace: team}
        spec:
          limits:
          - type: Container
            default: {cpu: 500m}
          - type: Pod
            max: {memory: 1Gi}
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: rs, namespace: team}
        spec:
          template:
            spec:
              containers:
              - {name: web, image: nginx}
      `,
            findings: [{ line: 26, message: 'container "web" has no memory limit: resources.limits.memory is missing, and no LimitRange in namespace "team"' }],
        },
    ],
});
//# sourceMappingURL=resource-limits.test.js.map