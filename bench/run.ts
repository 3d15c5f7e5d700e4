/**
 * Load and scan benchmarks (`npm run bench`).
 *
 *   node --expose-gc dist/bench/run.js [--sizes 10000,20000,50000,100000] [--runs 3]
 *                                      [--formats json,yaml,yaml-list] [--seed 42] [--indent 4] [--profile] [--keep]
 *
 * For each size the generator writes one synthetic cluster twice, as a kubectl JSON List and as a
 * multi-document YAML stream, under os.tmpdir(). Every measurement then runs in a fresh child
 * process, so that peak RSS figures do not mix and each run pays the cold start a CLI user pays:
 *   - baseline: JSON.parse of the JSON file's text, nothing else (the floor for any JS loader);
 *   - scan: readInputs + loadInventory (load), then scan() with every registered check, which
 *     includes resolving the source position of each finding (scan), exactly as `rampart scan` does.
 * Each figure is the median over the runs, taken metric by metric.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeCluster, type WrittenCluster } from './generate.js';
import { formatSummary, summarizeProfile } from './profile.js';

/** json: a kubectl JSON List; yaml: a multi-document YAML stream; yaml-list: `kubectl get -o yaml` (one List document). */
type Format = 'json' | 'yaml' | 'yaml-list';
const FORMATS: readonly Format[] = ['json', 'yaml', 'yaml-list'];
const FILE_OF: Readonly<Record<Format, 'json' | 'yaml' | 'yamlList'>> = { json: 'json', yaml: 'yaml', 'yaml-list': 'yamlList' };

interface BaselineResult {
  readonly mode: 'baseline';
  readonly parseMs: number;
  readonly peakRssMiB: number;
}

interface ScanRunResult {
  readonly mode: 'scan';
  readonly loadMs: number;
  readonly scanMs: number;
  readonly objects: number;
  readonly diagnostics: number;
  readonly findings: number;
  readonly objectsWithFindings: number;
  readonly checks: number;
  readonly peakRssMiB: number;
}

type ChildResult = BaselineResult | ScanRunResult;

export interface BenchRow {
  readonly size: number;
  readonly format: Format;
  readonly bytes: number;
  readonly runs: number;
  readonly parseMs: number;
  readonly loadMs: number;
  readonly scanMs: number;
  readonly totalMs: number;
  /** Fastest and slowest run's load + scan: the spread behind the median. */
  readonly totalMinMs: number;
  readonly totalMaxMs: number;
  readonly peakRssMiB: number;
  readonly baselineRssMiB: number;
  readonly objects: number;
  readonly diagnostics: number;
  readonly findings: number;
  readonly objectsWithFindings: number;
  readonly generatedBad: number;
  readonly checks: number;
}

const MiB = 1024 * 1024;
const GOAL_JSON_MS = 5000;
const GOAL_JSON_RSS_MIB = 1.5 * 1024;
const YAML_FACTOR = 3;
/** 2x objects may cost at most 2.2x time. */
const DOUBLING_LIMIT = 2.2;

