import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadSources } from '../src/inventory/sources.js';
import { scan } from '../src/scan.js';
import { SECRETS_CHECKS } from '../src/checks/secrets/index.js';

const real = fileURLToPath(new URL('../../test/fixtures/real', import.meta.url));

describe('secrets checks on real public manifests (test/fixtures/real)', () => {
  it('no false positive: CA bundles, checksums, image digests, the Dashboard\'s controller-written Secrets; only kube-prometheus\'s committed alertmanager.yaml, as info', async () => {
    // env: {} keeps a helm or kubectl on the machine out of it (the cert-manager chart is not rendered)
    const inventory = await loadSources({ paths: [real], readStdin: () => Buffer.alloc(0), render: { env: {} } });
    assert.ok(inventory.objects.length > 80, `the corpus loaded (${inventory.objects.length} objects)`);
    const findings = scan(inventory, { registry: SECRETS_CHECKS }).findings;
    assert.deepEqual(
      findings.map((f) => [f.checkId, f.severity, `${f.resource.kind}/${f.resource.namespace}/${f.resource.name}`]),
      [['secrets.secret-in-manifest', 'info', 'Secret/monitoring/alertmanager-main']],
    );
  });
});
