/**
 * Where a scan's time goes, check by check (`npm run bench` runs it at 100k objects; alone):
 *
 *   node --expose-gc dist/bench/checks.js [--objects 100000 | --file CLUSTER.json] [--top 25] [--only GLOB]
 *
 * Loads the benchmark cluster once, then runs `scan()` with one check at a time in registry order,
 * measuring CPU time (`process.cpuUsage`, steadier than wall time on a shared machine), findings and
 * the heap still held after a GC. Analyses are memoized on the inventory, so the first check that
 * asks for one pays for building it (its row says which analyses were new). The last line runs
 * every check in one `scan()`, as `rampart scan` does, as a cross-check of the sum.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeCluster } from './generate.js';

export interface CheckCost {
  readonly id: string;
  readonly cpuMs: number;
  readonly findings: number;
  readonly heapMiB: number;
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
  readonly allFindings: number;
}

/** Runs each check alone over one loaded inventory, then all of them together. */
export async function profileChecks(file: string, only?: string): Promise<ChecksProfile> {
  const { readInputs, loadInventory } = await import('../src/inventory/load.js');
  const { scan, selectChecks } = await import('../src/scan.js');
  const { ALL_CHECKS } = await import('../src/checks/registry.js');
  const t0 = cpuMs();
  const read = readInputs([file], () => Buffer.alloc(0));
  const inventory = loadInventory(read.inputs, read.diagnostics);
  const loadCpuMs = cpuMs() - t0;
  const checks = only ? selectChecks(ALL_CHECKS, [only]).checks : ALL_CHECKS;
  const costs: CheckCost[] = [];
  for (const check of checks) {
    const before = cpuMs();
    const result = scan(inventory, { registry: [check] });
    const spent = cpuMs() - before;
    costs.push({ id: check.meta.id, cpuMs: spent, findings: result.findings.length, heapMiB: heapMiB() });
    process.stderr.write(`  ${check.meta.id}: ${spent.toFixed(0)} ms CPU, ${result.findings.length} findings\n`);
  }
  // every check again in one scan (analyses already built: this is the checks' own share)
  const before = cpuMs();
  const all = scan(inventory, { registry: checks });
  return { loadCpuMs, objects: inventory.objects.length, costs, allCpuMs: cpuMs() - before, allFindings: all.findings.length };
}

export function formatChecksProfile(p: ChecksProfile, top: number): string {
  const total = p.costs.reduce((s, c) => s + c.cpuMs, 0);
  const rows = [...p.costs].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, top);
  const lines = [
    `Load: ${p.loadCpuMs.toFixed(0)} ms CPU for ${p.objects.toLocaleString('en-US')} objects. Checks one at a time: ${total.toFixed(0)} ms CPU in all (analyses built on first use); all checks again in one scan with analyses memoized: ${p.allCpuMs.toFixed(0)} ms, ${p.allFindings.toLocaleString('en-US')} findings.`,
    '',
    '| check | CPU ms | share | findings | heap after (MiB) |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const c of rows) lines.push(`| ${c.id} | ${c.cpuMs.toFixed(0)} | ${((100 * c.cpuMs) / total).toFixed(1)}% | ${c.findings.toLocaleString('en-US')} | ${c.heapMiB.toFixed(0)} |`);
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
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
    process.stdout.write(`${formatChecksProfile(profile, Number(value('--top') ?? '25'))}\n\n(${((performance.now() - t0) / 1000).toFixed(1)} s wall)\n`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
