/**
 * Vulnerability matching benchmark (`npm run bench` calls `benchSupplyChain()`; alone:
 * `node --expose-gc dist/bench/supply-chain.js [--records 200000] [--packages 10000] [--runs 3] [--keep DIR]`).
 *
 * Data, from a seeded PRNG: an OSV directory of N records (one file each, spread over npm, PyPI,
 * Maven, Go, RubyGems, Debian 11/12 and Alpine 3.18/3.19, with SEMVER and ECOSYSTEM ranges, several
 * introduced/fixed pairs, last_affected, limit and explicit versions, CVSS vectors), and SBOMs
 * (CycloneDX) listing M packages whose names are drawn from the same pools, so about a third of
 * them have records.
 *
 * Each measurement is a fresh child process doing what `rampart scan --sbom --osv` does before the
 * checks (`loadSupplyChainEvidence`: read the SBOMs, load the OSV index, match every package):
 * - cold: no cache: every record file is read and parsed, the index built and cached;
 * - warm: the cached index (the goal: ≤ 3 s for 10,000 packages against 200,000 records);
 * - baselines in the same run: reading and JSON.parse of every record file (the floor of any cold
 *   build), and reading and JSON.parse of the whole cached index (what a warm run would cost if it
 *   decoded everything instead of the packages the SBOMs name).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { prng } from './generate.js';

const GOAL_WARM_MS = 3000;

interface Pools {
  readonly ecosystems: readonly { eco: string; release?: string; purl: (name: string, version: string) => string; version: (r: () => number) => string; ranges: 'SEMVER' | 'ECOSYSTEM' }[];
}

const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const POOLS: Pools = {
  ecosystems: [
    { eco: 'npm', purl: (n, v) => `pkg:npm/${n}@${v}`, version: (r) => `${int(r, 0, 9)}.${int(r, 0, 30)}.${int(r, 0, 20)}`, ranges: 'SEMVER' },
    { eco: 'PyPI', purl: (n, v) => `pkg:pypi/${n}@${v}`, version: (r) => `${int(r, 0, 5)}.${int(r, 0, 20)}${r() < 0.2 ? `.post${int(r, 1, 3)}` : r() < 0.1 ? `rc${int(r, 1, 3)}` : `.${int(r, 0, 9)}`}`, ranges: 'ECOSYSTEM' },
    { eco: 'Maven', purl: (n, v) => `pkg:maven/org.example.${n.slice(0, 3)}/${n}@${v}`, version: (r) => `${int(r, 1, 6)}.${int(r, 0, 15)}.${int(r, 0, 9)}${r() < 0.1 ? '-beta' + int(r, 1, 3) : ''}`, ranges: 'ECOSYSTEM' },
    { eco: 'Go', purl: (n, v) => `pkg:golang/github.com/example/${n}@v${v}`, version: (r) => `${int(r, 0, 3)}.${int(r, 0, 40)}.${int(r, 0, 9)}`, ranges: 'SEMVER' },
    { eco: 'RubyGems', purl: (n, v) => `pkg:gem/${n}@${v}`, version: (r) => `${int(r, 0, 7)}.${int(r, 0, 12)}.${int(r, 0, 9)}`, ranges: 'ECOSYSTEM' },
    { eco: 'Debian', release: '12', purl: (n, v) => `pkg:deb/debian/${n}@${v}?arch=amd64&distro=debian-12`, version: (r) => `${int(r, 1, 4)}.${int(r, 0, 30)}-${int(r, 1, 5)}${r() < 0.5 ? `+deb12u${int(r, 1, 6)}` : ''}`, ranges: 'ECOSYSTEM' },
    { eco: 'Debian', release: '11', purl: (n, v) => `pkg:deb/debian/${n}@${v}?arch=amd64&distro=debian-11`, version: (r) => `${int(r, 1, 4)}.${int(r, 0, 30)}-${int(r, 1, 5)}${r() < 0.5 ? `+deb11u${int(r, 1, 6)}` : ''}`, ranges: 'ECOSYSTEM' },
    { eco: 'Alpine', release: 'v3.19', purl: (n, v) => `pkg:apk/alpine/${n}@${v}?arch=x86_64&distro=3.19.1`, version: (r) => `${int(r, 1, 4)}.${int(r, 0, 30)}.${int(r, 0, 9)}-r${int(r, 0, 20)}`, ranges: 'ECOSYSTEM' },
    { eco: 'Alpine', release: 'v3.18', purl: (n, v) => `pkg:apk/alpine/${n}@${v}?arch=x86_64&distro=3.18.6`, version: (r) => `${int(r, 1, 4)}.${int(r, 0, 30)}.${int(r, 0, 9)}-r${int(r, 0, 20)}`, ranges: 'ECOSYSTEM' },
  ],
};

/** Package names per ecosystem: records and SBOMs draw from the same pool. */
const NAMES_PER_ECOSYSTEM = 6000;
const name = (i: number) => `pkg-${i.toString(36)}`;

