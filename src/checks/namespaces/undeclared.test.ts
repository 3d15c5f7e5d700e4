import check from './undeclared.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'declared namespaces, default and the system namespaces',
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            spec:
              containers: [{name: web, image: "web:1"}]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        data: {}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: b, namespace: kube-system}
        data: {}
        ---
        apiVersion: coordination.k8s.io/v1
        kind: Lease
        metadata: {name: c, namespace: kube-node-lease}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: d, namespace: kube-public}
        data: {}
      `,
    },
    {
      name: 'the Namespace may come after the objects that use it',
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: late}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: late}
      `,
    },
  ],
  fail: [
    {
      name: 'one finding per undeclared namespace, on its first object',
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: api
          namespace: payments
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: payments}
        spec:
          template:
            spec:
              serviceAccountName: api
              containers: [{name: api, image: "api:1"}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: payments}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg, namespace: monitoring}
        data: {}
      `,
      findings: [
        { line: 9, severity: 'low', message: 'namespace "payments" is used by ServiceAccount "api" and 2 other objects but no Namespace object declares it' },
        { line: 28, message: 'namespace "monitoring" is used by ConfigMap "cfg" but no Namespace object declares it' },
      ],
    },
  ],
});
