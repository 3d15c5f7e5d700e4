/**
 * RBAC benchmark: a cluster with 20,000 bindings, 5,000 roles and 30,000 service accounts (with the
 * workloads, Services and nodes that escalation paths read), in realistic rule mixes: application
 * roles reading ConfigMaps and Pods, deployers creating Deployments and Jobs, operators reading
 * Secrets, a few wildcards, exec, impersonation and cluster-admin bindings, groups for whole
 * namespaces, built-in roles (view, edit, admin) and aggregated ClusterRoles. Cluster-wide bindings
 * are mostly read-only (view and platform readers, 96%), 3% any platform role, 1% cluster-admin;
 * namespace bindings give a namespace's own roles (60%) or view/edit/admin (30%). Measured in a fresh
 * child process each time:
 *   - baseline: `JSON.parse` of the same objects' text (the floor for any JavaScript loader);
 *   - rbac: after loading, every RBAC check through scan() (the analysis, its index and the
 *     escalation graph included, as `rampart scan --checks 'rbac.*'` runs them), and peak RSS.
 *
 *   node --expose-gc dist/bench/rbac.js [--runs 3] [--seed 11]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng } from './generate.js';

type Json = Record<string, unknown>;

export interface RbacBenchSize {
  readonly namespaces: number;
  readonly serviceAccountsPerNamespace: number;
  readonly rolesPerNamespace: number;
  readonly clusterRoles: number;
  readonly roleBindingsPerNamespace: number;
  readonly clusterRoleBindings: number;
}

/** 1,500 namespaces × 20 accounts = 30,000; 1,500 × 3 + 500 = 5,000 roles; 1,500 × 12 + 2,000 = 20,000 bindings. */
export const RBAC_BENCH_SIZE: RbacBenchSize = { namespaces: 1500, serviceAccountsPerNamespace: 20, rolesPerNamespace: 3, clusterRoles: 500, roleBindingsPerNamespace: 12, clusterRoleBindings: 2000 };

const RBAC = 'rbac.authorization.k8s.io/v1';
const rule = (verbs: string[], apiGroups: string[], resources: string[], resourceNames?: string[]): Json => ({ apiGroups, resources, verbs, ...(resourceNames && { resourceNames }) });