const VECTORS = ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 'CVSS:3.1/AV:L/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'];

export function writeOsvDirectory(dir: string, records: number, seed = 42): void {
  const r = prng(seed);
  for (const e of POOLS.ecosystems) mkdirSync(join(dir, e.eco + (e.release ?? '')), { recursive: true });
  const modified = '2026-01-01T00:00:00Z';
  for (let i = 0; i < records; i++) {
    const e = POOLS.ecosystems[i % POOLS.ecosystems.length];
    const pkg = name(int(r, 0, NAMES_PER_ECOSYSTEM - 1));
    const a = e.version(r);
    const b = e.version(r);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const shape = r();
    const events =
      shape < 0.6 ? [{ introduced: '0' }, { fixed: hi }] : shape < 0.8 ? [{ introduced: lo }, { fixed: hi }, { introduced: e.version(r) }] : shape < 0.95 ? [{ introduced: lo }, { last_affected: hi }] : [{ introduced: lo }, { limit: hi }];
    const id = `BENCH-${e.eco.toUpperCase()}-${i}`;
    const record = {
      schema_version: '1.6.0',
      id,
      modified,
      published: '2025-01-01T00:00:00Z',
      aliases: r() < 0.7 ? [`CVE-2025-${100000 + i}`] : [],
      summary: `Synthetic vulnerability ${i} in ${pkg}`,
      details: 'Generated for the benchmark. '.repeat(int(r, 2, 12)),
      ...(r() < 0.8 && { severity: [{ type: VECTORS[int(r, 0, VECTORS.length - 1)].startsWith('CVSS:4') ? 'CVSS_V4' : 'CVSS_V3', score: VECTORS[int(r, 0, VECTORS.length - 1)] }] }),
      affected: [
        {
          package: { ecosystem: e.release ? `${e.eco}:${e.release}` : e.eco, name: pkg },
          ranges: [{ type: e.ranges, events }],
          ...(r() < 0.2 && { versions: [lo, hi] }),
        },
      ],
      references: [{ type: 'ADVISORY', url: `https://example.com/advisories/${id}` }],
    };
    writeFileSync(join(dir, e.eco + (e.release ?? ''), `${id}.json`), JSON.stringify(record, null, 2));
  }
}

export function writeSboms(dir: string, packages: number, seed = 7): void {
  mkdirSync(dir, { recursive: true });
  const r = prng(seed);
  const perSbom = 500;
  for (let s = 0; s * perSbom < packages; s++) {
    const components: unknown[] = [];
    for (let i = 0; i < Math.min(perSbom, packages - s * perSbom); i++) {
      const e = POOLS.ecosystems[int(r, 0, POOLS.ecosystems.length - 1)];
      // a third from the names records use, the rest from names nobody reported
      const pkg = r() < 0.35 ? name(int(r, 0, NAMES_PER_ECOSYSTEM - 1)) : `other-${s}-${i}`;
      components.push({ type: 'library', name: pkg, purl: e.purl(pkg, e.version(r)) });
    }
    const digest = `sha256:${(s + 1).toString(16).padStart(64, '0')}`;
    writeFileSync(
      join(dir, `image-${s}.cdx.json`),
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, metadata: { timestamp: '2026-01-01T00:00:00Z', component: { type: 'container', name: `registry.example.com/bench/app-${s}`, version: digest } }, components }),
    );
  }
}

