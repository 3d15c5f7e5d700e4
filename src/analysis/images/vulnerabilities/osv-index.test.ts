import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOsvIndex } from './osv-index.js';
import { packageKey } from './packages.js';

const record = (id: string, name: string, fixed: string, modified = '2025-05-01T00:00:00Z') => ({
  id,
  modified,
  affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed }] }] }],
});

describe('the OSV index and its cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'rampart-osv-index-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const osv = join(root, 'osv');
  const cache = join(root, 'cache');
  mkdirSync(join(osv, 'npm'), { recursive: true });
  writeFileSync(join(osv, 'npm', 'GHSA-1.json'), JSON.stringify(record('GHSA-1', 'lodash', '4.17.21')));
  writeFileSync(join(osv, 'npm', 'GHSA-2.json'), JSON.stringify(record('GHSA-2', 'lodash', '4.17.12', '2025-05-20T00:00:00Z')));
  writeFileSync(join(osv, 'npm', 'GHSA-3.json'), JSON.stringify(record('GHSA-3', 'left\npad', '1.3.0')));
  writeFileSync(join(osv, 'broken.json'), '{ nope');
  const lodash = packageKey('npm', 'lodash');
  const files = (i: ReturnType<typeof loadOsvIndex>) => i.entries(lodash)?.map((e) => e.file);

  it('is built once from the records, then read from the cache with the same answers', () => {
    const built = loadOsvIndex(osv, { cacheDir: cache });
    assert.equal(built.fromCache, false);
    assert.deepEqual([built.records, built.skipped, built.packageCount, built.newestModified], [3, 1, 2, '2025-05-20T00:00:00Z']);
    assert.match(built.skippedExamples[0].reason, /invalid JSON/);
    const cached = loadOsvIndex(osv, { cacheDir: cache });
    assert.equal(cached.fromCache, true);
    assert.deepEqual([cached.records, cached.skipped, cached.packageCount, cached.newestModified], [3, 1, 2, '2025-05-20T00:00:00Z']);
    assert.deepEqual(files(cached), files(built));
    assert.deepEqual(files(cached), ['npm/GHSA-1.json', 'npm/GHSA-2.json']);
    assert.deepEqual(cached.entries(packageKey('npm', 'left\npad')), built.entries(packageKey('npm', 'left\npad')), 'a name with a newline does not break the line layout');
    assert.equal(cached.entries(packageKey('npm', 'express')), undefined);
  });

  it('is rebuilt when a record is added or removed, when asked, and when the cache file is damaged', () => {
    writeFileSync(join(osv, 'npm', 'GHSA-4.json'), JSON.stringify(record('GHSA-4', 'lodash', '4.17.5')));
    const added = loadOsvIndex(osv, { cacheDir: cache });
    assert.equal(added.fromCache, false);
    assert.deepEqual(files(added), ['npm/GHSA-1.json', 'npm/GHSA-2.json', 'npm/GHSA-4.json']);
    rmSync(join(osv, 'npm', 'GHSA-4.json'));
    assert.deepEqual(files(loadOsvIndex(osv, { cacheDir: cache })), ['npm/GHSA-1.json', 'npm/GHSA-2.json']);
    assert.equal(loadOsvIndex(osv, { cacheDir: cache }).fromCache, true);
    assert.equal(loadOsvIndex(osv, { cacheDir: cache, rebuild: true }).fromCache, false);
    const [file] = readdirSync(cache).filter((f) => f.startsWith('osv-index-'));
    const text = readFileSync(join(cache, file), 'utf8');
    writeFileSync(join(cache, file), text.slice(0, Math.floor(text.length * 0.8)));
    const repaired = loadOsvIndex(osv, { cacheDir: cache });
    assert.equal(repaired.fromCache, false, 'a cut-short cache is not trusted');
    assert.deepEqual(files(repaired), ['npm/GHSA-1.json', 'npm/GHSA-2.json']);
    assert.equal(loadOsvIndex(osv, { cacheDir: cache }).fromCache, true);
  });

  it('without a cache directory, builds every time and writes nothing', () => {
    const dir = join(root, 'unused-cache');
    assert.equal(loadOsvIndex(osv, { cacheDir: null }).fromCache, false);
    assert.equal(loadOsvIndex(osv, { cacheDir: null }).fromCache, false);
    assert.throws(() => readdirSync(dir));
  });
});
