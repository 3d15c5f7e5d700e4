import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import check from './undeclared.js';
import { loadInventory } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'declared namespaces, default and the system namespaces',
            yaml: yaml `
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
            yaml: yaml `
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
            yaml: yaml `
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
                { line: 9, severity: 'info', message: 'namespace "payments" is used by ServiceAccount "api" and 2 other objects but no Namespace object declares it' },
                { line: 28, message: 'namespace "monitoring" is used by ConfigMap "cfg" but no Namespace object declares it' },
            ],
        },
    ],
});
describe('namespaces.undeclared: severity by how complete the view is', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg, namespace: monitoring}\n';
    it('files (one directory of a repository) are a partial view: info', () => {
        const [finding] = scan(loadInventory([{ file: 'app/cm.yaml', content: text }]), { registry: [check] }).findings;
        assert.equal(finding.severity, 'info');
    });
    it('a whole cluster (snapshot, live) is complete: the check\'s own severity', () => {
        const [finding] = scan(loadInventory([{ file: 'snapshot.json', content: text }], [], { complete: true }), { registry: [check] }).findings;
        assert.equal(finding.severity, 'low');
    });
});
//# sourceMappingURL=undeclared.test.js.map