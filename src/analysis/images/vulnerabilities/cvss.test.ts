import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cvssBaseScore, osvSeverity, ratingOf } from './cvss.js';

describe('CVSS', () => {
  it('computes base scores of published vectors in every version', () => {
    // Log4Shell, CVE-2021-44228 (NVD: 10.0 CRITICAL; v2 9.3)
    assert.deepEqual(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H'), { score: 10, version: '3' });
    assert.deepEqual(cvssBaseScore('AV:N/AC:M/Au:N/C:C/I:C/A:C'), { score: 9.3, version: '2' });
    // CVSS v3.0 vector of CVE-2017-5638 (Struts): 10.0
    assert.deepEqual(cvssBaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H'), { score: 10, version: '3' });
    // the OSV schema's own v4 example
    assert.deepEqual(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N'), { score: 5.1, version: '4' });
    // by hand: ISS 0.22, impact 6.42 x 0.22 = 1.41, exploitability 8.22 x 0.55 x 0.44 x 0.27 x 0.62 = 0.33, roundup(1.745) = 1.8
    assert.deepEqual(cvssBaseScore('CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N'), { score: 1.8, version: '3' });
  });
  it('rejects incomplete or unknown vectors', () => {
    for (const v of ['CVSS:3.1/AV:N', 'garbage', '', 'CVSS:5.0/AV:N/AC:L', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H']) assert.equal(cvssBaseScore(v), undefined, v);
  });
  it('rates scores with the specification table (v2 has no critical)', () => {
    assert.equal(ratingOf(0, '3'), 'info');
    assert.equal(ratingOf(3.9, '3'), 'low');
    assert.equal(ratingOf(4.0, '3'), 'medium');
    assert.equal(ratingOf(6.9, '4'), 'medium');
    assert.equal(ratingOf(7.0, '3'), 'high');
    assert.equal(ratingOf(9.0, '3'), 'critical');
    assert.equal(ratingOf(10, '2'), 'high');
  });
  it('takes an OSV record severity from v3, then v4, v2, Ubuntu priority, the database word', () => {
    assert.deepEqual(osvSeverity([{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N' }, { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' }]), {
      level: 'critical',
      score: 10,
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H',
      source: 'CVSS_V3',
    });
    assert.equal(osvSeverity([{ type: 'CVSS_V3', score: 'broken' }, { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }])?.level, 'high');
    assert.deepEqual(osvSeverity([{ type: 'Ubuntu', score: 'medium' }]), { level: 'medium', source: 'Ubuntu' });
    assert.deepEqual(osvSeverity(undefined, { severity: 'MODERATE' }), { level: 'medium', source: 'database' });
    assert.equal(osvSeverity([], {}), undefined);
  });
});
