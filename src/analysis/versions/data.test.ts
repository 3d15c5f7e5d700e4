import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { affects, daysBetween, indexVersionData, shippedVersionData, type CveData, type ReleaseData } from './data.js';
import { compareKubeVersions, parseKubeVersion } from './version.js';

const v = (s: string) => parseKubeVersion(s)!;

describe('shipped version data', () => {
  const data = shippedVersionData();
  it('says its date and sources', () => {
    assert.match(data.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(data.releases.sources.some((s) => s.includes('endoflife.date')));
    assert.ok(data.cves.sources.some((s) => s.includes('official-cve-feed')));
  });
  it('has one line per minor, latest patch within it, end of life after release', () => {
    const minors = data.releases.releases.map((r) => r.minor);
    assert.equal(new Set(minors).size, minors.length);
    for (const r of data.releases.releases) assert.ok(r.released < r.endOfLife, r.minor);
  });
  it('every CVE range is ordered: introduced below its fix', () => {
    for (const c of data.cves.cves)
      for (const r of c.affected) {
        const end = r.fixed ?? r.lastAffected;
        if (r.introduced !== '0' && end) assert.ok(compareKubeVersions(v(r.introduced), v(end)) <= 0, `${c.id} ${JSON.stringify(r)}`);
      }
  });
  it('scores each CVE from its CVSS vector', () => {
    const cve = data.cvesOf('kube-apiserver').find((c) => c.id === 'CVE-2018-1002105')!;
    assert.equal(cve.score, 9.8);
    assert.equal(cve.severity, 'critical');
  });
});

describe('affects: CVE-2018-1002105 per minor (fixed in 1.10.11, 1.11.5, 1.12.3)', () => {
  const cve = shippedVersionData().cvesOf('kube-apiserver').find((c) => c.id === 'CVE-2018-1002105')!;
  const cases: [string, boolean, string?][] = [
    ['v1.9.11', true, '1.10.11'], // 1.9 never got the fix: move to 1.10.11 or later
    ['v1.10.10', true, '1.10.11'],
    ['v1.10.11', false],
    ['v1.11.0', true, '1.11.5'],
    ['v1.11.4', true, '1.11.5'],
    ['v1.11.5', false],
    ['v1.12.0-rc.1', true, '1.12.3'],
    ['v1.12.2-eks-1234', true, '1.12.3'],
    ['v1.12.3', false],
    ['v1.13.0', false],
    ['v1.29.4', false],
  ];
  for (const [version, affected, fixedIn] of cases)
    it(`${version}: ${affected ? `affected, fixed in ${fixedIn}` : 'not affected'}`, () => {
      assert.deepEqual(affects(cve, v(version)), affected ? { affected, fixedIn } : { affected });
    });
});

describe('affects: lastAffected and open ranges', () => {
  const cve = { affected: [{ introduced: '1.31.0', lastAffected: '1.31.11' }, { introduced: '1.32.0', lastAffected: '1.32.7' }, { introduced: '1.34.0' }] };
  it('through lastAffected, fixed in the next patch', () => {
    assert.deepEqual(affects(cve, v('1.31.11')), { affected: true, fixedIn: '1.31.12' });
    assert.deepEqual(affects(cve, v('1.31.12')), { affected: false });
    assert.deepEqual(affects(cve, v('1.30.9')), { affected: false });
  });
  it('a range with no end affects every later version, with no fix', () => {
    assert.deepEqual(affects(cve, v('1.34.5')), { affected: true });
  });
});

describe('indexVersionData', () => {
  const releases: ReleaseData = { schema: 1, asOf: '2025-01-01', sources: [], releases: [{ minor: '1.30', released: '2024-04-17', endOfLife: '2025-06-28', latest: '1.30.8' }] };
  const cves: CveData = { schema: 1, asOf: '2024-12-01', sources: [], cves: [] };
  it('the data is as old as its older file', () => assert.equal(indexVersionData(releases, cves).asOf, '2024-12-01'));
  it('rejects a latest patch of another minor', () => {
    assert.throws(() => indexVersionData({ ...releases, releases: [{ ...releases.releases[0], latest: '1.31.0' }] }, cves), /latest 1.31.0 is of another minor/);
  });
  it('rejects an unknown component', () => {
    assert.throws(() => indexVersionData(releases, { ...cves, cves: [{ id: 'CVE-2024-1', summary: '', components: ['etcd' as never], cvss: '', published: '2024-01-01', url: '', affected: [{ introduced: '0', fixed: '1.2.3' }] }] }), /bad CVE entry/);
  });
  it('counts days in UTC', () => assert.equal(daysBetween('2025-11-30', '2026-02-28'), 90));
});
