/**
 * What the versions checks cost (bench/versions.ts, called by bench/run.ts; `--skip-versions`
 * leaves it out): the 100k benchmark cluster, which shows no version, and the same plus 1,000 Nodes
 * on five kubelet versions (a tenth on Windows). The figure is the versions checks' share of a scan:
 * a scan with two checks that do the shared work (see `base`) against the same scan with the four
 * versions checks added.
 */
import { generateCluster, type GeneratedObject } from './generate.js';
import { loadText } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';
import { ALL_CHECKS } from '../src/checks/registry.js';
import { DEFAULT_CONFIG } from '../src/config.js';

function nodes(n: number): GeneratedObject[] {
  return Array.from({ length: n }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: `node-${i}` },
    status: { nodeInfo: { kubeletVersion: `v1.${27 + (i % 5)}.${i % 7}`, operatingSystem: i % 10 === 0 ? 'windows' : 'linux' } },
  })) as unknown as GeneratedObject[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchVersions(runs = 3): Promise<string> {
  // a control-plane check builds the component analysis the versions checks share, and a workload
  // check reports into the input file first, as the other checks of a full scan do, so that indexing
  // the file's lines for positions is not charged to the versions checks
  const base = ALL_CHECKS.filter((c) => c.meta.id === 'controlplane.apiserver-profiling' || c.meta.id === 'workload.read-only-root-filesystem');
  const versions = ALL_CHECKS.filter((c) => c.meta.id.startsWith('versions.'));
  const config = { ...DEFAULT_CONFIG, today: '2026-01-15' };
  const cluster = generateCluster(100_000).objects;
  const rows: string[] = [];
  for (const [label, objects] of [
    ['100k benchmark cluster (no version shown)', cluster],
    ['100k + 1,000 Nodes on 5 kubelet versions', [...cluster, ...nodes(1000)]],
  ] as const) {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects });
    const time = (registry: typeof ALL_CHECKS): [number, number] => {
      const inventory = loadText(text, 'bench.json');
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = performance.now();
      const result = scan(inventory, { registry, config });
      return [performance.now() - t0, result.findings.length];
    };
    const without: number[] = [];
    const withVersions: number[] = [];
    let findings = 0;
    for (let r = 0; r < runs; r++) {
      without.push(time(base)[0]);
      const [ms, n] = time([...base, ...versions]);
      withVersions.push(ms);
      findings = n;
    }
    const a = median(without);
    const b = median(withVersions);
    rows.push(`| ${label} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b - a).toFixed(0)} | ${findings} |`);
  }
  return ['| input | scan, 2 checks doing the shared work (ms) | + the 4 versions checks (ms) | versions share (ms) | findings |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
