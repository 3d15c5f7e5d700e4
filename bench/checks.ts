/**
 * Where a scan's time goes, check by check (`npm run bench` runs it at 100k objects; alone):
 *
 *   node --expose-gc dist/bench/checks.js [--objects 100000 | --file CLUSTER.json] [--top 25] [--only GLOB]
 *
 * Loads the benchmark cluster once, then runs every check in one `scan()`, as `rampart scan` does,
 * timing each check's own `run` by CPU time (`process.cpuUsage`, steadier than wall time on a
 * shared machine). Analyses are memoized on the inventory, so the first check that asks for one
 * pays for building it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { writeCluster } from './generate.js';

export interface CheckCost {
  readonly id: string;
  readonly cpuMs: number;
  /** Garbage collection that ran while the check did (its own garbage, or earlier checks' that it tipped over). */
  readonly gcMs: number;
  readonly findings: number;
}

const MiB = 1024 * 1024;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / MiB;
}

export interface ChecksProfile {
  readonly loadCpuMs: number;
  readonly objects: number;
  readonly costs: readonly CheckCost[];
  readonly allCpuMs: number;
  /** Garbage collection during the scan (wall time of the pauses). */
  readonly scanGcMs: number;
  readonly allFindings: number;
  readonly heapMiB: number;
}

/**
 * Runs every check in one `scan()`, as `rampart scan` does, each wrapped to time its own `run`
 * (the reports it makes included; positions are resolved after all checks, in the scan's share).
 */
export async function profileChecks(file: string, only?: string): Promise<ChecksProfile> {
  const { readInputs, loadInventory } = await import('../src/inventory/load.js');
  const { scan, selectChecks } = await import('../src/scan.js');
  const { ALL_CHECKS } = await import('../src/checks/registry.js');
  const t0 = cpuMs();
  const read = readInputs([file], () => Buffer.alloc(0));
  const inventory = loadInventory(read.inputs, read.diagnostics);
  const loadCpuMs = cpuMs() - t0;
  const checks = only ? selectChecks(ALL_CHECKS, [only]).checks : ALL_CHECKS;
  const spent = new Map<string, number>();
  const windows: { id: string; start: number; end: number }[] = [];
  const timed = checks.map((check) => ({
    ...check,
    run(ctx: Parameters<typeof check.run>[0]) {
      const before = cpuMs();
      const start = performance.now();
      try {
        check.run(ctx);
      } finally {
        spent.set(check.meta.id, (spent.get(check.meta.id) ?? 0) + cpuMs() - before);
        windows.push({ id: check.meta.id, start, end: performance.now() });
      }
    },
  })) as typeof checks;
  const collections: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const before = cpuMs();
  const scanStart = performance.now();
  const all = scan(inventory, { registry: timed });
  const allCpuMs = cpuMs() - before;
  const scanEnd = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 100)); // gc entries arrive asynchronously
  observer.disconnect();
  const gc = new Map<string, number>();
  let scanGcMs = 0;
  for (const e of collections) {
    if (e.startTime < scanStart || e.startTime > scanEnd) continue;
    scanGcMs += e.duration;
    const w = windows.find((x) => e.startTime >= x.start && e.startTime <= x.end);
    if (w) gc.set(w.id, (gc.get(w.id) ?? 0) + e.duration);
  }
  const findings = new Map<string, number>();
  for (const f of all.findings) findings.set(f.checkId, (findings.get(f.checkId) ?? 0) + 1);
  const costs = checks.map((c) => ({ id: c.meta.id, cpuMs: spent.get(c.meta.id) ?? 0, gcMs: gc.get(c.meta.id) ?? 0, findings: findings.get(c.meta.id) ?? 0 }));
  return { loadCpuMs, objects: inventory.objects.length, costs, allCpuMs, scanGcMs, allFindings: all.findings.length, heapMiB: heapMiB() };
}

export function formatChecksProfile(p: ChecksProfile, top: number): string {
  const total = p.costs.reduce((s, c) => s + c.cpuMs, 0);
  const rows = [...p.costs].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, top);
  const lines = [
    `Load: ${(p.loadCpuMs / 1000).toFixed(2)} s CPU for ${p.objects.toLocaleString('en-US')} objects. scan(): ${(p.allCpuMs / 1000).toFixed(2)} s CPU, ${p.allFindings.toLocaleString('en-US')} findings, ${p.costs.length} checks: ${(total / 1000).toFixed(2)} s in the checks' own runs (analyses included, each in the first check that asks for it), ${((p.allCpuMs - total) / 1000).toFixed(2)} s in scan() itself (system objects, positions, waivers, sorting); garbage collection paused the scan for ${(p.scanGcMs / 1000).toFixed(2)} s in all. Heap after: ${p.heapMiB.toFixed(0)} MiB.`,
    '',
    '| check | CPU ms | share of checks | of which GC pauses, ms | findings |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const c of rows) lines.push(`| ${c.id} | ${c.cpuMs.toFixed(0)} | ${((100 * c.cpuMs) / total).toFixed(1)}% | ${c.gcMs.toFixed(0)} | ${c.findings.toLocaleString('en-US')} |`);
  return lines.join('\n');
}

/** The whole benchmark; returns its Markdown (the runner prints it). */
export async function benchChecks(argv: readonly string[] = []): Promise<string> {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const objects = Number(value('--objects') ?? '100000');
  let file = value('--file');
  let dir: string | undefined;
  if (!file) {
    dir = mkdtempSync(join(tmpdir(), 'rampart-bench-checks-'));
    file = writeCluster(join(dir, 'cluster'), objects).json.path;
  }
  try {
    const t0 = performance.now();
    const profile = await profileChecks(file, value('--only'));
    return `### Checks by CPU time (bench/checks.ts)\n\n${formatChecksProfile(profile, Number(value('--top') ?? '25'))}\n\n(${((performance.now() - t0) / 1000).toFixed(1)} s wall)\n`;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  process.stdout.write(await benchChecks(argv));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
