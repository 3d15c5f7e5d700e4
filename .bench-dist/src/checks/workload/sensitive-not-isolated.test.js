import check from './sensitive-not-isolated.js';
import { testCheck, yaml } from '../testing.js';
const pinnedAndTolerating = `
      nodeSelector: {dedicated: pci}
      tolerations:
      - {key: dedicated, operator: Equal, value: pci, effect: NoSchedule}`;
const nodes = yaml `
  apiVersion: v1
  kind: Node
  metadata: {name: pci-1, labels: {dedicated: pci}}
  spec:
    taints: [{key: dedicated, value: pci, effect: NoSchedule}]
  ---
  apiVersion: v1
  kind: Node
  metadata: {name: web-1, labels: {pool: web}}
`;
testCheck(check, {
    pass: [
        {
            name: 'marked sensitive, pinned and tolerating a dedicated taint (no Node objects)',
            yaml: `apiVersion: apps/v1
kind: Deployment
metadata: {name: payments, labels: {rampart.dev/sensitivity: high}}
spec:
  template:
    spec:
      containers: [{name: app, image: pay}]${pinnedAndTolerating}
`,
        },
        {
            name: 'with Node objects: every schedulable node is tainted for it',
            yaml: `${nodes}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: payments}
spec:
  template:
    metadata: {annotations: {rampart.dev/sensitivity: high}}
    spec:
      containers: [{name: app, image: pay}]${pinnedAndTolerating}
`,
        },
        {
            name: 'not sensitive: no constraint needed',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: app, image: web}]
      `,
        },
    ],
    fail: [
        {
            name: 'marked sensitive with no placement at all',
            yaml: yaml `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: vault, labels: {rampart.dev/sensitivity: high}}
        spec:
          template:
            spec:
              containers: [{name: vault, image: vault}]
      `,
            findings: [{ line: 6, message: 'can run on any node' }],
        },
        {
            name: 'uses a Secret marked sensitive; pinned but tolerates no taint',
            yaml: yaml `
        apiVersion: v1
        kind: Secret
        metadata: {name: card-keys, namespace: pay, labels: {rampart.dev/sensitivity: high}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: worker, namespace: pay}
        spec:
          nodeSelector: {pool: secure}
          containers:
          - name: app
            image: w
            env:
            - name: KEY
              valueFrom: {secretKeyRef: {name: card-keys, key: k}}
      `,
            findings: [{ line: 8, message: 'uses Secret "card-keys"' }],
        },
        {
            name: 'with Node objects: a catch-all toleration proves nothing and an untainted node is reachable',
            yaml: `${nodes}---
apiVersion: apps/v1
kind: Deployment
metadata: {name: payments, labels: {rampart.dev/sensitivity: high}}
spec:
  template:
    spec:
      containers: [{name: app, image: pay}]
      tolerations: [{operator: Exists}]
`,
            findings: [{ line: 16, message: 'can be scheduled on "pci-1", "web-1"' }],
        },
    ],
});
//# sourceMappingURL=sensitive-not-isolated.test.js.map