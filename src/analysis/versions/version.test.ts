import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareKubeVersions, formatKubeVersion, minorDistance, parseKubeVersion } from './version.js';

describe('parseKubeVersion', () => {
  const cases: [string, ReturnType<typeof parseKubeVersion>][] = [
    ['v1.29.4', { major: 1, minor: 29, patch: 4 }],
    ['1.29', { major: 1, minor: 29 }],
    ['v1.30.0-rc.1', { major: 1, minor: 30, patch: 0, prerelease: 'rc.1' }],
    ['v1.31.0-alpha.2', { major: 1, minor: 31, patch: 0, prerelease: 'alpha.2' }],
    // distributions' builds are the upstream patch, not a pre-release
    ['v1.27.3-eks-4f4795d', { major: 1, minor: 27, patch: 3, distribution: 'eks-4f4795d' }],
    ['v1.27.3-gke.1200', { major: 1, minor: 27, patch: 3, distribution: 'gke.1200' }],
    ['v1.28.3+k3s1', { major: 1, minor: 28, patch: 3, distribution: 'k3s1' }],
    ['v1.28.6+rke2r1', { major: 1, minor: 28, patch: 6, distribution: 'rke2r1' }],
    ['v1.27.6+f67aeb3', { major: 1, minor: 27, patch: 6, distribution: 'f67aeb3' }],
    // a build from git: pre-release, commits since it, and the commit
    ['v1.30.0-alpha.1.123+abcdef0123', { major: 1, minor: 30, patch: 0, prerelease: 'alpha.1', distribution: '123+abcdef0123' }],
    [' v1.29.4 ', { major: 1, minor: 29, patch: 4 }],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(parseKubeVersion(text), expected));
  for (const bad of ['latest', '1', 'v1.x', '', 'v1.29.4.5', 'release-1.29']) it(`rejects "${bad}"`, () => assert.equal(parseKubeVersion(bad), undefined));
});

describe('compareKubeVersions', () => {
  const order = ['v1.9.11', 'v1.10.0', 'v1.29.0-alpha.2', 'v1.29.0-alpha.10', 'v1.29.0-beta.0', 'v1.29.0-rc.1', 'v1.29.0', 'v1.29.4', 'v1.29.10', 'v2.0.0'];
  it('orders numerically, pre-releases before their release', () => {
    const parsed = order.map((v) => parseKubeVersion(v)!);
    const shuffled = [...parsed].reverse().sort(compareKubeVersions);
    assert.deepEqual(shuffled.map(formatKubeVersion), order);
  });
  it('ignores the distribution suffix', () => {
    assert.equal(compareKubeVersions(parseKubeVersion('v1.27.3-eks-4f4795d')!, parseKubeVersion('1.27.3')!), 0);
    assert.equal(compareKubeVersions(parseKubeVersion('v1.28.3+k3s1')!, parseKubeVersion('v1.28.4')!) < 0, true);
  });
  it('measures minor distance', () => {
    assert.equal(minorDistance(parseKubeVersion('1.30')!, parseKubeVersion('1.27.3')!), 3);
    assert.equal(minorDistance(parseKubeVersion('1.27')!, parseKubeVersion('1.28')!), -1);
  });
});
