import check from './no-limit-range.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'namespace with a LimitRange',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: LimitRange
        metadata: {name: r, namespace: shop}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          containers: [{name: a, image: x}]
      `,
        },
        {
            name: 'namespaces without workloads and system namespaces are not flagged',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata: {name: empty}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: kube-system}
        spec:
          containers: [{name: a, image: x}]
      `,
        },
    ],
    fail: [
        {
            name: 'declared namespace: reported on the Namespace; a LimitRange elsewhere does not count',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: LimitRange
        metadata: {name: r, namespace: other}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, namespace: shop}
        spec:
          template:
            spec:
              containers: [{name: a, image: x}]
      `,
            findings: [{ line: 1, message: 'namespace "shop" runs workloads but has no LimitRange' }],
        },
        {
            name: 'undeclared namespace: reported on its first workload',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: tools
        spec:
          containers: [{name: a, image: x}]
      `,
            findings: [{ line: 5, message: '"tools"' }],
        },
    ],
});
//# sourceMappingURL=no-limit-range.test.js.map