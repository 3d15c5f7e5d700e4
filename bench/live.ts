/**
 * Live-cluster benchmark (`npm run bench`, or on its own):
 *
 *   node dist/bench/live.js [--objects 100000] [--runs 3] [--keep]
 *
 * Serves the benchmark cluster of bench/generate.ts from the Kubernetes API test double
 * (test/kube-api/server.ts: HTTPS, bearer token, 500-object pages) in a process of its own, then
 * measures, each in a fresh process, median of the runs, with peak RSS from a preloaded probe:
 *  - floor: every page of every kind fetched over the same TLS connection settings and JSON.parse'd,
 *    nothing else (what any client pays);
 *  - `rampart snapshot`: the live read (discovery, paging, normalisation) written as a gzip snapshot;
 *  - `rampart scan --kubeconfig`: the live read plus every check and the JSON report;
 *  - `rampart scan --snapshot`: the same scan offline, from the snapshot.
 * The test double runs on the same two cores and pays for its TLS and JSON too: the figures are an
 * upper bound of what a real API server would cost the client.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCluster } from './generate.js';
import { runCli, type CliRun } from './output.js';
import { startKubeApiDouble, tlsFile, writeKubeconfig } from '../test/kube-api/server.js';

const TOKEN = 'bench-token';
const MiB = 1024 * 1024;

interface Options {
  readonly objects: number;
  readonly runs: number;
  readonly keep: boolean;
}

function parse(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  return { objects: Number(value('--objects') ?? 100_000), runs: Number(value('--runs') ?? 3), keep: argv.includes('--keep') };
}

/** `--serve FILE`: the test double over the objects in FILE; prints its URL, then serves until killed. */
async function serve(file: string): Promise<void> {
  const objects = JSON.parse(readFileSync(file, 'utf8'));
  const api = await startKubeApiDouble({ objects, tokens: [TOKEN] });
  process.stdout.write(`${api.url}\n`);
}

function startServer(file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = /^(https:\/\/\S+)\n/.exec(out);
      if (line) resolve({ url: line[1], child });
    });
    child.on('exit', (code) => reject(new Error(`test double exited (${code})`)));
  });
}

/** `--floor URL`: every page of every listed kind, fetched and parsed, four kinds at a time. */
async function floor(url: string): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 4, ca: tlsFile('ca.crt') });
  const get = (path: string): Promise<{ items?: unknown[]; metadata?: { continue?: string }; resources?: { name: string; namespaced: boolean }[]; groups?: { preferredVersion: { groupVersion: string } }[] }> =>
    new Promise((resolve, reject) => {
      request(`${url}${path}`, { agent, headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  const t0 = performance.now();
  const groupVersions = ['/api/v1', ...((await get('/apis')).groups ?? []).map((g) => `/apis/${g.preferredVersion.groupVersion}`)];
  const collections = (await Promise.all(groupVersions.map(async (gv) => ((await get(gv)).resources ?? []).filter((r) => !r.name.includes('/')).map((r) => `${gv}/${r.name}`)))).flat();
  let objects = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < collections.length) {
        const path = collections[next++];
        let token: string | undefined;
        do {
          const page = await get(`${path}?limit=500${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
          objects += page.items?.length ?? 0;
          token = page.metadata?.continue;
        } while (token);
      }
    }),
  );
  agent.destroy();
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, objects, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Row {
  readonly name: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMiB: number;
}

function measure(name: string, runs: number, once: () => CliRun): Row {
  const results = Array.from({ length: runs }, once);
  return { name, wallMs: median(results.map((r) => r.wallMs)), cpuMs: median(results.map((r) => r.cpuMs)), peakRssMiB: median(results.map((r) => r.peakRssMiB)) };
}

export async function benchLive(argv: readonly string[] = []): Promise<string> {
  const options = parse(argv);
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-live-'));
  const { objects } = generateCluster(options.objects);
  const file = join(dir, 'objects.json');
  writeFileSync(file, JSON.stringify(objects));
  const { url, child } = await startServer(file);
  try {
    const kubeconfig = writeKubeconfig(dir, { server: url, auth: { token: TOKEN } });
    const floors = Array.from({ length: options.runs }, () => {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--floor', url], { encoding: 'utf8', maxBuffer: 16 * MiB });
      if (r.status !== 0) throw new Error(`floor failed: ${r.stderr}`);
      return JSON.parse(r.stdout) as { ms: number; objects: number; peakRssMiB: number };
    });
    const served = floors[0].objects;
    const snapshot = join(dir, 'cluster.json.gz');
    const rows: Row[] = [
      { name: 'floor: fetch + JSON.parse every page', wallMs: median(floors.map((f) => f.ms)), cpuMs: NaN, peakRssMiB: median(floors.map((f) => f.peakRssMiB)) },
      measure('`rampart snapshot -o cluster.json.gz`', options.runs, () => runCli(['snapshot', '--kubeconfig', kubeconfig, '-o', snapshot])),
      measure('`rampart scan --kubeconfig` (-o json)', options.runs, () => runCli(['scan', '--kubeconfig', kubeconfig, '-o', 'json'])),
      measure('`rampart scan --snapshot` (-o json)', options.runs, () => runCli(['scan', '--snapshot', snapshot, '-o', 'json'])),
    ];
    const base = rows[0].wallMs;
    const lines = [
      `Live cluster: ${options.objects.toLocaleString('en-US')} generated objects, ${served.toLocaleString('en-US')} served by the API test double (HTTPS, bearer token, pages of 500), snapshot ${(statSync(snapshot).size / MiB).toFixed(1)} MiB gzip; median of ${options.runs} runs`,
      '',
      '| Run | Wall | Objects/s | CPU | Peak RSS | vs floor |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.name} | ${(r.wallMs / 1000).toFixed(2)} s | ${Math.round((served * 1000) / r.wallMs).toLocaleString('en-US')} | ${Number.isNaN(r.cpuMs) ? '—' : `${(r.cpuMs / 1000).toFixed(2)} s`} | ${Math.round(r.peakRssMiB)} MiB | ${(r.wallMs / base).toFixed(2)}x |`),
    ];
    return lines.join('\n');
  } finally {
    child.kill();
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = (flag: string) => argv.indexOf(flag);
  const task = at('--serve') !== -1 ? serve(argv[at('--serve') + 1]) : at('--floor') !== -1 ? floor(argv[at('--floor') + 1]) : benchLive(argv).then((s) => void process.stdout.write(`${s}\n`));
  task.catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
