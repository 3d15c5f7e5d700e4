/**
 * End-to-end CLI benchmarks (`npm run bench`, or on its own):
 *
 *   node --expose-gc dist/bench/output.js [--objects 100000] [--heavy 15500,31000,62000] [--runs 3] [--heavy-runs 1]
 *                                         [--formats json,table] [--no-html] [--keep]
 *
 * Measures what a user waits for: `rampart scan -f FILE -o FORMAT > /dev/null` as a process of its
 * own, from spawn to exit, output included, with its peak RSS (read by a preloaded probe,
 * bench/rss-probe.ts). Two inputs:
 *  - the benchmark cluster of bench/generate.ts (100k objects, a kubectl JSON List), beside the
 *    same file's bare `JSON.parse` in a fresh process (the floor), and load + scan in-process (so
 *    the output's own share shows);
 *  - finding-heavy input: Deployments with every common mistake (about 16 findings each), at sizes
 *    chosen to give about 250k, 500k and 1M findings, to show that the output completes within
 *    2 GiB and that time grows linearly with findings;
 *  - the HTML report of the 100k cluster opened and filtered in Debian's chromium (playwright-core).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import jsyaml from 'js-yaml';
import { writeCluster } from './generate.js';

const MiB = 1024 * 1024;
/** What bench/rss-probe.ts prints before the peak RSS (KiB) and CPU time (µs). */
const RSS_MARKER = 'rampart-bench-max-rss-kib';
const here = fileURLToPath(new URL('.', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/rampart.js', import.meta.url));
const probe = pathToFileURL(join(here, 'rss-probe.js')).href;

export interface CliRun {
  readonly wallMs: number;
  /** User + system CPU time: less sensitive than wall time to other work on a shared machine. */
  readonly cpuMs: number;
  readonly peakRssMiB: number;
  readonly status: number | null;
}

/** One `rampart` process, stdout to /dev/null (or a file), as a user runs it. */
export function runCli(args: readonly string[], stdout = '/dev/null'): CliRun {
  const devNull = openSync(stdout, 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', probe, bin, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 64 * MiB });
    const wallMs = performance.now() - t0;
    const m = new RegExp(`${RSS_MARKER} (\\d+) (\\d+)`).exec(r.stderr ?? '');
    if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`rampart ${args.join(' ')} failed (status ${r.status}, signal ${r.signal}):\n${(r.stderr ?? '').slice(-2000)}`);
    return { wallMs, cpuMs: Number(m[2]) / 1000, peakRssMiB: Number(m[1]) / 1024, status: r.status };
  } finally {
    closeSync(devNull);
  }
}

interface ChildFigures {
  readonly ms: number;
  readonly findings?: number;
  readonly peakRssMiB: number;
}

/** In a fresh process: the bare parse of the input (the floor), or load + scan without output. */
async function child(mode: string, file: string): Promise<ChildFigures> {
  const peak = () => process.resourceUsage().maxRSS / 1024;
  if (mode === 'parse-json' || mode === 'parse-yaml') {
    const text = readFileSync(file, 'utf8');
    const t0 = performance.now();
    const value: unknown = mode === 'parse-json' ? JSON.parse(text) : jsyaml.loadAll(text);
    const ms = performance.now() - t0;
    if (value === undefined) throw new Error('unreachable: keeps the value alive');
    return { ms, peakRssMiB: peak() };
  }
  const { readInputs, loadInventory } = await import('../src/inventory/load.js');
  const { scan } = await import('../src/scan.js');
  const t0 = performance.now();
  const read = readInputs([file], () => Buffer.alloc(0));
  const result = scan(loadInventory(read.inputs, read.diagnostics));
  return { ms: performance.now() - t0, findings: result.findings.length, peakRssMiB: peak() };
}

function spawnChild(mode: string, file: string): ChildFigures {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode, file], { encoding: 'utf8', maxBuffer: 16 * MiB });
  if (r.status !== 0) throw new Error(`child ${mode} failed (status ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as ChildFigures;
}

/**
 * Deployments that make every common mistake: privileged, host PID, root, :latest, a password in
 * the environment, no resources, no probes... About 16 findings each with the checks of today.
 */
export function writeFindingHeavy(path: string, deployments: number): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buffer = '';
  for (let i = 0; i < deployments; i++) {
    buffer += `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 100}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      hostPID: true
      containers:
      - name: app
        image: registry.example.com/app-${i}:latest
        securityContext:
          privileged: true
          runAsUser: 0
        env:
        - name: DB_PASSWORD
          value: hunter2-${i}
        ports:
        - containerPort: 8080
