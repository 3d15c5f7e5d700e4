/**
 * Audit detection benchmarks (`npm run bench`, or `node --expose-gc dist/bench/audit.js`):
 *
 * 1. Throughput: a deterministic generator writes N realistic audit events as JSON lines (a mix of
 *    controllers, kubelets, service accounts and people; leases, pods, Secrets, deployments, exec;
 *    5% refused; Request-level bodies on writes). In fresh child processes, each run measures
 *      - baseline: the same file read and cut into lines by the same reader, `JSON.parse` of each
 *        line, nothing else (the floor for any JavaScript consumer of the log);
 *      - detect: `detect()` over the file: reading, parsing, validating every event and running
 *        every built-in rule (stateful ones included), exactly as `rampart audit detect` does.
 *    Reported: events/s on one core (the detector is single-threaded), and detect throughput as a
 *    share of the baseline's, medians over the runs.
 * 2. Memory: events generated in the process and streamed through the detector (no file), peak
 *    RSS after 1M and 5M events: bounded by the windows and LRU sizes, not by the log.
 * 3. The receiver: `rampart audit serve`'s handler on HTTPS on loopback in one process; a client
 *    process sends EventList batches of 400 (kube-apiserver's default batch size) at a fixed rate
 *    for a fixed time; reported: events/s sustained, batches refused or failed (drops), p50/p99
 *    batch latency, and whether every accepted event was processed.
 *
 *   node --expose-gc dist/bench/audit.js [--events 1000000] [--runs 3] [--memory 1000000,5000000]
 *                                        [--rate 20000] [--seconds 10] [--only throughput,memory,receiver]
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { prng } from './generate.js';
const MiB = 1024 * 1024;
const GOAL_EVENTS_PER_S = 150_000;
const GOAL_SHARE_OF_PARSE = 0.5;
const GOAL_RECEIVER_RATE = 20_000;
function log(m) {
    process.stderr.write(`${m}\n`);
}
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function percentile(values, p) {
    const s = [...values].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
const NAMESPACES = ['shop', 'shop-data', 'payments', 'monitoring', 'tools', 'blog', 'default', 'kube-system'];
function makeActors(r) {
    const sa = (ns, name) => ({ username: `system:serviceaccount:${ns}:${name}`, groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'] });
    const actors = [
        { user: { username: 'system:kube-controller-manager', groups: ['system:authenticated'] }, ip: '10.0.0.10', ua: 'kube-controller-manager/v1.30.2', weight: 10, actions: [['update', 'leases', 'coordination.k8s.io', 'kube-system', 5], ['get', 'leases', 'coordination.k8s.io', 'kube-system', 5], ['update', 'deployments/status', 'apps', 'shop', 2], ['create', 'events', '', 'shop', 2]] },
        { user: { username: 'system:kube-scheduler', groups: ['system:authenticated'] }, ip: '10.0.0.10', ua: 'kube-scheduler/v1.30.2', weight: 5, actions: [['update', 'leases', 'coordination.k8s.io', 'kube-system', 5], ['create', 'pods/binding', '', 'shop', 2], ['watch', 'pods', '', undefined, 1]] },
        { user: sa('kube-system', 'replicaset-controller'), ip: '10.0.0.10', ua: 'kube-controller-manager/v1.30.2', weight: 4, actions: [['create', 'pods', '', 'shop', 2], ['delete', 'pods', '', 'shop', 1], ['update', 'replicasets/status', 'apps', 'shop', 3]] },
        { user: sa('kube-system', 'endpointslice-controller'), ip: '10.0.0.10', ua: 'kube-controller-manager/v1.30.2', weight: 4, actions: [['update', 'endpointslices', 'discovery.k8s.io', 'shop', 3], ['list', 'services', '', undefined, 1]] },
        { user: sa('monitoring', 'prometheus'), ip: '10.244.1.23', ua: 'Prometheus/2.51.2', weight: 6, actions: [['list', 'pods', '', undefined, 2], ['watch', 'endpoints', '', undefined, 2], ['get', 'nodes/metrics', '', undefined, 2]] },
        { user: sa('kube-system', 'log-agent'), ip: '10.244.1.5', ua: 'fluent-bit/3.0', weight: 3, actions: [['list', 'pods', '', undefined, 1], ['get', 'namespaces', '', undefined, 1]] },
        { user: { username: 'alice@acme-shop.example', groups: ['acme:developers', 'system:authenticated'] }, ip: '192.168.10.23', ua: 'kubectl/v1.30.2', weight: 2, actions: [['list', 'pods', '', 'shop', 4], ['get', 'pods/log', '', 'shop', 2], ['get', 'deployments', 'apps', 'shop', 2], ['patch', 'deployments', 'apps', 'shop', 1], ['create', 'pods/exec', '', 'shop', 0.3]] },
        { user: sa('tools', 'ci-deployer'), ip: '10.244.1.40', ua: 'kubectl/v1.30.2', weight: 1, actions: [['patch', 'deployments', 'apps', 'shop', 2], ['get', 'secrets', '', 'shop', 1], ['create', 'configmaps', '', 'shop', 1]] },
    ];
    for (let n = 1; n <= 20; n++) {
        actors.push({ user: { username: `system:node:worker-${n}`, groups: ['system:nodes', 'system:authenticated'] }, ip: `10.0.1.${n}`, ua: 'kubelet/v1.30.2', weight: 3, actions: [['update', 'leases', 'coordination.k8s.io', 'kube-node-lease', 5], ['patch', 'nodes/status', '', undefined, 2], ['get', 'secrets', '', 'shop', 1], ['get', 'configmaps', '', 'shop', 1], ['create', 'serviceaccounts/token', '', 'shop', 1]] });
    }
    // many application service accounts reading their config and Secrets
    for (let i = 0; i < 200; i++) {
        const ns = NAMESPACES[Math.floor(r() * NAMESPACES.length)];
        actors.push({ user: sa(ns, `app-${i}`), ip: `10.244.${1 + (i % 20)}.${10 + (i % 200)}`, ua: `app-${i}/1.0 (go-client)`, weight: 0.1, actions: [['get', 'configmaps', '', ns, 3], ['get', 'secrets', '', ns, 1], ['watch', 'configmaps', '', ns, 1], ['list', 'pods', '', ns, 0.5]] });
    }
    return actors;
}
function pick(items, total, r) {
    let x = r() * total;
    for (const it of items) {
        x -= it.weight;
        if (x <= 0)
            return it;
    }
    return items[items.length - 1];
}
const BASE = Date.parse('2024-05-14T00:00:00Z');
/** A generator of audit event lines: deterministic for a seed, about 700 bytes a line. */
export function eventLines(seed = 42) {
    const r = prng(seed);
    const actors = makeActors(r);
    const total = actors.reduce((n, a) => n + a.weight, 0);
    let i = 0;
    const hex = (n) => {
        let s = '';
        for (let k = 0; k < n; k++)
            s += Math.floor(r() * 16).toString(16);
        return s;
    };
    return () => {
        i++;
        const a = pick(actors, total, r);
        const actTotal = a.actions.reduce((n, x) => n + x[4], 0);
        let x = r() * actTotal;
        let act = a.actions[0];
        for (const c of a.actions) {
            x -= c[4];
            if (x <= 0) {
                act = c;
                break;
            }
        }
        const [verb, res, group, ns] = act;
        const [resource, subresource] = res.split('/');
        const forbidden = r() < 0.05;
        const code = forbidden ? 403 : verb === 'create' ? (subresource === 'exec' ? 101 : 201) : 200;
        const named = verb !== 'list' && verb !== 'watch' && !(verb === 'create' && !subresource);
        const name = named ? `${resource.slice(0, -1)}-${Math.floor(r() * 50)}` : undefined;
        const prefix = group ? `/apis/${group}/v1` : '/api/v1';
        const uri = `${prefix}${ns ? `/namespaces/${ns}` : ''}/${resource}${name ? `/${name}` : ''}${subresource ? `/${subresource}` : ''}${verb === 'list' || verb === 'watch' ? `?limit=500&resourceVersion=${Math.floor(r() * 1e6)}${verb === 'watch' ? '&watch=true' : ''}` : ''}`;
        const t = new Date(BASE + i * 5).toISOString().replace('Z', `${String(i % 1000).padStart(3, '0')}Z`);
        const ev = {
            kind: 'Event',
            apiVersion: 'audit.k8s.io/v1',
            level: verb === 'create' || verb === 'update' || verb === 'patch' ? 'Request' : 'Metadata',
            auditID: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
            stage: 'ResponseComplete',
            requestURI: uri,
            verb,
            user: a.user,
            sourceIPs: [a.ip],
            userAgent: a.ua,
            objectRef: { resource, ...(ns ? { namespace: ns } : {}), ...(name ? { name } : {}), ...(group ? { apiGroup: group } : {}), apiVersion: 'v1', ...(subresource ? { subresource } : {}) },
            responseStatus: forbidden ? { metadata: {}, status: 'Failure', message: `${resource} is forbidden`, reason: 'Forbidden', code } : { metadata: {}, code },
            requestReceivedTimestamp: t,
            stageTimestamp: t,
            annotations: forbidden ? { 'authorization.k8s.io/decision': 'forbid', 'authorization.k8s.io/reason': '' } : { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed by ClusterRoleBinding "system:controller" of ClusterRole "system:controller" to ServiceAccount' },
        };
        if (!forbidden && resource === 'pods' && verb === 'create' && !subresource) {
            ev.requestObject = { kind: 'Pod', apiVersion: 'v1', metadata: { name: `web-${i}`, namespace: ns }, spec: { containers: [{ name: 'app', image: 'registry.example.com/shop/web:1.2', securityContext: r() < 0.01 ? { privileged: true } : { allowPrivilegeEscalation: false } }] } };
        }
        else if (!forbidden && resource === 'deployments' && verb === 'patch') {
            ev.requestObject = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': t } } } } };
        }
        else if (!forbidden && resource === 'configmaps' && verb === 'create') {
            ev.requestObject = { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: `cfg-${i}` }, data: { LOG_LEVEL: 'info', FEATURE: 'on' } };
        }
        return JSON.stringify(ev);
    };
}
function writeLog(path, n, seed) {
    const next = eventLines(seed);
    const out = createWriteStream(path);
    return new Promise((resolve, reject) => {
        let i = 0;
        const write = () => {
            let ok = true;
            while (i < n && ok) {
                let chunk = '';
                for (let k = 0; k < 1000 && i < n; k++, i++)
                    chunk += next() + '\n';
                ok = out.write(chunk);
            }
            if (i < n)
                out.once('drain', write);
            else
                out.end(() => resolve(statSync(path).size));
        };
        out.on('error', reject);
        write();
    });
}
// ---------- children ----------
function peakRssMiB() {
    return process.resourceUsage().maxRSS / 1024;
}
async function childThroughput(mode, file) {
    const { forEachLine, openLog } = await import('../src/audit/reader.js');
    const { detect, ruleSetFor } = await import('../src/audit/detect.js');
    if (mode === 'baseline') {
        const t0 = performance.now();
        let n = 0;
        await forEachLine((await openLog(file)), (text) => {
            if (JSON.parse(text) !== null)
                n++;
        });
        return { ms: performance.now() - t0, events: n, rss: peakRssMiB() };
    }
    const ruleSet = ruleSetFor({});
    const t0 = performance.now();
    const result = await detect([file], { ruleSet });
    return { ms: performance.now() - t0, events: result.summary.events, alerts: result.summary.alerts, rules: result.summary.rules, rss: peakRssMiB() };
}
async function childMemory(n) {
    const { Detector } = await import('../src/audit/engine.js');
    const { ruleSetFor } = await import('../src/audit/detect.js');
    const { asAuditEvent } = await import('../src/audit/event.js');
    const next = eventLines(7);
    let alerts = 0;
    const d = new Detector(ruleSetFor({}), { onAlert: () => alerts++ });
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
        const e = asAuditEvent(JSON.parse(next()));
        if (typeof e !== 'string')
            d.process(e);
    }
    globalThis.gc?.();
    return { events: n, ms: performance.now() - t0, alerts, rss: peakRssMiB(), heapMiB: process.memoryUsage().heapUsed / MiB };
}
function spawnChild(args) {
    const script = fileURLToPath(import.meta.url);
    const r = spawnSync(process.execPath, ['--expose-gc', script, '--child', ...args], { encoding: 'utf8', maxBuffer: 16 * MiB });
    if (r.status !== 0)
        throw new Error(`child ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
    return JSON.parse(r.stdout);
}
// ---------- receiver ----------
async function childReceiver(dir) {
    const { RampartServer } = await import('../src/server/server.js');
    const { AuditReceiver } = await import('../src/audit/receiver.js');
    const { ruleSetFor } = await import('../src/audit/detect.js');
    let alerts = 0;
    const server = new RampartServer({ address: '127.0.0.1', port: 0, tls: { certFile: join(dir, 'tls.crt'), keyFile: join(dir, 'tls.key') } });
    const receiver = new AuditReceiver(server, { ruleSet: ruleSetFor({}), sinks: [{ name: 'count', dropped: 0, pending: 0, send: () => alerts++, flush: async () => undefined }] });
    const { port } = await server.start();
    process.stdout.write(`PORT ${port}\n`);
    process.stdin.on('data', () => undefined);
    await new Promise((resolve) => process.stdin.on('end', resolve));
    await server.shutdown(() => receiver.drain(10_000), 10_000);
    process.stdout.write(`DONE ${JSON.stringify({ processed: receiver.detector.stats.events, alerts, rss: peakRssMiB() })}\n`);
}
async function childClient(port, ca, rate, seconds) {
    const batchSize = 400;
    const batchesPerSecond = rate / batchSize;
    const next = eventLines(99);
    const total = Math.round(batchesPerSecond * seconds);
    // bodies built ahead of time, so the client's own JSON work does not slow the sending
    const bodies = Array.from({ length: Math.min(total, 100) }, () => `{"kind":"EventList","apiVersion":"audit.k8s.io/v1","metadata":{},"items":[${Array.from({ length: batchSize }, next).join(',')}]}`);
    const agent = new https.Agent({ keepAlive: true, maxSockets: 4, ca });
    const latencies = [];
    let refused = 0;
    let failed = 0;
    let sentEvents = 0;
    const post = (body) => new Promise((resolve) => {
        const t0 = performance.now();
        const req = https.request({ host: '127.0.0.1', port, method: 'POST', path: '/audit', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
            res.resume();
            res.on('end', () => {
                latencies.push(performance.now() - t0);
                if (res.statusCode === 200)
                    sentEvents += batchSize;
                else if (res.statusCode === 429)
                    refused++;
                else
                    failed++;
                resolve();
            });
        });
        req.on('error', () => {
            failed++;
            resolve();
        });
        req.end(body);
    });
    const start = performance.now();
    const inflight = [];
    for (let b = 0; b < total; b++) {
        const due = start + (b * 1000) / batchesPerSecond;
        const wait = due - performance.now();
        if (wait > 0)
            await new Promise((r) => setTimeout(r, wait));
        inflight.push(post(bodies[b % bodies.length]));
    }
    await Promise.all(inflight);
    const elapsed = (performance.now() - start) / 1000;
    agent.destroy();
    return { batches: total, accepted: sentEvents, refused, failed, seconds: elapsed, rate: sentEvents / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) };
}
async function benchReceiver(rate, seconds) {
    const { makeTestPki } = await import('../test/certs.js');
    const pki = await makeTestPki();
    const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-serve-'));
    try {
        writeFileSync(join(dir, 'tls.crt'), pki.certPem);
        writeFileSync(join(dir, 'tls.key'), pki.keyPem);
        writeFileSync(join(dir, 'ca.crt'), pki.caPem);
        const script = fileURLToPath(import.meta.url);
        const server = spawn(process.execPath, [script, '--child', 'receiver', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
        let out = '';
        server.stdout.on('data', (c) => (out += c));
        while (!/PORT (\d+)/.test(out))
            await new Promise((r) => setTimeout(r, 20));
        const port = Number(/PORT (\d+)/.exec(out)[1]);
        const client = spawnSync(process.execPath, [script, '--child', 'client', String(port), join(dir, 'ca.crt'), String(rate), String(seconds)], { encoding: 'utf8', maxBuffer: 16 * MiB });
        if (client.status !== 0)
            throw new Error(`client failed: ${client.stderr}`);
        const c = JSON.parse(client.stdout);
        server.stdin.end();
        while (!/DONE (.*)/.test(out))
            await new Promise((r) => setTimeout(r, 20));
        const s = JSON.parse(/DONE (.*)/.exec(out)[1]);
        const ok = c.refused === 0 && c.failed === 0 && s.processed === c.accepted && c.rate >= GOAL_RECEIVER_RATE * 0.98;
        return [
            `| offered | batches of | seconds | accepted events/s | refused (429) | failed | processed = accepted | p50 batch ms | p99 batch ms | max ms | receiver peak RSS MiB |`,
            `| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |`,
            `| ${rate} ev/s | 400 | ${c.seconds.toFixed(1)} | ${c.rate.toFixed(0)} | ${c.refused} | ${c.failed} | ${s.processed === c.accepted ? 'yes' : `NO (${s.processed} of ${c.accepted})`} | ${c.p50.toFixed(1)} | ${c.p99.toFixed(1)} | ${c.max.toFixed(1)} | ${s.rss.toFixed(0)} |`,
            '',
            `- receiver sustains ${GOAL_RECEIVER_RATE} events/s over HTTPS with no drops: ${ok ? 'met' : '**MISSED**'}`,
        ].join('\n');
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
function parse(argv) {
    const v = (name) => {
        const i = argv.indexOf(name);
        return i === -1 ? undefined : argv[i + 1];
    };
    return {
        events: Number(v('--events') ?? 1_000_000),
        runs: Number(v('--runs') ?? 3),
        memory: (v('--memory') ?? '1000000,5000000').split(',').map(Number),
        rate: Number(v('--rate') ?? GOAL_RECEIVER_RATE),
        seconds: Number(v('--seconds') ?? 10),
        only: new Set((v('--only') ?? 'throughput,memory,receiver').split(',')),
    };
}
/** Runs the audit benchmarks; returns Markdown. */
export async function benchAudit(argv = []) {
    const o = parse(argv);
    const out = ['## Audit detection', ''];
    if (o.only.has('throughput')) {
        const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-audit-'));
        try {
            const file = join(dir, 'audit.log');
            const t0 = performance.now();
            const bytes = await writeLog(file, o.events, 42);
            log(`generated ${o.events} events (${(bytes / MiB).toFixed(0)} MiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
            const base = [];
            const det = [];
            for (let i = 0; i < o.runs; i++) {
                base.push(spawnChild(['baseline', file]));
                det.push(spawnChild(['detect', file]));
                log(`  run ${i + 1}/${o.runs}: JSON.parse loop ${base[i].ms.toFixed(0)} ms, detect ${det[i].ms.toFixed(0)} ms, ${det[i].alerts} alerts, peak ${det[i].rss.toFixed(0)} MiB`);
            }
            const bms = median(base.map((b) => b.ms));
            const dms = median(det.map((d) => d.ms));
            const eps = o.events / (dms / 1000);
            const share = bms / dms;
            out.push(`| events | MiB | runs | JSON.parse loop ms | detect ms | detect events/s | detect / JSON.parse throughput | rules | alerts | detect peak RSS MiB |`, `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`, `| ${o.events} | ${(bytes / MiB).toFixed(0)} | ${o.runs} | ${bms.toFixed(0)} | ${dms.toFixed(0)} | ${eps.toFixed(0)} | ${(100 * share).toFixed(0)}% | ${det[0].rules} | ${det[0].alerts} | ${median(det.map((d) => d.rss)).toFixed(0)} |`, '', `- ${o.events} events with every built-in rule: ${eps.toFixed(0)} events/s (goal ≥ ${GOAL_EVENTS_PER_S}: ${eps >= GOAL_EVENTS_PER_S ? 'met' : '**MISSED**'})`, `- detect throughput is ${(100 * share).toFixed(0)}% of a bare JSON.parse loop over the same lines, same run (goal ≥ ${GOAL_SHARE_OF_PARSE * 100}%: ${share >= GOAL_SHARE_OF_PARSE ? 'met' : '**MISSED**'})`, `- runs (detect ms): ${det.map((d) => d.ms.toFixed(0)).join(', ')}; JSON.parse loop: ${base.map((b) => b.ms.toFixed(0)).join(', ')}`, '');
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    if (o.only.has('memory')) {
        const rows = o.memory.map((n) => {
            const m = spawnChild(['memory', String(n)]);
            log(`  memory ${n}: peak ${m.rss.toFixed(0)} MiB, ${m.ms.toFixed(0)} ms`);
            return m;
        });
        out.push('| events streamed | peak RSS MiB | heap after GC MiB | alerts |', '| ---: | ---: | ---: | ---: |', ...rows.map((m) => `| ${m.events} | ${m.rss.toFixed(0)} | ${m.heapMiB.toFixed(0)} | ${m.alerts} |`), '');
        if (rows.length >= 2) {
            const growth = rows[rows.length - 1].rss / rows[0].rss;
            out.push(`- peak RSS ${rows[0].events} → ${rows[rows.length - 1].events} events: ${growth.toFixed(2)}x for ${(rows[rows.length - 1].events / rows[0].events).toFixed(0)}x the events (bounded: ${growth < 1.5 ? 'met' : '**MISSED**'})`, '');
        }
    }
    if (o.only.has('receiver'))
        out.push(await benchReceiver(o.rate, o.seconds), '');
    return out.join('\n');
}
async function main(argv) {
    const c = argv.indexOf('--child');
    if (c !== -1) {
        const [mode, a, b, d, e] = argv.slice(c + 1);
        if (mode === 'receiver')
            return childReceiver(a);
        const result = mode === 'memory' ? await childMemory(Number(a)) : mode === 'client' ? await childClient(Number(a), readFileSync(b, 'utf8'), Number(d), Number(e)) : await childThroughput(mode, a);
        process.stdout.write(JSON.stringify(result));
        return;
    }
    process.stdout.write((await benchAudit(argv)) + '\n');
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    main(process.argv.slice(2)).catch((e) => {
        process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=audit.js.map