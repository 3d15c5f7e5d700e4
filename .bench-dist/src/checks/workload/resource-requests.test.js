import check from './resource-requests.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'requests set, or implied by limits, or supplied by a LimitRange',
            yaml: yaml `
        apiVersion: v1
        kind: LimitRange
        metadata: {name: lr, namespace: b}
        spec:
          limits:
          - type: Container
            defaultRequest: {cpu: 50m, memory: 64Mi}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: a}
        spec:
          containers:
          - {name: req, image: x, resources: {requests: {cpu: 100m, memory: 128Mi}}}
          - {name: lim, image: x, resources: {limits: {cpu: 1, memory: 1Gi}}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: q, namespace: b}
        spec:
          containers:
          - {name: bare, image: x}
      `,
        },
    ],
    fail: [
        {
            name: 'no requests at all; a memory request alone leaves CPU missing; init containers count',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers:
              - name: init
                image: x
              containers:
              - name: app
                image: x
                resources:
                  requests: {memory: 64Mi}
      `,
            findings: [
                { line: 8, message: 'init container "init" requests no CPU or memory' },
                { line: 14, message: 'container "app" requests no CPU (' },
            ],
        },
    ],
});
//# sourceMappingURL=resource-requests.test.js.map