function peakRssMiB(): number {
  // resourceUsage().maxRSS is in KiB on Linux and macOS
  return process.resourceUsage().maxRSS / 1024;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs inside the child process: one measurement, result as JSON on stdout. */
async function child(mode: string, file: string): Promise<ChildResult> {
  if (mode === 'baseline') {
    const text = readFileSync(file, 'utf8');
    collect();
    const t0 = performance.now();
    const value: unknown = JSON.parse(text);
    const parseMs = performance.now() - t0;
    if (value === null) throw new Error('unreachable: keeps the parse result alive');
    return { mode: 'baseline', parseMs, peakRssMiB: peakRssMiB() };
  }
  const { readInputs, loadInventory } = await import('../src/inventory/load.js');
  const { scan } = await import('../src/scan.js');
  collect();
  // the same calls, in the same order, as src/cli/commands/scan.ts
  const t0 = performance.now();
  const read = readInputs([file], () => Buffer.alloc(0));
  const inventory = loadInventory(read.inputs, read.diagnostics);
  const t1 = performance.now();
  const result = scan(inventory);
  const t2 = performance.now();
  const withFindings = new Set(result.findings.map((f) => `${f.resource.kind}\0${f.resource.namespace ?? ''}\0${f.resource.name}`));
  return {
    mode: 'scan',
    loadMs: t1 - t0,
    scanMs: t2 - t1,
    objects: inventory.objects.length,
    diagnostics: inventory.diagnostics.length,
    findings: result.findings.length,
    objectsWithFindings: withFindings.size,
    checks: result.summary.checks,
    peakRssMiB: peakRssMiB(),
  };
}

function spawnChild(mode: 'baseline' | 'scan', file: string, profileDir?: string): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const flags = ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  const r = spawnSync(process.execPath, [...flags, script, '--child', mode, file], { encoding: 'utf8', maxBuffer: 16 * MiB });
  if (r.status !== 0) {
    throw new Error(`child ${mode} ${file} failed (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  }
  return JSON.parse(r.stdout) as ChildResult;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly formats: readonly Format[];
  readonly seed: number;
  /** Indentation of the JSON List: 4 as kubectl prints it. */
  readonly indent: number;
  readonly profile: boolean;
  readonly keep: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const sizes = (value('--sizes') ?? '10000,20000,50000,100000').split(',').map(Number);
  const runs = Number(value('--runs') ?? '3');
  const formats = (value('--formats') ?? FORMATS.join(',')).split(',') as Format[];
  const seed = Number(value('--seed') ?? '42');
  const indent = Number(value('--indent') ?? '4');
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0) || !Number.isInteger(runs) || runs <= 0 || formats.some((f) => !FORMATS.includes(f)) || !Number.isInteger(indent) || indent < 0) {
    throw new Error('usage: run.js [--sizes N,N...] [--runs N] [--formats json,yaml,yaml-list] [--seed S] [--indent N] [--profile] [--keep]');
  }
  return { sizes, runs, formats, seed, indent, profile: argv.includes('--profile'), keep: argv.includes('--keep') };
}

function measure(size: number, written: WrittenCluster, format: Format, runs: number, profileDir?: string): BenchRow {
  const baselines: BaselineResult[] = [];
  const scans: ScanRunResult[] = [];
  const file = written[FILE_OF[format]].path;
  for (let i = 0; i < runs; i++) {
    baselines.push(spawnChild('baseline', written.json.path) as BaselineResult);
    // profile only the first run: profiling slows the run it observes
    scans.push(spawnChild('scan', file, i === 0 ? profileDir : undefined) as ScanRunResult);
    const s = scans[scans.length - 1];
    log(`  ${size} ${format} run ${i + 1}/${runs}: parse ${baselines[i].parseMs.toFixed(0)} ms, load ${s.loadMs.toFixed(0)} ms, scan ${s.scanMs.toFixed(0)} ms, peak ${s.peakRssMiB.toFixed(0)} MiB`);
  }
  const m = (pick: (r: ScanRunResult) => number) => median(scans.map(pick));
  const last = scans[scans.length - 1];
  return {
    size,
    format,
    bytes: written[FILE_OF[format]].bytes,
    runs,
    parseMs: median(baselines.map((b) => b.parseMs)),
    loadMs: m((r) => r.loadMs),
    scanMs: m((r) => r.scanMs),
    totalMs: m((r) => r.loadMs + r.scanMs),
    totalMinMs: Math.min(...scans.map((r) => r.loadMs + r.scanMs)),
    totalMaxMs: Math.max(...scans.map((r) => r.loadMs + r.scanMs)),
    peakRssMiB: m((r) => r.peakRssMiB),
    baselineRssMiB: median(baselines.map((b) => b.peakRssMiB)),
    objects: last.objects,
    diagnostics: last.diagnostics,
    findings: last.findings,
    objectsWithFindings: last.objectsWithFindings,
    generatedBad: written.bad,
    checks: last.checks,
  };
}

export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| objects | format | MiB | runs | JSON.parse ms | load ms | scan ms | total ms | total min–max | total / JSON.parse | peak RSS MiB | findings | objects with findings |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.size} | ${r.format} | ${(r.bytes / MiB).toFixed(1)} | ${r.runs} | ${r.parseMs.toFixed(0)} | ${r.loadMs.toFixed(0)} | ${r.scanMs.toFixed(0)} | ${r.totalMs.toFixed(0)} | ${r.totalMinMs.toFixed(0)}–${r.totalMaxMs.toFixed(0)} | ${(r.totalMs / r.parseMs).toFixed(1)} | ${r.peakRssMiB.toFixed(0)} | ${r.findings} | ${r.objectsWithFindings} (${((100 * r.objectsWithFindings) / r.objects).toFixed(1)}%) |`,
    );
  }
  return lines.join('\n');
}

