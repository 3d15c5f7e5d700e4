import check from './system-namespace-workloads.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'cluster components in kube-system; applications elsewhere',
            yaml: yaml `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: kube-proxy, namespace: kube-system}
        spec:
          template:
            spec:
              containers: [{name: a, image: x}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: dns, namespace: kube-system, labels: {k8s-app: kube-dns}}
        spec:
          template:
            spec:
              containers: [{name: a, image: x}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: app, namespace: shop}
        spec:
          containers: [{name: a, image: x}]
      `,
        },
    ],
    fail: [
        {
            name: 'an application in kube-system and anything in kube-public',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: billing
          namespace: kube-system
        spec:
          template:
            spec:
              containers: [{name: a, image: x}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: coredns-lookalike
          namespace: kube-public
        spec:
          containers: [{name: a, image: x}]
      `,
            findings: [
                { line: 5, message: 'Deployment "billing" runs in the system namespace "kube-system"' },
                { line: 15, message: '"kube-public"' },
            ],
        },
    ],
});
//# sourceMappingURL=system-namespace-workloads.test.js.map