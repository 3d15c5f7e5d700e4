import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareApk, isValidApkVersion } from './apk.js';
// From apk-tools' own comparison table (test/version.data: `a op b`, checked by `apk version -t`),
// covering each rule: numbers, leading zeros, letters, suffixes, revisions, long numbers, invalid strings.
const APK_TESTS = `
2.34 > 0.1.0_alpha
23_foo > 4_beta
1.0 < 1.0bc
0.1.0_alpha = 0.1.0_alpha
0.1.0_alpha < 0.1.3_alpha
0.1.0_alpha2 > 0.1.0_alpha
0.1.0_alpha < 2.2.39-r1
1.0.4-r3 < 1.0.4-r4
1.1 > 1.1_alpha1
1.2.1 > 1.2
1.3_alpha < 1.3_alpha2
0.7.0 < 0.8_beta1
2.3.0b-r1 < 2.3.0b-r2
0.12.3 > 0.12
0.13_beta4 < 0.13_beta5
1.2.11 < 1.2.12.1
0.2.0-r1 < 3.1_p16
3.1_p16 < 3.1_p17
1.06-r6 < 006
006 > 1.0.0
1.2.2-r1 > 1.2.2
9.3.4-r2 > 9.3.4
2.59 < 20050718-r1
3.9.8-r5 > 2.01.01_alpha10
1.0 > 0.99.3.20040818
1.00_beta2 > 0.9.2
4.2.52_p2-r1 < 4.2.52_p4-r2
2.0.6-r1 > 0.2-r6
2.11-r1 > 2.11
20060720 > 3.0.20060720
2.5.1-r8 < 2.5.1a-r1
1.3.5-r10 > 1.3.5-r8
2.0.0_rc3-r1 > 1.5
2.6.15.20060110 < 2.6.16.20060323
3.0.0-r2 < 021109-r3
0.9.16-r1 < 3.9_pre20060124
6b-r7 > 1.12-r7
0.10.0 < 0.10.1_rc1
2.0.2 > 1.1a
0.15.1b-r2 > 0.15.1b
22.7-r1 < 22.7.3-r1
2.1_pre20 < 2.1_pre26
2.10.1 > 02.08.01b
3.81 > 1.6d
1.2.07.8 < 1.2.12.04
1.07-r1 < 1.07.5
0.1_pre20060810 < 0.1_pre20060817
0.59s-r11 < 0.65
0.20070118 < 0.20070207_rc1
4.3_p2-r1 < 4.3_p2-r5
4.5_p1-r1 > 4.5_p1
0.9.8c-r1 < 0.9.8d
2.2.3-r2 < 013
1.7 < 1.7b
1.8.5 < 1.8.5_p2
2.9.11_pre20051101-r3 > 2.9.11_pre20051101
1.6.8_p12-r1 > 1.6.8_p9-r2
0.9.28-r2 < 0.9.28.1
087-r1 < 103
2.12r-r4 < 2.12r-r5
7.0.17 < 7.0.174
1.3-r0 < 1.3.1-r0
1.3_pre1-r1 < 1.3.2
1.0_p10-r0 > 1.0_p9-r0
0.1.0_alpha_pre2 < 0.1.0_alpha
1.0.0_pre20191002222144-r0 < 1.0.0_pre20210530193627-r0
`;
const SIGN = { '<': -1, '=': 0, '>': 1 };
describe('Alpine (apk) version ordering', () => {
    for (const line of APK_TESTS.trim().split('\n')) {
        const [a, op, b] = line.split(' ');
        it(`${a} ${op} ${b}`, () => {
            assert.equal(Math.sign(compareApk(a, b)), SIGN[op]);
            assert.equal(Math.sign(compareApk(b, a)), -SIGN[op] || 0, 'antisymmetric');
        });
    }
    it('orders the versions of a real Alpine security fix', () => {
        assert.ok(compareApk('3.1.4-r5', '3.1.4-r6') < 0);
        assert.ok(compareApk('1.36.1-r15', '1.36.1-r2') > 0, 'revisions compare numerically');
    });
    it('validates as apk does', () => {
        for (const good of ['1.0', '1.2.3-r4', '1.0_alpha2_pre3', '2.12r-r4', '1.0_p10-r0'])
            assert.ok(isValidApkVersion(good), good);
        for (const bad of ['1.0bc', '23_foo', 'abc', '1.0-2', '1.0_beta_x'])
            assert.ok(!isValidApkVersion(bad), bad);
    });
});
//# sourceMappingURL=apk.test.js.map