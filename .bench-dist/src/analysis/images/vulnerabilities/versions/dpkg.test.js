import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareDpkg, parseDpkgVersion } from './dpkg.js';
// The comparison table dpkg tests itself with (scripts/t/Dpkg_Version.t, `__DATA__`: a b expected),
// which `dpkg --compare-versions` must agree with.
const DPKG_TESTS = `
1.0-1 2.0-2 -1
2.2~rc-4 2.2-1 -1
2.2-1 2.2~rc-4 1
1.0000-1 1.0-1 0
1 0:1 0
0 0:0-0 0
2:2.5 1:7.5 1
1:foo foo 1
0:foo foo 0
foo foo 0
foo- foo 0
foo- foo-0 0
foo fo 1
foo- foo+ -1
foo~1 foo -1
foo~foo+Bar foo~foo+bar -1
foo~~ foo~ -1
1~ 1 -1
12345+that-really-is-some-ver-0 12345+that-really-is-some-ver-10 -1
foo-0 foo-01 -1
foo.bar foobar 1
foo.bar foo1bar 1
foo.bar foo0bar 1
1foo-1 foo-1 -1
foo2.0 foo2 1
foo2.0.0 foo2.10.0 -1
foo2.0 foo2.0.0 -1
foo2.0 foo2.10 -1
foo2.1 foo2.10 -1
1.09 1.9 0
1.0.8+nmu1 1.0.8 1
3.11 3.10+nmu1 1
0.9j-20080306-4 0.9i-20070324-2 1
1.2.0~b7-1 1.2.0~b6-1 1
1.011-1 1.06-2 1
0.0.9+dfsg1-1 0.0.8+dfsg1-3 1
4.6.99+svn6582-1 4.6.99+svn6496-1 1
53 52 1
0.9.9~pre122-1 0.9.9~pre111-1 1
2:2.3.2-2+lenny2 2:2.3.2-2 1
1:3.8.1-1 3.8.GA-1 1
1.0.1+gpl-1 1.0.1-2 1
1a 1000a -1
`;
describe('Debian (dpkg) version ordering', () => {
    for (const line of DPKG_TESTS.trim().split('\n')) {
        const [a, b, expected] = line.split(' ');
        it(`${a} <=> ${b} is ${expected}`, () => {
            assert.equal(Math.sign(compareDpkg(a, b)), Number(expected));
            assert.equal(Math.sign(compareDpkg(b, a)), -Number(expected) || 0, 'antisymmetric');
        });
    }
    it("orders ~ before the end, as Debian Policy §5.6.12's example: ~~ < ~~a < ~ < (empty) < a", () => {
        const ordered = ['1~~', '1~~a', '1~', '1', '1a'];
        for (let i = 1; i < ordered.length; i++)
            assert.ok(compareDpkg(ordered[i - 1], ordered[i]) < 0, `${ordered[i - 1]} < ${ordered[i]}`);
    });
    it('orders real security-fix versions across Debian releases', () => {
        assert.ok(compareDpkg('3.0.11-1~deb12u1', '3.0.11-1~deb12u2') < 0);
        assert.ok(compareDpkg('3.0.11-1~deb12u2', '3.0.11-1') < 0, 'a backport sorts before the unstable upload it was taken from');
        assert.ok(compareDpkg('1:2.38-4', '2.39-1') > 0, 'the epoch wins');
    });
    it('parses epoch, upstream version and revision as parseversion does', () => {
        assert.deepEqual(parseDpkgVersion('  1:2.3-4-5 '), { epoch: 1, upstream: '2.3-4', revision: '5' });
        assert.deepEqual(parseDpkgVersion('0:0:0-0'), { epoch: 0, upstream: '0:0', revision: '0' });
        for (const bad of ['', '  ', 'a:1', '-1:0-1', '0:', '-0', '1 2', '999999999999999999999999:0-1'])
            assert.equal(parseDpkgVersion(bad), undefined, JSON.stringify(bad));
    });
});
//# sourceMappingURL=dpkg.test.js.map