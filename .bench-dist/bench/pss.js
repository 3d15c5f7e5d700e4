/**
 * Pod Security Standards benchmark: generates 100k varied pod templates in memory (hardened ones,
 * baseline-only ones, and ones with one to three mistakes, across container counts, init and
 * ephemeral containers, volumes, annotations and policy versions) and times evaluating each at a
 * level and version, as a scan does per workload.
 *
 *   node dist/bench/pss.js [--templates 100000]
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { evaluatePod } from '../src/analysis/pss/index.js';
import { prng } from './generate.js';
const KINDS = [
    ['Deployment', '/spec/template'],
    ['StatefulSet', '/spec/template'],
    ['DaemonSet', '/spec/template'],
    ['Job', '/spec/template'],
    ['CronJob', '/spec/jobTemplate/spec/template'],
    ['Pod', ''],
];
const VERSIONS = ['latest', 'latest', 'latest', 'v1.25', 'v1.29', 'v1.32', 'v1.22', 'v1.19'];
const MISTAKES = [
    (_s, _m, c) => (c.securityContext.privileged = true),
    (s) => (s.hostNetwork = true),
    (s) => (s.hostPID = true),
    (_s, _m, c) => (c.securityContext.capabilities = { add: ['NET_ADMIN', 'SYS_ADMIN'] }),
    (s) => (s.volumes.push({ name: 'host', hostPath: { path: '/var/run/docker.sock' } })),
    (_s, _m, c) => (c.ports = [{ containerPort: 8080, hostPort: 8080 }]),
    (_s, _m, c) => (c.securityContext.runAsUser = 0),
    (s) => (s.securityContext.sysctls = [{ name: 'kernel.msgmax', value: '65536' }]),
    (_s, m) => (m.annotations = { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' }),
    (_s, _m, c) => (c.securityContext.seccompProfile = { type: 'Unconfined' }),
    (_s, _m, c) => (c.livenessProbe = { httpGet: { host: '10.0.0.1', port: 8080 } }),
    (_s, _m, c) => (c.securityContext.procMount = 'Unmasked'),
    (_s, _m, c) => delete c.securityContext.allowPrivilegeEscalation,
    (s) => (s.securityContext = {}),
];
function container(name, hardened, r) {
    const sc = hardened ? { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true } : r() < 0.5 ? {} : { runAsUser: 1000 };
    if (r() < 0.2)
        sc.seccompProfile = { type: 'RuntimeDefault' };
    return {
        name,
        image: `registry.example.com/team/${name}:1.${Math.floor(r() * 50)}`,
        ports: r() < 0.6 ? [{ containerPort: 8080, name: 'http' }] : undefined,
        securityContext: sc,
        resources: { limits: { cpu: '500m', memory: '256Mi' } },
        readinessProbe: r() < 0.5 ? { httpGet: { path: '/healthz', port: 8080 } } : undefined,
    };
}
export function generateTemplates(count, seed = 42) {
    const r = prng(seed);
    const out = [];
    for (let i = 0; i < count; i++) {
        const [kind, base] = KINDS[Math.floor(r() * KINDS.length)];
        const hardened = r() < 0.6;
        const containers = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, j) => container(j === 0 ? 'app' : `side${j}`, hardened, r));
        const spec = {
            serviceAccountName: `sa-${i % 97}`,
            securityContext: hardened ? { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' }, fsGroup: 2000 } : r() < 0.3 ? { runAsNonRoot: true } : {},
            containers,
            volumes: [{ name: 'config', configMap: { name: `cfg-${i % 13}` } }, { name: 'tmp', emptyDir: {} }],
        };
        if (r() < 0.3)
            spec.initContainers = [container('init', hardened, r)];
        if (r() < 0.02)
            spec.ephemeralContainers = [container('debug', false, r)];
        if (r() < 0.05)
            spec.os = { name: r() < 0.5 ? 'linux' : 'windows' };
        const metadata = { labels: { app: `app-${i % 101}`, tier: i % 2 ? 'web' : 'worker' } };
        if (r() < 0.3) {
            const n = 1 + Math.floor(r() * 3);
            for (let m = 0; m < n; m++)
                MISTAKES[Math.floor(r() * MISTAKES.length)](spec, metadata, containers[0], r);
        }
        out.push({
            metadata,
            spec,
            pointer: `${base}/spec`,
            metadataPointer: `${base}/metadata`,
            owner: { kind },
            level: r() < 0.5 ? 'restricted' : 'baseline',
            version: VERSIONS[Math.floor(r() * VERSIONS.length)],
        });
    }
    return out;
}
export async function benchPss(templates = 100_000) {
    const data = generateTemplates(templates);
    // warm up the JIT and the registry on a slice, as a long-running scanner would be
    for (let i = 0; i < Math.min(5000, data.length); i++)
        evaluatePod(data[i], data[i].level, data[i].version);
    let violations = 0;
    const start = performance.now();
    for (let i = 0; i < data.length; i++)
        violations += evaluatePod(data[i], data[i].level, data[i].version).length;
    const ms = performance.now() - start;
    if (violations === 0)
        throw new Error('benchmark data produced no violations: generator is broken');
    // baseline in the same run: serialising every template touches each field once
    let bytes = 0;
    const baselineStart = performance.now();
    for (let i = 0; i < data.length; i++)
        bytes += JSON.stringify(data[i].spec).length;
    const baselineMs = performance.now() - baselineStart;
    if (bytes === 0)
        throw new Error('empty templates');
    const round = (n) => Math.round(n * 10) / 10;
    return { templates: data.length, ms: round(ms), baselineMs: round(baselineMs), ratio: round(ms / baselineMs) };
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const at = process.argv.indexOf('--templates');
    const n = at > 0 ? Number(process.argv[at + 1]) : 100_000;
    const result = await benchPss(n);
    console.log(JSON.stringify(result));
}
//# sourceMappingURL=pss.js.map