/** One Deployment per SBOM image, pinned by the digest its SBOM names: what `rampart images` reads. */
export function writeCluster(file: string, packages: number): void {
  const docs: string[] = [];
  for (let s = 0; s * 500 < packages; s++) {
    const digest = `sha256:${(s + 1).toString(16).padStart(64, '0')}`;
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${s}, namespace: ns-${s % 5}}\nspec:\n  selector: {matchLabels: {app: app-${s}}}\n  template:\n    metadata: {labels: {app: app-${s}}}\n    spec:\n      containers:\n      - name: app\n        image: registry.example.com/bench/app-${s}@${digest}\n`,
    );
  }
  writeFileSync(file, docs.join('---\n'));
}

interface ChildResult {
  readonly ms: number;
  readonly packages?: number;
  readonly vulnerabilities?: number;
  readonly fromCache?: boolean;
  readonly records?: number;
  readonly peakRssMiB: number;
}

async function child(mode: string, osv: string, sboms: string, cache: string): Promise<ChildResult> {
  const rss = () => process.resourceUsage().maxRSS / 1024;
  if (mode === 'baseline-records') {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : files.push(join(d, e.name));
    };
    const t0 = performance.now();
    walk(osv);
    let n = 0;
    for (const f of files) n += JSON.parse(readFileSync(f, 'utf8')) ? 1 : 0;
    return { ms: performance.now() - t0, records: n, peakRssMiB: rss() };
  }
  if (mode === 'baseline-cache') {
    const file = readdirSync(cache).find((f) => f.startsWith('osv-index-'));
    if (!file) throw new Error('no cache file: run the cold measurement first');
    const t0 = performance.now();
    // the whole index decoded, as a single-document cache would be: every line JSON.parse'd
    let n = 0;
    for (const line of readFileSync(join(cache, file), 'utf8').split('\n')) if (line !== '') n += JSON.parse(line) ? 1 : 0;
    return { ms: performance.now() - t0, records: n, peakRssMiB: rss() };
  }
  const { loadSupplyChainEvidence } = await import('../src/analysis/images/load-evidence.js');
  const t0 = performance.now();
  const evidence = loadSupplyChainEvidence({ sbomDir: sboms, osvDir: osv, cacheDir: cache, now: new Date('2026-01-02T00:00:00Z') });
  const ms = performance.now() - t0;
  const sbomsLoaded = evidence.vulnerabilities?.sboms ?? [];
  return {
    ms,
    packages: sbomsLoaded.reduce((n, s) => n + s.sbom.packages.length, 0),
    vulnerabilities: sbomsLoaded.reduce((n, s) => n + (s.match?.vulnerabilities.length ?? 0), 0),
    fromCache: evidence.vulnerabilities?.osv?.fromCache,
    records: evidence.vulnerabilities?.osv?.records,
    peakRssMiB: rss(),
  };
}

/** The whole command as a user runs it, warm cache: `rampart images -f cluster.yaml --sbom --osv -o json`. */
function cli(cluster: string, osv: string, sboms: string, cache: string): { ms: number; vulnerabilities: number } {
  const bin = fileURLToPath(new URL('../../bin/rampart.js', import.meta.url));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'images', '-f', cluster, '--sbom', sboms, '--osv', osv, '--osv-max-age', '100000', '-o', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, RAMPART_CACHE_DIR: cache, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`rampart images failed (${r.status}): ${r.stderr}`);
  const doc = JSON.parse(r.stdout) as { images: { vulnerabilities: { total: number } }[] };
  return { ms, vulnerabilities: doc.images.reduce((n, i) => n + i.vulnerabilities.total, 0) };
}

function spawn(mode: string, osv: string, sboms: string, cache: string): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode, osv, sboms, cache], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchSupplyChain(options: { records?: number; packages?: number; runs?: number; keep?: string } = {}): Promise<string> {
  const records = options.records ?? 200_000;
  const packages = options.packages ?? 10_000;
  const runs = options.runs ?? 3;
  const dir = options.keep ?? mkdtempSync(join(tmpdir(), 'rampart-bench-supply-'));
  const osv = join(dir, `osv-${records}`);
  const sboms = join(dir, `sboms-${packages}`);
  const cache = join(dir, 'cache');
  const log = (m: string) => process.stderr.write(`${m}\n`);
  try {
    if (!existsSync(osv)) {
      const t0 = performance.now();
      writeOsvDirectory(osv, records);
      log(`  wrote ${records} OSV records in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    if (!existsSync(sboms)) writeSboms(sboms, packages);
    const cluster = join(dir, `cluster-${packages}.yaml`);
    writeCluster(cluster, packages);
    const cold: ChildResult[] = [];
    const warm: ChildResult[] = [];
    const floorRecords: ChildResult[] = [];
    const floorCache: ChildResult[] = [];
    const whole: { ms: number; vulnerabilities: number }[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(cache, { recursive: true, force: true });
      cold.push(spawn('match', osv, sboms, cache));
      floorCache.push(spawn('baseline-cache', osv, sboms, cache));
      warm.push(spawn('match', osv, sboms, cache));
      whole.push(cli(cluster, osv, sboms, cache));
      floorRecords.push(spawn('baseline-records', osv, sboms, cache));
      log(`  run ${i + 1}/${runs}: cold ${cold[i].ms.toFixed(0)} ms (read+parse floor ${floorRecords[i].ms.toFixed(0)}), warm ${warm[i].ms.toFixed(0)} ms (cache parse floor ${floorCache[i].ms.toFixed(0)}), whole \`rampart images\` warm ${whole[i].ms.toFixed(0)} ms`);
      if (cold[i].fromCache || !warm[i].fromCache) throw new Error('cache did not behave: cold must build, warm must read the cache');
    }
    const m = (xs: ChildResult[]) => median(xs.map((x) => x.ms));
    const last = warm[warm.length - 1];
    const coldMs = m(cold);
    const warmMs = m(warm);
    const lines = [
      `### Supply chain: ${last.packages} SBOM packages against ${last.records} OSV records (median of ${runs})`,
      '',
      '| measurement | ms | baseline in the same run | baseline ms | ratio | peak RSS MiB |',
      '| --- | ---: | --- | ---: | ---: | ---: |',
      `| cold: build the index (read + parse every record), cache it, match | ${coldMs.toFixed(0)} | read + JSON.parse of every record file | ${m(floorRecords).toFixed(0)} | ${(coldMs / m(floorRecords)).toFixed(2)} | ${median(cold.map((c) => c.peakRssMiB)).toFixed(0)} |`,
      `| warm: cached index, read SBOMs, match | ${warmMs.toFixed(0)} | read + JSON.parse of the whole cached index | ${m(floorCache).toFixed(0)} | ${(warmMs / m(floorCache)).toFixed(2)} | ${median(warm.map((c) => c.peakRssMiB)).toFixed(0)} |`,
      `| whole CLI, warm: \`rampart images -f cluster.yaml --sbom --osv -o json\` (process start to exit) | ${median(whole.map((w) => w.ms)).toFixed(0)} | read + JSON.parse of the whole cached index | ${m(floorCache).toFixed(0)} | ${(median(whole.map((w) => w.ms)) / m(floorCache)).toFixed(2)} | |`,
      '',
      `- vulnerabilities found: ${last.vulnerabilities} (the same cold, warm and through the CLI: ${cold.every((c) => c.vulnerabilities === last.vulnerabilities) && whole.every((w) => w.vulnerabilities === last.vulnerabilities) ? 'yes' : '**NO**'})`,
      `- goal, warm ≤ ${GOAL_WARM_MS / 1000} s: ${warmMs <= GOAL_WARM_MS ? 'met' : '**MISSED**'} (${(warmMs / 1000).toFixed(2)} s); cold runs spread ${Math.min(...cold.map((c) => c.ms)).toFixed(0)}–${Math.max(...cold.map((c) => c.ms)).toFixed(0)} ms, warm ${Math.min(...warm.map((c) => c.ms)).toFixed(0)}–${Math.max(...warm.map((c) => c.ms)).toFixed(0)} ms`,
    ];
    return lines.join('\n');
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--child');
  if (at !== -1) {
    process.stdout.write(JSON.stringify(await child(argv[at + 1], argv[at + 2], argv[at + 3], argv[at + 4])));
  } else {
    const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
    const out = await benchSupplyChain({
      records: value('--records') ? Number(value('--records')) : undefined,
      packages: value('--packages') ? Number(value('--packages')) : undefined,
      runs: value('--runs') ? Number(value('--runs')) : undefined,
      keep: value('--keep'),
    });
    process.stdout.write(out + '\n');
  }
}
