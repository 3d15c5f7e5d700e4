import check from './tolerates-sensitive-nodes.js';
import { testCheck, yaml } from '../testing.js';
const sensitive = yaml `
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: payments, labels: {rampart.dev/sensitivity: high}}
  spec:
    template:
      spec:
        containers: [{name: app, image: pay}]
        nodeSelector: {dedicated: pci}
        tolerations: [{key: dedicated, operator: Equal, value: pci, effect: NoSchedule}]
`;
testCheck(check, {
    pass: [
        {
            name: 'other workloads tolerate other taints',
            yaml: `${sensitive}---
apiVersion: v1
kind: Pod
metadata: {name: gpu-job}
spec:
  containers: [{name: app, image: x}]
  tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
`,
        },
        {
            name: 'no sensitive nodes known: a catch-all toleration is not flagged here',
            yaml: yaml `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              containers: [{name: a, image: x}]
              tolerations: [{operator: Exists}]
      `,
        },
    ],
    fail: [
        {
            name: 'a non-sensitive workload tolerating the reserved taint, by key and by catch-all',
            yaml: `${sensitive}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers: [{name: app, image: web}]
      tolerations:
      - {key: dedicated, operator: Exists}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: logs}
spec:
  template:
    spec:
      containers: [{name: a, image: x}]
      tolerations:
      - operator: Exists
`,
            findings: [
                { line: 19, message: 'toleration of "dedicated"' },
                { line: 29, message: 'catch-all toleration' },
            ],
        },
        {
            name: 'a Node labelled sensitive reserves its taints even with no sensitive workload placed',
            yaml: yaml `
        apiVersion: v1
        kind: Node
        metadata: {name: vault-1, labels: {rampart.dev/sensitivity: high}}
        spec:
          taints: [{key: vault-only, effect: NoExecute}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: a, image: x}]
          tolerations: [{key: vault-only, operator: Exists, effect: NoExecute}]
      `,
            findings: [{ line: 12, message: 'vault-only:NoExecute' }],
        },
    ],
});
//# sourceMappingURL=tolerates-sensitive-nodes.test.js.map