/** Scaling between sizes and the goals, as lines of Markdown. */
export function formatGoals(rows: readonly BenchRow[]): string {
  const out: string[] = [];
  const find = (size: number, format: Format) => rows.find((r) => r.size === size && r.format === format);
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  const largest = sizes[sizes.length - 1];
  const smallest = sizes[0];
  const verdict = (ok: boolean) => (ok ? 'met' : '**MISSED**');
  for (const format of FORMATS) {
    const lo = find(smallest, format);
    const hi = find(largest, format);
    if (lo && hi && largest > smallest) {
      const factor = largest / smallest;
      const growth = hi.totalMs / lo.totalMs;
      const exponent = Math.log(growth) / Math.log(factor);
      out.push(
        `- ${format} linearity: ${largest} / ${smallest} total = ${growth.toFixed(2)}x for ${factor}x objects; ratio / ${factor} = **${(growth / factor).toFixed(2)}**; ` +
          `fitted exponent ${exponent.toFixed(3)} (2x objects ⇒ ${Math.pow(2, exponent).toFixed(2)}x time; goal ≤ ${DOUBLING_LIMIT}x: ${verdict(Math.pow(2, exponent) <= DOUBLING_LIMIT)})`,
      );
    }
    for (const size of sizes) {
      const a = find(size, format);
      const b = find(size * 2, format);
      if (a && b) {
        const growth = b.totalMs / a.totalMs;
        out.push(`- ${format} doubling ${size} → ${size * 2}: ${growth.toFixed(2)}x time (goal ≤ ${DOUBLING_LIMIT}x: ${verdict(growth <= DOUBLING_LIMIT)})`);
      }
    }
  }
  const json = find(100000, 'json');
  const yaml = find(100000, 'yaml');
  if (json) {
    out.push(`- 100k JSON total ${(json.totalMs / 1000).toFixed(2)} s (goal ≤ ${GOAL_JSON_MS / 1000} s: ${verdict(json.totalMs <= GOAL_JSON_MS)})`);
    out.push(`- 100k JSON peak RSS ${(json.peakRssMiB / 1024).toFixed(2)} GiB (goal ≤ 1.5 GiB: ${verdict(json.peakRssMiB <= GOAL_JSON_RSS_MIB)})`);
  }
  if (yaml) {
    out.push(`- 100k YAML total ${(yaml.totalMs / 1000).toFixed(2)} s (goal ≤ ${(YAML_FACTOR * GOAL_JSON_MS) / 1000} s: ${verdict(yaml.totalMs <= YAML_FACTOR * GOAL_JSON_MS)})`);
    out.push(`- 100k YAML peak RSS ${(yaml.peakRssMiB / 1024).toFixed(2)} GiB (goal ≤ ${(YAML_FACTOR * 1.5).toFixed(1)} GiB: ${verdict(yaml.peakRssMiB <= YAML_FACTOR * GOAL_JSON_RSS_MIB)})`);
    if (json) out.push(`- 100k YAML / JSON total: ${(yaml.totalMs / json.totalMs).toFixed(2)}x (goal ≤ ${YAML_FACTOR}x: ${verdict(yaml.totalMs <= YAML_FACTOR * json.totalMs)})`);
  }
  const yamlList = find(100000, 'yaml-list');
  if (yamlList) {
    out.push(`- 100k YAML List (kubectl get -o yaml) total ${(yamlList.totalMs / 1000).toFixed(2)} s (goal ≤ ${(YAML_FACTOR * GOAL_JSON_MS) / 1000} s: ${verdict(yamlList.totalMs <= YAML_FACTOR * GOAL_JSON_MS)}), peak RSS ${(yamlList.peakRssMiB / 1024).toFixed(2)} GiB`);
    if (yaml) out.push(`- 100k YAML List / multi-document YAML total: ${(yamlList.totalMs / yaml.totalMs).toFixed(2)}x`);
  }
  return out.join('\n');
}

function commit(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: os.cpus() is good enough
  }
  return `${cpus().length} CPUs (${model}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}`;
}

/** Another engineer's PSS benchmark, when it has been written and built (bench/pss.ts). */
/** The NetworkPolicy benchmark (bench/netpol.ts): 10,000 pods, 500 namespaces, 2,000 policies. */
async function runNetpolBench(): Promise<void> {
  const { benchNetpol } = await import('./netpol.js');
  log('NetworkPolicy benchmark (bench/netpol.ts):');
  process.stdout.write(`\n${await benchNetpol()}\n`);
}

async function runSupplyChainBench(): Promise<void> {
  const { benchSupplyChain } = await import('./supply-chain.js');
  log('Supply-chain benchmark (bench/supply-chain.ts): 10,000 SBOM packages against 200,000 OSV records:');
  process.stdout.write(`\n${await benchSupplyChain()}\n`);
}

