import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalMavenVersion, compareMaven } from './maven.js';
// Maven's own tests of ComparableVersion (maven-artifact ComparableVersionTest): lists that must be
// in strictly increasing order, pairs that must be equal, and the MNG-5568/6572/6964 regressions.
const VERSIONS_QUALIFIER = ['1-alpha2snapshot', '1-alpha2', '1-alpha-123', '1-beta-2', '1-beta123', '1-m2', '1-m11', '1-rc', '1-cr2', '1-rc123', '1-SNAPSHOT', '1', '1-sp', '1-sp2', '1-sp123', '1-abc', '1-def', '1-pom-1', '1-1-snapshot', '1-1', '1-2', '1-123'];
const VERSIONS_NUMBER = ['2.0', '2-1', '2.0.a', '2.0.0.a', '2.0.2', '2.0.123', '2.1.0', '2.1-a', '2.1b', '2.1-c', '2.1-1', '2.1.0.1', '2.2', '2.123', '11.a2', '11.a11', '11.b2', '11.b11', '11.m2', '11.m11', '11', '11.a', '11b', '11c', '11m'];
const EQUAL = [
    ['1', '1'], ['1', '1.0'], ['1', '1.0.0'], ['1.0', '1.0.0'], ['1', '1-0'], ['1', '1.0-0'], ['1.0', '1.0-0'],
    ['1a', '1-a'], ['1a', '1.0-a'], ['1a', '1.0.0-a'], ['1.0a', '1-a'], ['1.0.0a', '1-a'],
    ['1x', '1-x'], ['1x', '1.0-x'], ['1x', '1.0.0-x'], ['1.0x', '1-x'], ['1.0.0x', '1-x'],
    ['1ga', '1'], ['1release', '1'], ['1final', '1'], ['1cr', '1rc'],
    ['1a1', '1-alpha-1'], ['1b2', '1-beta-2'], ['1m3', '1-milestone-3'],
    ['1X', '1x'], ['1A', '1a'], ['1B', '1b'], ['1M', '1m'], ['1Ga', '1'], ['1GA', '1'], ['1RELEASE', '1'], ['1release', '1'], ['1RELeaSE', '1'],
    ['1Final', '1'], ['1FinaL', '1'], ['1FINAL', '1'], ['1Cr', '1Rc'], ['1cR', '1rC'], ['1m3', '1Milestone3'], ['1m3', '1MileStone3'], ['1m3', '1MILESTONE3'],
    ['1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
];
const ORDERED_PAIRS = [
    ['1', '2'], ['1.5', '2'], ['1', '2.5'], ['1.0', '1.1'], ['1.1', '1.2'], ['1.0.0', '1.1'], ['1.0.1', '1.1'], ['1.1', '1.2.0'],
    ['1.0-alpha-1', '1.0'], ['1.0-alpha-1', '1.0-alpha-2'], ['1.0-alpha-1', '1.0-beta-1'],
    ['1.0-beta-1', '1.0-SNAPSHOT'], ['1.0-SNAPSHOT', '1.0'], ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'],
    ['1.0', '1.0-1'], ['1.0-1', '1.0-2'], ['1.0.0', '1.0-1'],
    ['2.0-1', '2.0.1'], ['2.0.1-klm', '2.0.1-lmn'], ['2.0.1', '2.0.1-xyz'], ['2.0.1', '2.0.1-123'], ['2.0.1-xyz', '2.0.1-123'],
    // MNG-5568: transitivity with an unusual version
    ['6.1.0rc3', '6.1.0'], ['6.1.0rc3', '6.1H.5-beta'], ['6.1.0', '6.1H.5-beta'],
    // MNG-6572: numbers beyond 32 and 64 bits
    ['20190126.230843', '1234567890.12345'], ['1234567890.12345', '123456789012345.1H.5-beta'], ['123456789012345.1H.5-beta', '12345678901234567890.1H.5-beta'],
    // MNG-6964: qualifiers after "-0."
    ['1-0.alpha', '1'], ['1-0.beta', '1'], ['1-0.alpha', '1-0.beta'],
];
function assertIncreasing(list) {
    for (let i = 1; i < list.length; i++) {
        for (let j = i; j < list.length; j++) {
            assert.ok(compareMaven(list[i - 1], list[j]) < 0, `${list[i - 1]} < ${list[j]}`);
            assert.ok(compareMaven(list[j], list[i - 1]) > 0, `${list[j]} > ${list[i - 1]}`);
        }
    }
}
describe('Maven version ordering (ComparableVersion)', () => {
    it('orders the qualifier list', () => assertIncreasing(VERSIONS_QUALIFIER));
    it('orders the number list', () => assertIncreasing(VERSIONS_NUMBER));
    it('treats aliases, case and trailing zeros as equal', () => {
        for (const [a, b] of EQUAL) {
            assert.equal(compareMaven(a, b), 0, `${a} == ${b}`);
            assert.equal(canonicalMavenVersion(a), canonicalMavenVersion(b), `canonical ${a} == ${b}`);
        }
    });
    it('orders the pairs', () => {
        for (const [a, b] of ORDERED_PAIRS) {
            assert.ok(compareMaven(a, b) < 0, `${a} < ${b}`);
            assert.ok(compareMaven(b, a) > 0, `${b} > ${a}`);
        }
    });
    it('equates leading zeros however long (MNG-6572)', () => {
        for (let n = 1; n <= 19; n++) {
            assert.equal(compareMaven('0'.repeat(n - 1) + '1', '1'), 0);
            assert.equal(compareMaven('0'.repeat(n), '0'), 0);
        }
    });
    it('prints the canonical form Maven prints', () => {
        assert.equal(canonicalMavenVersion('1.0-alpha-1-SNAPSHOT'), '1-alpha-1-snapshot');
        assert.equal(canonicalMavenVersion('2.14.1'), '2.14.1');
    });
});
//# sourceMappingURL=maven.test.js.map