/** The cluster's objects; deterministic for a seed. */
export function generateRbacCluster(size: RbacBenchSize = RBAC_BENCH_SIZE, seed = 11): { items: Json[]; counts: Record<string, number> } {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const items: Json[] = [];
  const counts: Record<string, number> = {};
  const push = (o: Json) => {
    items.push(o);
    counts[o.kind as string] = (counts[o.kind as string] ?? 0) + 1;
  };
  // cluster roles: platform roles, CRD roles aggregated into view/edit, a few wide ones
  const clusterRoleNames: string[] = [];
  for (let i = 0; i < size.clusterRoles; i++) {
    const name = `platform-${i}`;
    clusterRoleNames.push(name);
    const kind = i % 10;
    const rules =
      kind === 0
        ? [rule(['get', 'list', 'watch'], [`crd${i}.example.com`], ['widgets', 'gadgets'])]
        : kind === 1
          ? [rule(['get', 'list', 'watch'], [''], ['nodes', 'namespaces', 'pods']), { nonResourceURLs: ['/metrics'], verbs: ['get'] }]
          : kind === 2
            ? [rule(['get', 'list', 'watch'], [''], ['secrets']), rule(['get', 'list'], [''], ['configmaps'])]
            : kind === 3
              ? [rule(['create', 'update', 'patch', 'delete'], ['apps'], ['deployments', 'statefulsets']), rule(['create'], ['batch'], ['jobs'])]
              : kind === 4 && i % 50 === 4
                ? [rule(['*'], ['*'], ['*'])]
                : kind === 5
                  ? [rule(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'], [`crd${i}.example.com`], ['*'])]
                  : kind === 6 && i % 40 === 6
                    ? [rule(['impersonate'], [''], ['users', 'groups', 'serviceaccounts'])]
                    : kind === 7
                      ? [rule(['get', 'list', 'watch'], ['', 'apps', 'batch'], ['pods', 'pods/log', 'deployments', 'jobs', 'services', 'events'])]
                      : kind === 8 && i % 30 === 8
                        ? [rule(['bind', 'escalate'], ['rbac.authorization.k8s.io'], ['clusterroles']), rule(['create'], ['rbac.authorization.k8s.io'], ['clusterrolebindings'])]
                        : [rule(['get', 'list', 'watch'], ['', 'networking.k8s.io'], ['services', 'endpoints', 'ingresses'])];
    const labels = kind === 0 ? { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } : kind === 5 ? { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' } : {};
    push({ apiVersion: RBAC, kind: 'ClusterRole', metadata: { name, labels }, rules });
  }
  // platform roles that only read: monitoring, node readers, CRD viewers, service readers
  const readOnlyRoles = clusterRoleNames.filter((_, i) => [0, 1, 7, 9].includes(i % 10));
  const nodes = 50;
  for (let n = 0; n < nodes; n++) push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${n}`, labels: n < 3 ? { 'node-role.kubernetes.io/control-plane': '' } : { 'topology.kubernetes.io/zone': `z${n % 3}` } }, spec: n < 3 ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {} });
  for (let n = 0; n < size.namespaces; n++) {
    const ns = n === 0 ? 'kube-system' : `team-${n}`;
    const enforce = n % 4 === 0 ? {} : { 'pod-security.kubernetes.io/enforce': n % 4 === 1 ? 'restricted' : 'baseline' };
    push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: enforce } });
    const accounts = Array.from({ length: size.serviceAccountsPerNamespace }, (_, i) => (i === 0 ? 'default' : `app-${i}`));
    for (const sa of accounts) push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa, namespace: ns }, ...(r() < 0.3 && { automountServiceAccountToken: false }) });
    // roles of the namespace
    const roleNames = Array.from({ length: size.rolesPerNamespace }, (_, i) => `role-${i}`);
    push({ apiVersion: RBAC, kind: 'Role', metadata: { name: roleNames[0], namespace: ns }, rules: [rule(['get', 'list', 'watch'], [''], ['configmaps', 'pods']), rule(['get'], [''], ['secrets'], [`app-secret-${n}`])] });
    push({ apiVersion: RBAC, kind: 'Role', metadata: { name: roleNames[1], namespace: ns }, rules: [rule(['get', 'list', 'watch', 'create', 'update', 'patch'], ['apps', 'batch'], ['deployments', 'jobs']), rule(['get', 'list'], [''], ['pods', 'pods/log'])] });
    push({
      apiVersion: RBAC,
      kind: 'Role',
      metadata: { name: roleNames[2], namespace: ns },
      rules: r() < 0.1 ? [rule(['*'], [''], ['*'])] : r() < 0.2 ? [rule(['create', 'get'], [''], ['pods/exec', 'pods/portforward'])] : [rule(['get', 'list', 'watch'], ['', 'events.k8s.io'], ['events'])],
    });
    // bindings of the namespace
    for (let b = 0; b < size.roleBindingsPerNamespace; b++) {
      const x = r();
      const subject =
        x < 0.65
          ? { kind: 'ServiceAccount', name: pick(accounts), namespace: ns }
          : x < 0.9
            ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: `user-${Math.floor(r() * 3000)}@example.com` }
            : x < 0.97
              ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: `team-${n % 200}` }
              : { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: `system:serviceaccounts:${ns}` };
      const y = r();
      const roleRef = y < 0.6 ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: pick(roleNames) } : y < 0.9 ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: pick(['view', 'edit', 'admin', 'view']) } : { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: pick(clusterRoleNames) };
      push({ apiVersion: RBAC, kind: 'RoleBinding', metadata: { name: `rb-${b}`, namespace: ns }, roleRef, subjects: r() < 0.2 ? [subject, { kind: 'ServiceAccount', name: pick(accounts), namespace: ns }] : [subject] });
    }
    // workloads running as the accounts, some exposed
    for (let w = 0; w < 5; w++) {
      const app = `svc-${w}`;
      const privileged = r() < 0.02;
      push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: app, namespace: ns },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app } },
          template: {
            metadata: { labels: { app } },
            spec: { serviceAccountName: pick(accounts), containers: [{ name: 'app', image: `registry.example.com/${ns}/${app}:1.${w}`, ...(privileged && { securityContext: { privileged: true } }) }] },
          },
        },
      });
    }
    if (n % 10 === 3) push({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'public', namespace: ns }, spec: { type: 'LoadBalancer', selector: { app: 'svc-0' }, ports: [{ port: 443 }] } });
    if (n % 25 === 5) push({ apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name: 'legacy-token', namespace: ns, annotations: { 'kubernetes.io/service-account.name': pick(accounts) } } });
  }
  // cluster role bindings: people and platform accounts; a few cluster-admins
  for (let b = 0; b < size.clusterRoleBindings; b++) {
    const x = r();
    const ns = `team-${1 + Math.floor(r() * (size.namespaces - 1))}`;
    const subject = x < 0.5 ? { kind: 'ServiceAccount', name: `app-${1 + Math.floor(r() * (size.serviceAccountsPerNamespace - 1))}`, namespace: ns } : x < 0.9 ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: `user-${Math.floor(r() * 3000)}@example.com` } : { apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: `team-${Math.floor(r() * 200)}` };
    // cluster-wide grants are mostly read-only (view, platform readers); a few are risky
    const y = r();
    const roleName = y < 0.01 ? 'cluster-admin' : y < 0.5 ? 'view' : y < 0.97 ? pick(readOnlyRoles) : pick(clusterRoleNames);
    push({ apiVersion: RBAC, kind: 'ClusterRoleBinding', metadata: { name: `crb-${b}` }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName }, subjects: [subject] });
  }
  return { items, counts };
}

interface ChildResult {
  readonly mode: string;
  readonly ms: number;
  /** CPU time (user + system, every thread of the process) of the same span: less sensitive to a shared machine than wall time. */
  readonly cpuMs?: number;
  readonly loadMs?: number;
  readonly findings?: number;
  readonly paths?: number;
  readonly byCheck?: Record<string, number>;
  readonly peakRssMiB: number;
}

async function child(mode: string, file: string): Promise<ChildResult> {
  const text = readFileSync(file, 'utf8');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (mode === 'baseline') {
    gc?.();
    const t0 = performance.now();
    const value: unknown = JSON.parse(text);
    const ms = performance.now() - t0;
    if (value === null) throw new Error('unreachable');
    return { mode, ms, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  }
  const { readInputs, loadInventory } = await import('../src/inventory/load.js');
  const { scan } = await import('../src/scan.js');
  const t0 = performance.now();
  const read = readInputs([file], () => Buffer.alloc(0));
  const inventory = loadInventory(read.inputs, read.diagnostics);
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = scan(inventory, { checks: ['rbac.*'] });
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const byCheck: Record<string, number> = {};
  for (const f of result.findings) byCheck[f.checkId] = (byCheck[f.checkId] ?? 0) + 1;
  return { mode, ms: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, loadMs: t1 - t0, findings: result.findings.length, paths: byCheck['rbac.escalation-path'] ?? 0, byCheck, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
}

function spawn(mode: string, file: string): ChildResult {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`rbac bench child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the benchmark and returns its figures as Markdown. */
export async function benchRbac(argv: readonly string[] = []): Promise<string> {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : argv[i + 1];
  };
  const runs = Number(value('--runs', '3'));
  const seed = Number(value('--seed', '11'));
  const dir = mkdtempSync(join(tmpdir(), 'rampart-rbac-bench-'));
  try {
    const { items, counts } = generateRbacCluster(RBAC_BENCH_SIZE, seed);
    const file = join(dir, 'rbac.json');
    writeFileSync(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 4));
    const baselines: ChildResult[] = [];
    const results: ChildResult[] = [];
    for (let i = 0; i < runs; i++) {
      baselines.push(spawn('baseline', file));
      results.push(spawn('rbac', file));
      process.stderr.write(`  rbac run ${i + 1}/${runs}: JSON.parse ${baselines[i].ms.toFixed(0)} ms, load ${results[i].loadMs!.toFixed(0)} ms, RBAC checks + paths ${results[i].ms.toFixed(0)} ms (CPU ${results[i].cpuMs!.toFixed(0)} ms), peak ${results[i].peakRssMiB.toFixed(0)} MiB\n`);
    }
    const parse = median(baselines.map((b) => b.ms));
    const ms = median(results.map((r) => r.ms));
    const cpuMs = median(results.map((r) => r.cpuMs!));
    const load = median(results.map((r) => r.loadMs!));
    const rss = median(results.map((r) => r.peakRssMiB));
    const last = results[results.length - 1];
    const bindings = (counts.RoleBinding ?? 0) + (counts.ClusterRoleBinding ?? 0);
    const roles = (counts.Role ?? 0) + (counts.ClusterRole ?? 0);
    return [
      `### RBAC (bench/rbac.ts): ${bindings.toLocaleString('en-US')} bindings, ${roles.toLocaleString('en-US')} roles, ${(counts.ServiceAccount ?? 0).toLocaleString('en-US')} service accounts, ${(counts.Deployment ?? 0).toLocaleString('en-US')} Deployments, ${counts.Node ?? 0} nodes (${items.length.toLocaleString('en-US')} objects), median of ${runs}`,
      '',
      '| JSON.parse ms | load ms | RBAC checks + paths ms | its CPU ms | ratio to JSON.parse | peak RSS MiB | findings | escalation paths |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${parse.toFixed(0)} | ${load.toFixed(0)} | ${ms.toFixed(0)} | ${cpuMs.toFixed(0)} | ${(ms / parse).toFixed(1)} | ${rss.toFixed(0)} | ${last.findings} | ${last.paths} |`,
      '',
      `- RBAC checks + escalation paths ≤ 3 s: ${ms <= 3000 ? 'met' : '**MISSED**'} (${(ms / 1000).toFixed(2)} s; runs ${results.map((r) => r.ms.toFixed(0)).join(', ')} ms)`,
      `- load average when it ended: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${cpus().length} CPUs (a shared machine: wall time stretches with the load, CPU time much less)`,
      `- peak RSS ≤ 1 GiB: ${rss <= 1024 ? 'met' : '**MISSED**'} (${rss.toFixed(0)} MiB)`,
      `- findings by check: ${Object.entries(last.byCheck ?? {})
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--child');
  (at !== -1 ? child(argv[at + 1], argv[at + 2]).then((r) => JSON.stringify(r)) : benchRbac(argv))
    .then((out) => process.stdout.write(`${out}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    });
}