`;
    if (buffer.length > MiB) {
      bytes += writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += writeSync(fd, buffer);
  closeSync(fd);
  return bytes;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface Row {
  readonly input: string;
  readonly mib: number;
  readonly findings: number;
  readonly format: string;
  readonly runs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly peakRssMiB: number;
  readonly loadScanMs: number;
  readonly baselineMs: number;
  readonly baseline: string;
}

function measureCli(input: string, file: string, findings: number, format: string, runs: number, loadScanMs: number, baselineMs: number, baseline: string): Row {
  const results: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(runCli(['scan', '-f', file, '-o', format]));
    const r = results[results.length - 1];
    log(`  ${input} -o ${format} run ${i + 1}/${runs}: ${(r.wallMs / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s), peak ${r.peakRssMiB.toFixed(0)} MiB`);
  }
  return {
    input,
    mib: statSync(file).size / MiB,
    findings,
    format,
    runs,
    wallMs: median(results.map((r) => r.wallMs)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    minMs: Math.min(...results.map((r) => r.wallMs)),
    maxMs: Math.max(...results.map((r) => r.wallMs)),
    peakRssMiB: median(results.map((r) => r.peakRssMiB)),
    loadScanMs,
    baselineMs,
    baseline,
  };
}

function formatRows(rows: readonly Row[]): string {
  const lines = [
    '| input | MiB | findings | -o | runs | CLI wall s (median) | min–max s | CLI CPU s | peak RSS MiB | load + scan in-process s | output and start-up s | floor | floor s | CLI / floor |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.input} | ${r.mib.toFixed(1)} | ${r.findings.toLocaleString('en-US')} | ${r.format} | ${r.runs} | ${(r.wallMs / 1000).toFixed(2)} | ${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${r.peakRssMiB.toFixed(0)} | ${(r.loadScanMs / 1000).toFixed(2)} | ${((r.wallMs - r.loadScanMs) / 1000).toFixed(2)} | ${r.baseline} | ${(r.baselineMs / 1000).toFixed(2)} | ${(r.wallMs / r.baselineMs).toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

function verdicts(rows: readonly Row[], objects: number): string {
  const out: string[] = [];
  const ok = (b: boolean) => (b ? 'met' : '**MISSED**');
  for (const r of rows.filter((x) => x.input === `${objects / 1000}k objects`)) {
    out.push(`- ${r.input} -o ${r.format}: ${(r.wallMs / 1000).toFixed(2)} s (goal ≤ 5 s: ${ok(r.wallMs <= 5000)}), peak ${(r.peakRssMiB / 1024).toFixed(2)} GiB (goal ≤ 1.5 GiB: ${ok(r.peakRssMiB <= 1536)})`);
  }
  for (const format of new Set(rows.map((r) => r.format))) {
    const heavy = rows.filter((r) => r.format === format && r.input.startsWith('heavy')).sort((a, b) => a.findings - b.findings);
    if (heavy.length === 0) continue;
    const largest = heavy[heavy.length - 1];
    out.push(`- ${largest.findings.toLocaleString('en-US')} findings -o ${format}: completed in ${(largest.wallMs / 1000).toFixed(1)} s, peak ${(largest.peakRssMiB / 1024).toFixed(2)} GiB (goal ≤ 2 GiB: ${ok(largest.peakRssMiB <= 2048)})`);
    if (heavy.length > 1) {
      const smallest = heavy[0];
      const exponent = Math.log(largest.wallMs / smallest.wallMs) / Math.log(largest.findings / smallest.findings);
      const perFinding = heavy.map((r) => `${((1000 * r.wallMs) / r.findings).toFixed(1)} µs`).join(', ');
      out.push(`  - time per finding ${perFinding}; fitted exponent ${exponent.toFixed(2)} (1 = linear; goal ≤ 1.1: ${ok(exponent <= 1.1)})`);
    }
  }
  return out.join('\n');
}

interface Options {
  readonly objects: number;
  readonly heavy: readonly number[];
  readonly runs: number;
  readonly heavyRuns: number;
  readonly formats: readonly string[];
  readonly keep: boolean;
  readonly html: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : argv[i + 1];
  };
  return {
    objects: Number(value('--objects', '100000')),
    heavy: value('--heavy', '15500,31000,62000').split(',').filter(Boolean).map(Number),
    runs: Number(value('--runs', '3')),
    heavyRuns: Number(value('--heavy-runs', '1')),
    formats: value('--formats', 'json,table').split(','),
    keep: argv.includes('--keep'),
    html: !argv.includes('--no-html'),
  };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The HTML report of the 100k cluster in Debian's chromium: written by the CLI, then opened until
 * the page says it is ready, then filtered (a namespace, then a text) until the count changes.
 */
async function htmlInBrowser(file: string, dir: string, label: string): Promise<string> {
  const page = join(dir, 'report.html');
  const written = runCli(['scan', '-f', file, '-o', 'html'], page);
  const size = statSync(page).size / MiB;
  const head = `- \`-o html\` of the ${label} cluster: ${(written.wallMs / 1000).toFixed(2)} s, peak ${written.peakRssMiB.toFixed(0)} MiB, ${size.toFixed(1)} MiB of HTML`;
  if (!existsSync(CHROMIUM)) return `${head}; not opened: chromium is not installed at ${CHROMIUM}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    const t0 = performance.now();
    await tab.goto(`file://${page}`, { timeout: 120_000 });
    await tab.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const openMs = performance.now() - t0;
    const before = await tab.locator('#finding-count').innerText();
    const t3 = performance.now();
    await tab.click('#findings-table tbody button.open');
    await tab.waitForSelector('dialog#detail[open]');
    const detailMs = performance.now() - t3;
    await tab.keyboard.press('Escape');
    const namespace = await tab.locator('#f-namespace option').nth(1).getAttribute('value');
    const t1 = performance.now();
    await tab.selectOption('#f-namespace', namespace ?? '');
    await tab.waitForFunction((text) => document.querySelector('#finding-count')!.textContent !== text, before);
    const selectMs = performance.now() - t1;
    const afterSelect = await tab.locator('#finding-count').innerText();
    await tab.click('#clear');
    await tab.waitForFunction((text) => document.querySelector('#finding-count')!.textContent === text, before);
    const t2 = performance.now();
    await tab.fill('#q', 'privileged');
    await tab.waitForFunction((text) => document.querySelector('#finding-count')!.textContent !== text, before);
    const searchMs = performance.now() - t2 - 120; // the search box waits 120 ms for typing to pause
    const afterSearch = await tab.locator('#finding-count').innerText();
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    return `${head}; in chromium: open until ready ${(openMs / 1000).toFixed(2)} s ("${before}"), open a finding ${detailMs.toFixed(0)} ms, namespace filter ${selectMs.toFixed(0)} ms ("${afterSelect}"), text filter ${Math.max(0, searchMs).toFixed(0)} ms after the 120 ms typing pause ("${afterSearch}")`;
  } finally {
    await browser.close();
  }
}

