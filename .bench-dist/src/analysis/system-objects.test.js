import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadText } from '../inventory/load.js';
import { scan } from '../scan.js';
import { untouchedSystemObjects } from './system-objects.js';
const fresh = readFileSync(fileURLToPath(new URL('../../../test/fixtures/system/fresh-cluster.yaml', import.meta.url)), 'utf8');
function findingsOn(text) {
    return scan(loadText(text, 'cluster.yaml'))
        .findings.map((f) => `${f.checkId} ${f.resource.kind}/${f.resource.namespace ?? ''}/${f.resource.name}`)
        .sort();
}
describe('objects Kubernetes creates itself', () => {
    it('a fresh cluster dump (kubernetes Service, kube-root-ca.crt, default accounts, system namespaces) has no findings', () => {
        const inventory = loadText(fresh, 'cluster.yaml');
        assert.deepEqual(inventory.diagnostics, []);
        const system = inventory.analysis(untouchedSystemObjects, undefined);
        assert.deepEqual([...system].map((o) => `${o.kind}/${o.namespace ?? ''}/${o.name}`).sort(), [
            'ConfigMap/default/kube-root-ca.crt',
            'ConfigMap/kube-system/extension-apiserver-authentication',
            'ConfigMap/kube-system/kube-root-ca.crt',
            'EndpointSlice/default/kubernetes',
            'Namespace//default',
            'Namespace//kube-node-lease',
            'Namespace//kube-public',
            'Namespace//kube-system',
            'PriorityClass//system-cluster-critical',
            'Service/default/kubernetes',
            'ServiceAccount/default/default',
            'ServiceAccount/kube-system/default',
        ]);
        assert.deepEqual(findingsOn(fresh), []);
    });
    it('once changed, they are the user\'s objects and are judged like any other', () => {
        const changed = fresh
            // the kubernetes Service exposed on every node
            .replace('    type: ClusterIP\n    clusterIP: 10.96.0.1', '    type: NodePort\n    clusterIP: 10.96.0.1')
            // a credential added to the root CA ConfigMap
            .replace('  metadata: {name: kube-root-ca.crt, namespace: kube-system}\n  data:\n', '  metadata: {name: kube-root-ca.crt, namespace: kube-system}\n  data:\n    db_password: hunter2hunter2\n');
        const findings = findingsOn(changed);
        assert.ok(findings.some((f) => f.endsWith('Service/default/kubernetes') && f.startsWith('network.')), findings.join('\n'));
        assert.ok(findings.includes('secrets.configmap-credentials ConfigMap/kube-system/kube-root-ca.crt'), findings.join('\n'));
        assert.ok(!findings.some((f) => f.includes('ConfigMap/default/kube-root-ca.crt')), 'the unchanged copy stays out');
    });
    it('the default namespace is the user\'s once workloads run in it', () => {
        const withPod = `${fresh}- apiVersion: v1\n  kind: Pod\n  metadata: {name: app, namespace: default}\n  spec:\n    containers: [{name: c, image: nginx}]\n`;
        assert.ok(findingsOn(withPod).includes('namespaces.pss-not-enforced Namespace//default'));
    });
});
//# sourceMappingURL=system-objects.test.js.map