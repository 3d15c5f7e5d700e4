import check from './no-resource-quota.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'namespace with a ResourceQuota',
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: ResourceQuota
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
      yaml: yaml`
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
      name: 'declared namespace: reported on the Namespace; a ResourceQuota elsewhere does not count',
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop}
        ---
        apiVersion: v1
        kind: ResourceQuota
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
      findings: [{ line: 1, message: 'namespace "shop" runs workloads but has no ResourceQuota', severity: 'low' }],
    },
    {
      // microservices-demo and kube-prometheus deploy into namespaces they do not declare.
      name: 'undeclared namespace in files: reported on its first workload, as info (the cluster may hold one)',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: tools
        spec:
          containers: [{name: a, image: x}]
      `,
      findings: [{ line: 5, message: 'namespace "tools" runs workloads but has no ResourceQuota in the input (the input does not declare the namespace either', severity: 'info', evidence: { declared: false } }],
    },
  ],
});
