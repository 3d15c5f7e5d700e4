import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parseRecord, type AffectedEntry } from './osv.js';

const semver = (...events: [string, string][]): Omit<AffectedEntry, 'file'> => ({ ecosystem: 'npm', ranges: [{ type: 'SEMVER', events: events.map(([k, v]) => [k as 'introduced', v]) }] });

describe('OSV evaluation (schema.md, "Evaluation")', () => {
  it('"every possible version is affected"', () => {
    const e = semver(['introduced', '0']);
    assert.equal(evaluate(e, '0.0.1').affected, true);
    assert.equal(evaluate(e, '99.0.0').affected, true);
  });
  it('"everything before 1.0.2", with the fixed version', () => {
    const e = semver(['introduced', '0'], ['fixed', '1.0.2']);
    assert.deepEqual(evaluate(e, '1.0.1'), { affected: true, unevaluable: 0, fixed: '1.0.2' });
    assert.equal(evaluate(e, '1.0.2').affected, false);
    assert.equal(evaluate(e, '1.0.2-rc.1').affected, true, 'a pre-release of the fix is before it');
  });
  it('multiple ranges [1.0.0, 1.0.2) and [3.0.0, 3.2.5), events given out of order', () => {
    const e = semver(['fixed', '3.2.5'], ['introduced', '3.0.0'], ['introduced', '1.0.0'], ['fixed', '1.0.2']);
    const at = (v: string) => evaluate(e, v);
    assert.equal(at('0.9.0').affected, false);
    assert.deepEqual(at('1.0.1'), { affected: true, unevaluable: 0, fixed: '1.0.2' });
    assert.equal(at('2.0.0').affected, false);
    assert.deepEqual(at('3.2.4'), { affected: true, unevaluable: 0, fixed: '3.2.5' });
    assert.equal(at('3.2.5').affected, false);
  });
  it('last_affected includes the version itself and names no fix', () => {
    const e: Omit<AffectedEntry, 'file'> = { ecosystem: 'PyPI', ranges: [{ type: 'ECOSYSTEM', events: [['introduced', '0'], ['last_affected', '2.1.214']] }] };
    assert.deepEqual(evaluate(e, '2.1.214'), { affected: true, unevaluable: 0 });
    assert.equal(evaluate(e, '2.1.214.post1').affected, false, 'PEP 440: a post-release is after');
    assert.equal(evaluate(e, '2.1.215rc1').affected, false);
  });
  it('limit events: only versions below a limit; "*" is infinity', () => {
    const e = semver(['introduced', '1.0.0'], ['limit', '1.5.0']);
    assert.equal(evaluate(e, '1.4.9').affected, true);
    assert.equal(evaluate(e, '1.5.0').affected, false);
    assert.equal(evaluate(semver(['introduced', '1.0.0'], ['limit', '*']), '9.9.9').affected, true);
  });
  it('explicit versions match exactly, even where no ordering exists', () => {
    const e: Omit<AffectedEntry, 'file'> = { ecosystem: 'Linux', ranges: [], versions: ['5.10.1'] };
    assert.equal(evaluate(e, '5.10.1').affected, true);
    assert.equal(evaluate(e, '5.10.2').affected, false);
    const unordered: Omit<AffectedEntry, 'file'> = { ecosystem: 'Linux', ranges: [{ type: 'ECOSYSTEM', events: [['introduced', '0'], ['fixed', '6.0']] }] };
    assert.deepEqual(evaluate(unordered, '5.0'), { affected: false, unevaluable: 1 });
  });
  it('ECOSYSTEM ranges use the ecosystem ordering: dpkg, apk, Maven', () => {
    const deb: Omit<AffectedEntry, 'file'> = { ecosystem: 'Debian:12', ranges: [{ type: 'ECOSYSTEM', events: [['introduced', '0'], ['fixed', '3.0.11-1~deb12u2']] }] };
    assert.deepEqual(evaluate(deb, '3.0.11-1~deb12u1'), { affected: true, unevaluable: 0, fixed: '3.0.11-1~deb12u2' });
    assert.equal(evaluate(deb, '3.0.11-1').affected, false, 'the unstable upload sorts after the backported fix');
    const apk: Omit<AffectedEntry, 'file'> = { ecosystem: 'Alpine:v3.19', ranges: [{ type: 'ECOSYSTEM', events: [['introduced', '0'], ['fixed', '1.36.1-r16']] }] };
    assert.equal(evaluate(apk, '1.36.1-r15').affected, true);
    assert.equal(evaluate(apk, '1.36.1-r2').affected, true);
    assert.equal(evaluate(apk, '1.36.1-r16').affected, false);
    const mvn: Omit<AffectedEntry, 'file'> = { ecosystem: 'Maven', ranges: [{ type: 'ECOSYSTEM', events: [['introduced', '2.0-beta9'], ['fixed', '2.15.0']] }] };
    assert.deepEqual(evaluate(mvn, '2.14.1'), { affected: true, unevaluable: 0, fixed: '2.15.0' });
    assert.equal(evaluate(mvn, '2.0-alpha1').affected, false);
    assert.equal(evaluate(mvn, '2.15.0').affected, false);
  });
  it('an unparsable event makes its range unevaluable instead of guessing', () => {
    assert.deepEqual(evaluate(semver(['introduced', '0'], ['fixed', 'not-a-version']), '1.0.0'), { affected: false, unevaluable: 1 });
  });
});

describe('parseRecord', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  it('keeps ids, aliases, severity and SEMVER/ECOSYSTEM ranges; drops GIT ranges', () => {
    const r = parseRecord(
      {
        id: 'GHSA-jfh8-c2jp-5v3q',
        aliases: ['CVE-2021-44228'],
        modified: '2025-01-01T00:00:00Z',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' }],
        affected: [
          { package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }] }, { type: 'GIT', repo: 'x', events: [{ introduced: 'abc' }] }] },
        ],
      },
      'maven/GHSA-jfh8-c2jp-5v3q.json',
      now,
    );
    assert.ok(!('skip' in r));
    assert.equal(r.info.severity?.level, 'critical');
    assert.deepEqual(r.affected.map(([k, e]) => [k, e.ranges.length]), [['Maven\0org.apache.logging.log4j:log4j-core', 1]]);
    assert.deepEqual(r.related, ['CVE-2021-44228']);
  });
  it('skips withdrawn records and non-records', () => {
    assert.deepEqual(parseRecord({ id: 'X-1', modified: '2025-01-01T00:00:00Z', withdrawn: '2025-02-01T00:00:00Z' }, 'f', now), { skip: 'X-1: withdrawn on 2025-02-01T00:00:00Z' });
    assert.ok('skip' in parseRecord([], 'f', now));
    assert.ok('skip' in parseRecord({ id: 'X-2' }, 'f', now));
  });
});