async function runPssBench(): Promise<void> {
  const url = new URL('./pss.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    log('bench/pss.ts not built: skipping the PSS benchmark');
    return;
  }
  const mod = (await import(url.href)) as { benchPss?: () => unknown };
  if (typeof mod.benchPss !== 'function') {
    log('dist/bench/pss.js has no benchPss export: skipping the PSS benchmark');
    return;
  }
  log('PSS benchmark (bench/pss.ts):');
  const out = await mod.benchPss();
  if (typeof out === 'string') process.stdout.write(`\n${out}\n`);
  else if (out !== undefined) process.stdout.write(`\n${JSON.stringify(out, null, 2)}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const childAt = argv.indexOf('--child');
  if (childAt !== -1) {
    const result = await child(argv[childAt + 1], argv[childAt + 2]);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const options = parseOptions(argv);
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-'));
  const profileDir = options.profile ? join(dir, 'profiles') : undefined;
  log(`machine: ${machine()}`);
  log(`data: ${dir}`);
  const rows: BenchRow[] = [];
  try {
    for (const size of options.sizes) {
      const t0 = performance.now();
      const written = writeCluster(join(dir, String(size)), size, options.seed, options.indent);
      log(`generated ${size} objects (${written.bad} with a deliberate mistake) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      for (const format of options.formats) {
        const before = profileDir && existsSync(profileDir) ? new Set(readdirSync(profileDir)) : new Set<string>();
        rows.push(measure(size, written, format, options.runs, profileDir));
        if (profileDir && existsSync(profileDir)) {
          const fresh = readdirSync(profileDir).filter((f) => !before.has(f));
          for (const f of fresh) {
            process.stdout.write(`\n### CPU profile: ${size} objects, ${format} (load + scan, run 1)\n\n${formatSummary(summarizeProfile(join(profileDir, f)))}\n`);
          }
        }
      }
      if (!options.keep) rmSync(join(dir, String(size)), { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  const checks = rows[0]?.checks ?? 0;
  process.stdout.write(`\nMachine: ${machine()}\nCommit: ${commit()}; checks: ${checks} registered; runs per figure: ${options.runs} (median)\n\n${formatTable(rows)}\n\n${formatGoals(rows)}\n`);
  await runPssBench();
  await runNetpolBench();
  await runRbacBench(argv);
  await runSupplyChainBench();
  await runChecksBench(argv);
  await runOutputBench(argv);
  await runAuditBench(argv);
  await runLiveBench(argv);
  await runVersionsBench(argv);
}

/** The RBAC benchmark (bench/rbac.ts): 20,000 bindings, 5,000 roles, 30,000 service accounts; `--skip-rbac` leaves it out. */
async function runRbacBench(argv: readonly string[]): Promise<void> {
  if (argv.includes('--skip-rbac')) return;
  log('RBAC benchmark (bench/rbac.ts):');
  const { benchRbac } = await import('./rbac.js');
  // `--rbac-runs 1` reaches bench/rbac.ts as `--runs 1`
  const own = argv.flatMap((a, i) => (a.startsWith('--rbac-') ? [a.replace('--rbac-', '--'), argv[i + 1]] : []));
  process.stdout.write(`\n${await benchRbac(own)}\n`);
}

/** The audit detection benchmarks (bench/audit.ts): throughput, memory, the webhook receiver. */
async function runAuditBench(argv: readonly string[]): Promise<void> {
  if (argv.includes('--skip-audit')) return;
  const { benchAudit } = await import('./audit.js');
  log('Audit benchmark (bench/audit.ts):');
  // `--audit-events 200000` reaches bench/audit.ts as `--events 200000`
  const own = argv.flatMap((a, i) => (a.startsWith('--audit-') ? [a.replace('--audit-', '--'), argv[i + 1]] : []));
  process.stdout.write(`\n${await benchAudit(own)}\n`);
}

/** Listing and scanning the benchmark cluster from the API test double (bench/live.ts); `--skip-live` leaves it out. */
async function runLiveBench(argv: readonly string[]): Promise<void> {
  if (argv.includes('--skip-live')) return;
  log('Live cluster through the Kubernetes API (bench/live.ts):');
  const { benchLive } = await import('./live.js');
  process.stdout.write(`\n${await benchLive()}\n`);
}

/** Each check's CPU time in one scan of the 100k cluster (bench/checks.ts); `--skip-checks` leaves it out. */
async function runChecksBench(argv: readonly string[]): Promise<void> {
  if (argv.includes('--skip-checks')) return;
  log('Checks by CPU time (bench/checks.ts):');
  const { benchChecks } = await import('./checks.js');
  process.stdout.write(`\n${await benchChecks()}\n`);
}

/** The versions checks' share of a 100k scan (bench/versions.ts); `--skip-versions` leaves it out. */
async function runVersionsBench(argv: readonly string[]): Promise<void> {
  if (argv.includes('--skip-versions')) return;
  log('Versions checks (bench/versions.ts):');
  const { benchVersions } = await import('./versions.js');
  process.stdout.write(`\n${await benchVersions()}\n`);
}

/** Whole CLI runs with their output (bench/output.ts); `--skip-output` leaves them out. */
async function runOutputBench(argv: readonly string[]): Promise<void> {
  if (argv.includes('--skip-output')) return;
  log('Whole CLI runs (bench/output.ts):');
  const { benchOutput } = await import('./output.js');
  process.stdout.write(`\n${await benchOutput()}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
