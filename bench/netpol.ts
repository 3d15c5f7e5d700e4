/**
 * NetworkPolicy benchmark: 10,000 pods in 500 namespaces with 2,000 policies, as a `kubectl get -A
 * -o json` snapshot would show them (bare Pods owned by ReplicaSets that are not in the input, so a
 * workload is a ReplicaSet of 4 replicas). Measured in a fresh child process, after loading:
 *   - the engine (classes, groups, every connected pair) and the full workload-level map, every
 *     connection enumerated, external ranges included;
 *   - all network checks through scan();
 *   - peak RSS of the process.
 * Baseline in the same run: the naive pairwise evaluation (every pod pair, every policy) of a
 * 1,000-pod sample (the first 50 namespaces), and the engine on the same sample.
 *
 *   node --expose-gc dist/bench/netpol.js [--namespaces 500] [--pods-per-namespace 20] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng } from './generate.js';

type Json = Record<string, unknown>;

const TIERS = ['web', 'api', 'db', 'worker', 'cache'] as const;
const PARTNERS = Array.from({ length: 40 }, (_, i) => `198.51.${100 + i}.0/24`);

/** The cluster as a list of objects; deterministic for a seed. */
export function generateNetpolCluster(namespaces: number, podsPerNamespace: number, seed = 7): Json[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const items: Json[] = [];
  const replicas = 4;
  const apps = Math.max(1, Math.floor(podsPerNamespace / replicas));
  for (let n = 0; n < namespaces; n++) {
    const name = n === 0 ? 'kube-system' : n === 1 ? 'gateway' : n < 6 ? `monitoring-${n}` : `team-${n}`;
    const team = n === 1 ? 'gateway' : n < 6 ? 'monitoring' : `t${n % 25}`;
    items.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { team, env: n % 3 === 0 ? 'dev' : 'prod', 'kubernetes.io/metadata.name': name } } });
    for (let a = 0; a < apps; a++) {
      const tier = n === 0 ? 'dns' : n === 1 ? 'gateway' : n < 6 ? 'prometheus' : TIERS[a % TIERS.length];
      const app = n === 0 ? `kube-dns-${a}` : `${tier}-${a}`;
      const labels: Json = n === 0 ? { 'k8s-app': 'kube-dns' } : { app, tier, 'pod-template-hash': `h${n}x${a}` };
      if (r() < 0.3) labels.version = pick(['v1', 'v2']);
      for (let k = 0; k < replicas; k++) {
        items.push({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: `${app}-${n}-${k}`, namespace: name, labels, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${app}-rs`, controller: true, uid: `u${n}-${a}` }] },
          spec: {
            ...(n > 5 && a === 0 && n % 50 === 0 && { hostNetwork: true }),
            containers: [{ name: 'app', image: 'registry.example/app:1', ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9100 }, ...(tier === 'dns' ? [{ name: 'dns', containerPort: 53, protocol: 'UDP' }] : [])] }],
          },
        });
      }
    }
    // four policies per namespace
    const np = (pname: string, spec: Json) => items.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: pname, namespace: name }, spec });
    const open = n % 10 === 7;
    np(open ? 'allow-all-ingress' : 'default-deny', open ? { podSelector: {}, ingress: [{}] } : { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    np('egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] },
        { to: [{ podSelector: {} }] },
        n % 10 === 3
          ? { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '169.254.169.254/32'] } }], ports: [{ port: 443 }] }
          : { to: [{ ipBlock: { cidr: pick(PARTNERS) } }], ports: [{ port: 443 }] },
      ],
    });
    np('ingress-in-namespace', { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['api', 'db', 'cache'] }] }, ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] } }], ports: [{ port: 'http' }, { port: 5432 }] }] });
    np('ingress-from-gateway-and-monitoring', {
      podSelector: { matchLabels: { tier: 'web' } },
      ingress: [
        { from: [{ namespaceSelector: { matchLabels: { team: 'gateway' } }, podSelector: { matchLabels: { tier: 'gateway' } } }], ports: [{ port: 'http' }] },
        { from: [{ namespaceSelector: { matchLabels: { team: 'monitoring' } } }], ports: [{ port: 'metrics' }] },
        { from: [{ ipBlock: { cidr: `10.${n % 256}.0.0/16`, except: [`10.${n % 256}.1.0/24`] } }], ports: [{ port: 8080, endPort: 8090 }] },
      ],
    });
  }
  return items;
}

interface ChildResult {
  readonly pods: number;
  readonly namespaces: number;
  readonly policies: number;
  readonly workloads: number;
  readonly classes: number;
  readonly srcGroups: number;
  readonly dstGroups: number;
  readonly connections: number;
  readonly findings: number;
  readonly engineMs: number;
  readonly mapMs: number;
  readonly checksMs: number;
  readonly totalMs: number;
  readonly peakRssMiB: number;
  readonly sample?: { readonly pods: number; readonly naiveMs: number; readonly engineMs: number; readonly pairs: number };
}

async function child(namespaces: number, podsPerNamespace: number, withSample: boolean): Promise<ChildResult> {
  const { loadInventory } = await import('../src/inventory/load.js');
  const { networkAnalysis } = await import('../src/analysis/netpol/index.js');
  const { WorkloadMap } = await import('../src/analysis/netpol/map.js');
  const { naivePairs } = await import('../src/analysis/netpol/naive.js');
  const { buildModel } = await import('../src/analysis/netpol/model.js');
  const { NetpolEngine } = await import('../src/analysis/netpol/engine.js');
  const { scan } = await import('../src/scan.js');
  const { NETWORK_CHECKS } = await import('../src/checks/network/index.js');
  const items = generateNetpolCluster(namespaces, podsPerNamespace);
  const inventory = loadInventory([{ file: 'cluster.json', content: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }) }], []);
  if (inventory.hasErrors()) throw new Error(JSON.stringify(inventory.diagnostics.slice(0, 3)));
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const analysis = inventory.analysis(networkAnalysis, (await import('../src/analysis/netpol/model.js')).DEFAULT_NETPOL_OPTIONS);
  analysis.engine.reach();
  const t1 = performance.now();
  let connections = 0;
  for (const c of new WorkloadMap(analysis.engine).connections()) if (c.conn) connections++;
  const t2 = performance.now();
  const result = scan(inventory, { registry: NETWORK_CHECKS });
  const t3 = performance.now();
  const failed = result.diagnostics.filter((d) => d.code === 'check-failed');
  if (failed.length) throw new Error(failed.map((d) => d.message).join('\n'));
  let sample: ChildResult['sample'];
  if (withSample) {
    // 1,000 pods: the first 50 namespaces, with their policies
    const keep = new Set(items.filter((o) => o.kind === 'Namespace').slice(0, 50).map((o) => (o.metadata as Json).name));
    const small = inventory.filter((o) => o.namespace === undefined ? keep.has(o.name) : keep.has(o.namespace));
    const model = buildModel(small);
    let pairs = 0;
    const n0 = performance.now();
    naivePairs(model, model.pods, () => pairs++);
    const n1 = performance.now();
    const engine = new NetpolEngine(buildModel(small));
    engine.reach();
    const n2 = performance.now();
    sample = { pods: model.pods.length, naiveMs: n1 - n0, engineMs: n2 - n1, pairs };
  }
  return {
    pods: analysis.model.pods.length,
    namespaces: analysis.model.namespaces.size,
    policies: analysis.model.policies.length,
    workloads: analysis.model.workloads.length,
    classes: analysis.engine.classes.length,
    srcGroups: analysis.engine.srcGroups.length,
    dstGroups: analysis.engine.dstGroups.length,
    connections,
    findings: result.findings.length,
    engineMs: t1 - t0,
    mapMs: t2 - t1,
    checksMs: t3 - t2,
    totalMs: t3 - t0,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    sample,
  };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Runs the benchmark in child processes and returns a Markdown summary. */
export async function benchNetpol(options: { namespaces?: number; podsPerNamespace?: number; runs?: number } = {}): Promise<string> {
  const namespaces = options.namespaces ?? 500;
  const perNs = options.podsPerNamespace ?? 20;
  const runs = options.runs ?? 3;
  const results: ChildResult[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', String(namespaces), String(perNs), i === 0 ? 'sample' : 'no-sample'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`netpol bench child failed: ${r.stderr}`);
    results.push(JSON.parse(r.stdout) as ChildResult);
    const x = results[results.length - 1];
    process.stderr.write(`  netpol run ${i + 1}/${runs}: engine ${x.engineMs.toFixed(0)} ms, map ${x.mapMs.toFixed(0)} ms, checks ${x.checksMs.toFixed(0)} ms, peak ${x.peakRssMiB.toFixed(0)} MiB\n`);
  }
  const m = (f: (r: ChildResult) => number) => median(results.map(f));
  const first = results[0];
  const s = first.sample!;
  const naive10k = s.naiveMs * (first.pods / s.pods) ** 2;
  const total = m((r) => r.totalMs);
  const rss = m((r) => r.peakRssMiB);
  const verdict = (ok: boolean) => (ok ? 'met' : '**MISSED**');
  return [
    `NetworkPolicy: ${first.pods} pods (${first.workloads} workloads) in ${first.namespaces} namespaces, ${first.policies} policies; ${first.classes} pod classes, ${first.srcGroups} source and ${first.dstGroups} destination groups; median of ${runs} runs`,
    '',
    '| step | ms (median) |',
    '| --- | ---: |',
    `| engine: classes, groups, every connected group pair | ${m((r) => r.engineMs).toFixed(0)} |`,
    `| full workload-level map (${first.connections} connections, external ranges included) | ${m((r) => r.mapMs).toFixed(0)} |`,
    `| all ${'network'} checks through scan() (${first.findings} findings) | ${m((r) => r.checksMs).toFixed(0)} |`,
    `| **total** | **${total.toFixed(0)}** |`,
    '',
    `- goal ≤ 3 s: ${verdict(total <= 3000)} (${(total / 1000).toFixed(2)} s); peak RSS ${rss.toFixed(0)} MiB (goal ≤ 1 GiB: ${verdict(rss <= 1024)})`,
    `- naive pairwise evaluation of a ${s.pods}-pod sample (${(s.pods * s.pods).toLocaleString('en')} pairs, ${s.pairs.toLocaleString('en')} connected): ${s.naiveMs.toFixed(0)} ms; the engine on the same sample: ${s.engineMs.toFixed(0)} ms (${(s.naiveMs / s.engineMs).toFixed(0)}x faster)`,
    `- naive extrapolated to ${first.pods} pods (quadratic): ${(naive10k / 1000).toFixed(0)} s, ${(naive10k / m((r) => r.engineMs)).toFixed(0)}x the engine's time on the full cluster`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--child');
  if (at !== -1) {
    const result = await child(Number(argv[at + 1]), Number(argv[at + 2]), argv[at + 3] === 'sample');
    process.stdout.write(JSON.stringify(result));
  } else {
    const value = (name: string) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : undefined);
    process.stdout.write(`${await benchNetpol({ namespaces: value('--namespaces'), podsPerNamespace: value('--pods-per-namespace'), runs: value('--runs') })}\n`);
  }
}
