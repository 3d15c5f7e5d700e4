import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { DEFAULT_CONFIG } from '../../config.js';
import { resultDocument } from '../../report/document.js';
import { renderTable } from '../../report/table.js';
import { node, staticPod, docs } from '../../checks/versions/fixtures.js';

const input = docs(staticPod('kube-apiserver', 'v1.33.1'), node('a', 'v1.33.1'), node('b', 'v1.33.1'), node('c', 'v1.32.4-eks-4f4795d'));

describe('the versions section of a scan', () => {
  it('lists each component version and the data age; stale past the threshold', () => {
    const result = scan(loadText(input, 'cluster.yaml'), { config: { ...DEFAULT_CONFIG, today: '2026-01-15' } });
    assert.deepEqual(result.versions?.components, [
      { component: 'kube-apiserver', version: 'v1.33.1', raw: 'registry.k8s.io/kube-apiserver:v1.33.1', source: 'image', count: 1 },
      { component: 'kubelet', version: 'v1.32.4', raw: 'v1.32.4-eks-4f4795d', source: 'node', count: 1 },
      { component: 'kubelet', version: 'v1.33.1', raw: 'v1.33.1', source: 'node', count: 2 },
    ]);
    assert.deepEqual({ ...result.versions!.data, sources: undefined }, { releasesAsOf: '2025-11-30', cvesAsOf: '2025-11-30', ageDays: 46, maxAgeDays: 90, stale: false, sources: undefined });
    const doc = JSON.parse(JSON.stringify(resultDocument(result), (_k, v) => (typeof v === 'object' && v !== null && Symbol.iterator in v && !Array.isArray(v) ? [...v] : v)));
    assert.equal(doc.versions.data.ageDays, 46);
    assert.match(renderTable(result, { colour: false }), /Kubernetes release and CVE data of 2025-11-30, 46 days old\n/);
  });

  it('says STALE in the table and the JSON when older than versionDataMaxAgeDays', () => {
    const result = scan(loadText(input, 'cluster.yaml'), { config: { ...DEFAULT_CONFIG, today: '2026-01-15', versionDataMaxAgeDays: 30 } });
    assert.equal(result.versions?.data.stale, true);
    assert.match(renderTable(result, { colour: false }), /46 days old: STALE \(older than 30 days\); newer releases and CVEs are unknown to it \(refresh: npm run refresh-data\)/);
  });

  it('is absent when nothing shows a version, or no versions check ran', () => {
    const none = scan(loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', 'c.yaml'));
    assert.equal(none.versions, undefined);
    // so their framework controls are "not applicable", not "pass"
    assert.deepEqual(none.runs.filter((r) => r.check.meta.category === 'versions').map((r) => [r.check.meta.id, r.applicable]), [
      ['versions.end-of-life', false],
      ['versions.known-cve', false],
      ['versions.patch-behind', false],
      ['versions.unsupported-skew', false],
    ]);
    assert.equal(scan(loadText(input, 'cluster.yaml'), { skipChecks: ['versions.*'] }).versions, undefined);
  });
});