/** The whole benchmark; returns its Markdown (the runner prints it). */
export async function benchOutput(argv: readonly string[] = []): Promise<string> {
  const options = parseOptions(argv);
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-output-'));
  const rows: Row[] = [];
  let html = '';
  try {
    log(`output benchmark: data in ${dir}`);
    const cluster = writeCluster(join(dir, 'cluster'), options.objects);
    const floor = spawnChild('parse-json', cluster.json.path);
    const loadScan = spawnChild('load-scan', cluster.json.path);
    for (const format of options.formats) rows.push(measureCli(`${options.objects / 1000}k objects`, cluster.json.path, loadScan.findings ?? 0, format, options.runs, loadScan.ms, floor.ms, 'JSON.parse'));
    if (options.html) {
      html = await htmlInBrowser(cluster.json.path, dir, `${options.objects / 1000}k-object`);
      log(html);
    }
    for (const deployments of options.heavy) {
      const file = join(dir, `heavy-${deployments}.yaml`);
      writeFindingHeavy(file, deployments);
      const yamlFloor = spawnChild('parse-yaml', file);
      const heavyScan = spawnChild('load-scan', file);
      log(`  heavy ${deployments} Deployments: ${heavyScan.findings} findings, load + scan ${(heavyScan.ms / 1000).toFixed(1)} s`);
      for (const format of options.formats) rows.push(measureCli(`heavy ${deployments.toLocaleString('en-US')} Deployments`, file, heavyScan.findings ?? 0, format, options.heavyRuns, heavyScan.ms, yamlFloor.ms, 'js-yaml load'));
      if (!options.keep) rmSync(file, { force: true });
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  return `### Whole CLI runs (bench/output.ts)\n\n${formatRows(rows)}\n\n${verdicts(rows, options.objects)}\n${html ? `${html}\n` : ''}`;
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--child');
  if (at !== -1) {
    process.stdout.write(JSON.stringify(await child(argv[at + 1], argv[at + 2])));
    return;
  }
  process.stdout.write(await benchOutput(argv));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
