import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PEP440, RUBYGEMS, SEMVER, versionOrder } from './index.js';
function assertIncreasing(order, list) {
    const parsed = list.map((v) => {
        const p = order.parse(v);
        assert.ok(p !== undefined, `${order.name} parses ${v}`);
        return p;
    });
    for (let i = 1; i < list.length; i++) {
        for (let j = i; j < list.length; j++) {
            assert.ok(order.compare(parsed[i - 1], parsed[j]) < 0, `${list[i - 1]} < ${list[j]}`);
            assert.ok(order.compare(parsed[j], parsed[i - 1]) > 0, `${list[j]} > ${list[i - 1]}`);
        }
    }
}
describe('SemVer ordering (npm, Go)', () => {
    it('orders semver.org §11 examples', () => {
        assertIncreasing(SEMVER, ['1.0.0', '2.0.0', '2.1.0', '2.1.1']);
        assertIncreasing(SEMVER, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0']);
    });
    it('ignores build metadata (§10) and reads Go versions with v and pseudo-versions', () => {
        const p = (v) => SEMVER.parse(v);
        assert.equal(SEMVER.compare(p('1.0.0+20130313144700'), p('1.0.0')), 0);
        assert.equal(SEMVER.compare(p('v1.2.3'), p('1.2.3')), 0);
        assertIncreasing(SEMVER, ['v0.0.0-20210101000000-abcdefabcdef', 'v0.1.0', 'v1.2', 'v1.2.1']);
        assert.equal(SEMVER.parse('1.2.3.4'), undefined);
        assert.equal(SEMVER.parse('latest'), undefined);
    });
});
describe('PEP 440 ordering (PyPI)', () => {
    it("orders the PEP's own example list (Summary of permitted suffixes and relative ordering)", () => {
        assertIncreasing(PEP440, [
            '1.dev0', '1.0.dev456', '1.0a1', '1.0a2.dev456', '1.0a12.dev456', '1.0a12', '1.0b1.dev456', '1.0b2', '1.0b2.post345.dev456', '1.0b2.post345',
            '1.0rc1.dev456', '1.0rc1', '1.0', '1.0+abc.5', '1.0+abc.7', '1.0+5', '1.0.post456.dev34', '1.0.post456', '1.0.15', '1.1.dev1',
        ]);
    });
    it("orders pypa/packaging's test list, with epochs, local versions and alternative spellings", () => {
        assertIncreasing(PEP440, [
            '1.0.dev456', '1.0a1', '1.0a2.dev456', '1.0a12.dev456', '1.0a12', '1.0b1.dev456', '1.0b2', '1.0b2.post345.dev456', '1.0b2.post345', '1.0b2-346',
            '1.0c1.dev456', '1.0c1', '1.0rc2', '1.0c3', '1.0', '1.0.post456.dev34', '1.0.post456', '1.1.dev1', '1.2+123abc', '1.2+123abc456', '1.2+abc',
            '1.2+abc123', '1.2+abc123def', '1.2+1234.abc', '1.2+123456', '1.2.r32+123456', '1.2.rev33+123456', '1!1.0.dev456', '1!1.0a1',
        ]);
    });
    it('normalizes as PEP 440 says', () => {
        const p = (v) => PEP440.parse(v);
        for (const [a, b] of [['1.0', '1.0.0'], ['1.1alpha1', '1.1a1'], ['1.0-post1', '1.0.post1'], ['v1.0', '1.0'], ['1.0RC1', '1.0rc1']])
            assert.equal(PEP440.compare(p(a), p(b)), 0, `${a} == ${b}`);
        assert.equal(PEP440.parse('not a version'), undefined);
    });
});
describe('RubyGems ordering (Gem::Version)', () => {
    it("follows rubygems' test_spaceship and test_semver", () => {
        const p = (v) => RUBYGEMS.parse(v);
        assert.equal(RUBYGEMS.compare(p('1.0'), p('1.0.0')), 0);
        assert.equal(RUBYGEMS.compare(p('1.0'), p('1.0.a')), 1);
        assert.equal(RUBYGEMS.compare(p('1.8.2'), p('0.0.0')), 1);
        assert.equal(RUBYGEMS.compare(p('1.8.2'), p('1.8.2.a')), 1);
        assert.equal(RUBYGEMS.compare(p('1.8.2.b'), p('1.8.2.a')), 1);
        assert.equal(RUBYGEMS.compare(p('1.8.2.a'), p('1.8.2')), -1);
        assert.equal(RUBYGEMS.compare(p('1.8.2.a10'), p('1.8.2.a9')), 1);
        assert.equal(RUBYGEMS.compare(p(''), p('0')), 0);
        assert.equal(RUBYGEMS.compare(p('1.2.b1'), p('1.2.b.1')), 0);
        // test_semver's pre-release chain (Gem::Version's pattern has no `+`: build metadata is not a gem version)
        assertIncreasing(RUBYGEMS, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0']);
        assert.equal(RUBYGEMS.parse('1.0.0+build.1'), undefined);
        assert.equal(RUBYGEMS.parse('junk'), undefined);
    });
});
describe('versionOrder', () => {
    it('maps OSV ecosystems, with or without a release suffix, to their ordering', () => {
        assert.equal(versionOrder('npm')?.name, 'SemVer');
        assert.equal(versionOrder('Go')?.name, 'SemVer');
        assert.equal(versionOrder('PyPI')?.name, 'PEP 440');
        assert.equal(versionOrder('Maven')?.name, 'Maven');
        assert.equal(versionOrder('Debian:12')?.name, 'dpkg');
        assert.equal(versionOrder('Ubuntu:22.04:LTS')?.name, 'dpkg');
        assert.equal(versionOrder('Alpine:v3.19')?.name, 'apk');
        assert.equal(versionOrder('RubyGems')?.name, 'RubyGems');
        assert.equal(versionOrder('Linux'), undefined);
    });
});
//# sourceMappingURL=index.test.js.map