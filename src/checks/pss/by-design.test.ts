import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { kubeApiServer, etcd } from '../kubeadm-fixtures.js';

const ids = (yaml: string): string[] => [...new Set(scan(loadText(yaml, 'kube-apiserver.yaml')).findings.filter((f) => f.resource.kind === 'Pod').map((f) => f.checkId))].sort();

describe('control-plane static pods: what they need by design is not reported', () => {
  it('hostNetwork, their own config and PKI host paths, host probes and the service account are left alone', () => {
    for (const manifest of [kubeApiServer(), etcd()]) {
      const found = ids(manifest);
      for (const id of ['pss.host-namespaces', 'pss.host-path-volumes', 'pss.host-probes-and-host-lifecycle', 'workload.service-account-token-automount', 'workload.default-service-account']) {
        assert.ok(!found.includes(id), `${id} reported: ${found.join(', ')}`);
      }
      // hardening that is not needed by design is still reported
      assert.ok(found.includes('workload.read-only-root-filesystem'), found.join(', '));
    }
  });

  it('a host path the component does not own, or hostPID, is still reported', () => {
    const extra = kubeApiServer().replace('  hostNetwork: true\n', '  hostNetwork: true\n  hostPID: true\n').replace('  volumes:\n', '  volumes:\n  - hostPath:\n      path: /\n    name: host-root\n');
    const found = ids(extra);
    assert.ok(found.includes('pss.host-namespaces'), found.join(', '));
    assert.ok(found.includes('pss.host-path-volumes'), found.join(', '));
  });

  it('the same pod spec that is not a component is reported', () => {
    const impostor = kubeApiServer().replace('    - kube-apiserver\n', '    - /bin/sh\n');
    const found = ids(impostor);
    assert.ok(found.includes('pss.host-namespaces') && found.includes('pss.host-path-volumes'), found.join(', '));
  });
});
