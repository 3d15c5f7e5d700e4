import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildVersionData, parseCveFeed, parseEndOfLife, rangesFromText, rangesOfEvents } from './refresh-version-data.js';
import { affects, indexVersionData } from '../src/analysis/versions/data.js';
import { parseKubeVersion } from '../src/analysis/versions/version.js';

// saved samples of the upstream formats (scripts/fixtures/version-data/), so the parsing is tested offline
const dir = fileURLToPath(new URL('../../scripts/fixtures/version-data/', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(dir + name, 'utf8'));
const osv = new Map(readdirSync(dir + 'osv').map((f) => [f.slice(0, -5), read(`osv/${f}`)]));

describe('refresh-version-data: endoflife.date', () => {
  it('reads each cycle; a cycle whose end is not scheduled (eol: false) is left out', () => {
    assert.deepEqual(parseEndOfLife(read('endoflife-kubernetes.json')), [
      { minor: '1.34', released: '2025-08-27', endOfLife: '2026-10-27', latest: '1.34.2' },
      { minor: '1.33', released: '2025-04-23', endOfLife: '2026-06-28', latest: '1.33.6' },
      { minor: '1.10', released: '2018-03-26', endOfLife: '2019-02-13', latest: '1.10.13' },
    ]);
  });
  it('rejects what is not a list of cycles', () => assert.throws(() => parseEndOfLife({ message: 'rate limited' }), /expected an array/));
});

describe('refresh-version-data: the official CVE feed', () => {
  it('reads items, dates as YYYY-MM-DD', () => {
    const items = parseCveFeed(read('official-cve-feed.json'));
    assert.deepEqual(items.map((i) => [i.id, i.published]), [['CVE-2024-3177', '2024-04-16'], ['CVE-2018-1002105', '2018-12-03'], ['CVE-2026-4342', '2026-03-19'], ['CVE-2025-13281', '2025-11-30']]);
  });
  it('splits an item that announces several CVEs', () => {
    assert.deepEqual(parseCveFeed({ items: [{ id: 'CVE-2023-2727, CVE-2023-2728', summary: 's' }] }).map((i) => i.id), ['CVE-2023-2727', 'CVE-2023-2728']);
  });
  it('fixed versions from the text: one per minor, the oldest also closes the earlier lines', () => {
    const text = (parseCveFeed(read('official-cve-feed.json'))[1]).text;
    assert.deepEqual(rangesFromText(text), [
      { introduced: '0', fixed: '1.10.11' },
      { introduced: '1.11.0', fixed: '1.11.5' },
      { introduced: '1.12.0', fixed: '1.12.3' },
    ]);
    assert.deepEqual(rangesFromText('no versions are named here'), []);
  });
  it('OSV events: v prefixes, and a line that never got a fix stays open until the next end', () => {
    assert.deepEqual(rangesOfEvents([{ introduced: '1.30.0' }, { introduced: '1.31.0' }, { last_affected: '1.31.14' }, { introduced: 'v1.32.0' }, { last_affected: 'v1.32.9' }]), [
      { introduced: '1.30.0', lastAffected: '1.31.14' },
      { introduced: '1.32.0', lastAffected: '1.32.9' },
    ]);
  });
});

describe('refresh-version-data: building data/', () => {
  const built = buildVersionData({ endOfLife: read('endoflife-kubernetes.json'), feed: read('official-cve-feed.json'), osv, today: '2025-12-01' });
  it('keeps core-component CVEs, with OSV ranges when there is a record and the text otherwise', () => {
    assert.deepEqual(built.cves.cves.map((c) => [c.id, c.components]), [['CVE-2018-1002105', ['kube-apiserver']], ['CVE-2024-3177', ['kube-apiserver']], ['CVE-2025-13281', ['kube-controller-manager']]]);
    assert.deepEqual(built.skipped, ['CVE-2026-4342: not a core component']);
    const cve3177 = built.cves.cves.find((c) => c.id === 'CVE-2024-3177')!;
    assert.equal(cve3177.cvss, 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N');
    assert.deepEqual(affects(cve3177, parseKubeVersion('v1.28.8')!), { affected: true, fixedIn: '1.28.9' });
  });
  it('dates the data by the refresh and names its sources; the result passes the loader\'s validation', () => {
    assert.equal(built.releases.asOf, '2025-12-01');
    assert.equal(built.cves.asOf, '2025-12-01');
    assert.ok(built.cves.sources.includes('https://kubernetes.io/docs/reference/issues-security/official-cve-feed/index.json'));
    const data = indexVersionData(built.releases, built.cves);
    assert.equal(data.cvesOf('kube-apiserver').find((c) => c.id === 'CVE-2018-1002105')?.severity, 'critical');
  });
  it('keeps entries of the previous data that the sources no longer carry', () => {
    const previous = { ...built.cves, cves: [...built.cves.cves, { id: 'CVE-2019-11247', summary: 'kept', components: ['kube-apiserver' as const], cvss: 'CVSS:3.0/AV:N/AC:H/PR:L/UI:N/S:U/C:L/I:L/A:L', published: '2019-08-05', url: 'u', affected: [{ introduced: '1.7.0', fixed: '1.13.9' }] }] };
    const again = buildVersionData({ endOfLife: read('endoflife-kubernetes.json'), feed: read('official-cve-feed.json'), osv, previous, today: '2025-12-02' });
    assert.ok(again.cves.cves.some((c) => c.id === 'CVE-2019-11247'));
  });
});
