/**
 * Property test: on generated clusters, the class-based engine gives exactly what the naive
 * pairwise evaluation of the semantics gives, for every ordered pair of pods and for addresses
 * around every ipBlock boundary, and its group-pair enumeration lists exactly the connected pairs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { buildModel } from './model.js';
import { NetpolEngine } from './engine.js';
import { evaluate } from './semantics.js';
import { naivePairs } from './naive.js';
import { ConnSet } from './ports.js';
import { formatIp, parseCidr } from './ip.js';
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const CIDRS = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '192.168.0.0/16', '0.0.0.0/0', '169.254.169.254/32', '172.16.0.0/12', '2001:db8::/32', '::/0'];
const EXCEPTS = { '10.0.0.0/8': ['10.1.0.0/16', '10.200.0.0/16'], '0.0.0.0/0': ['169.254.169.254/32', '10.0.0.0/8'], '172.16.0.0/12': ['172.16.5.0/24'], '2001:db8::/32': ['2001:db8:1::/48'], '::/0': ['2001:db8::/32'] };
export function generateCluster(seed) {
    const r = prng(seed);
    const pick = (xs) => xs[Math.floor(r() * xs.length)];
    const chance = (p) => r() < p;
    const docs = [];
    const namespaces = ['ns0', 'ns1', 'ns2', 'ns3'].slice(0, 2 + Math.floor(r() * 3));
    for (const ns of namespaces)
        if (chance(0.8))
            docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { ...(chance(0.6) && { team: pick(['a', 'b']) }), ...(chance(0.5) && { env: pick(['prod', 'dev']) }) } } });
    const podCount = 4 + Math.floor(r() * 9);
    for (let i = 0; i < podCount; i++) {
        const labels = { app: pick(['web', 'api', 'db']) };
        if (chance(0.5))
            labels.tier = pick(['front', 'back']);
        if (chance(0.3))
            labels.color = pick(['red', 'blue']);
        const ports = [];
        if (chance(0.6))
            ports.push({ name: 'http', containerPort: pick([80, 8080, 9090]) });
        if (chance(0.3))
            ports.push({ name: 'dns', containerPort: 53, protocol: pick(['UDP', 'TCP']) });
        if (chance(0.2))
            ports.push({ name: 'metrics', containerPort: 9100, protocol: 'TCP' });
        docs.push({
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: `p${i}`, namespace: pick(namespaces), labels },
            spec: { ...(chance(0.1) && { hostNetwork: true }), containers: [{ name: 'c', image: 'x', ports }] },
        });
    }
    if (chance(0.3))
        docs.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, status: { addresses: [{ type: 'InternalIP', address: pick(['10.1.2.3', '192.168.1.1', '172.16.5.9']) }] } });
    const selector = () => {
        const s = {};
        if (chance(0.5))
            s.matchLabels = chance(0.7) ? { app: pick(['web', 'api', 'db', 'nope']) } : { tier: pick(['front', 'back']) };
        if (chance(0.3))
            s.matchExpressions = [{ key: pick(['color', 'tier', 'app']), ...pick([{ operator: 'In', values: [pick(['red', 'front', 'web'])] }, { operator: 'NotIn', values: ['red', 'back'] }, { operator: 'Exists' }, { operator: 'DoesNotExist' }]) }];
        return s;
    };
    const nsSelector = () => (chance(0.4) ? {} : chance(0.5) ? { matchLabels: { team: pick(['a', 'b']) } } : { matchLabels: { 'kubernetes.io/metadata.name': pick(namespaces) } });
    const peer = () => {
        const k = r();
        if (k < 0.3)
            return { podSelector: selector() };
        if (k < 0.5)
            return { namespaceSelector: nsSelector() };
        if (k < 0.75)
            return { namespaceSelector: nsSelector(), podSelector: selector() };
        const cidr = pick(CIDRS);
        return { ipBlock: { cidr, ...(EXCEPTS[cidr] && chance(0.5) && { except: EXCEPTS[cidr].slice(0, 1 + Math.floor(r() * EXCEPTS[cidr].length)) }) } };
    };
    const port = () => {
        const k = r();
        const protocol = chance(0.7) ? undefined : pick(['TCP', 'UDP', 'SCTP']);
        if (k < 0.35)
            return { ...(protocol && { protocol }), port: pick([80, 53, 8080, 9090, 9100]) };
        if (k < 0.55)
            return { ...(protocol && { protocol }), port: pick([1, 80, 8000]), endPort: pick([8080, 9000, 65535]) };
        if (k < 0.85)
            return { ...(protocol && { protocol }), port: pick(['http', 'dns', 'metrics']) };
        return { protocol: protocol ?? 'UDP' };
    };
    const rule = (dir) => ({
        ...(chance(0.8) && { [dir]: Array.from({ length: 1 + Math.floor(r() * 2) }, peer) }),
        ...(chance(0.6) && { ports: Array.from({ length: 1 + Math.floor(r() * 2) }, port) }),
    });
    const policyCount = Math.floor(r() * 6);
    for (let i = 0; i < policyCount; i++) {
        const types = pick([undefined, ['Ingress'], ['Egress'], ['Ingress', 'Egress']]);
        const spec = { podSelector: chance(0.3) ? {} : selector() };
        if (types)
            spec.policyTypes = types;
        if (chance(0.7))
            spec.ingress = Array.from({ length: Math.floor(r() * 3) }, () => rule('from'));
        if (chance(0.6))
            spec.egress = Array.from({ length: Math.floor(r() * 3) }, () => rule('to'));
        docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `np${i}`, namespace: pick(namespaces) }, spec });
    }
    return docs.map((d) => JSON.stringify(d)).join('\n');
}
/** Addresses on both sides of every boundary any generated ipBlock can have. */
function probeAddresses() {
    const out = new Map();
    for (const c of [...CIDRS, ...Object.values(EXCEPTS).flat()]) {
        const cidr = parseCidr(c);
        const max = cidr.family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
        for (const v of [cidr.lo - 1n, cidr.lo, cidr.hi, cidr.hi + 1n])
            if (v >= 0n && v <= max)
                out.set(`${cidr.family}:${v}`, { family: cidr.family, value: v, text: formatIp(cidr.family, v) });
    }
    return [...out.values()];
}
function check(seed, mode) {
    const text = generateCluster(seed);
    const inventory = loadText(text, `seed-${seed}.json`);
    assert.deepEqual(inventory.diagnostics, [], `seed ${seed}`);
    const model = buildModel(inventory, { hostNetwork: mode });
    const engine = new NetpolEngine(model);
    let compared = 0;
    const naive = new Map();
    naivePairs(model, model.pods, (a, b, conn) => naive.set(`${a.index}>${b.index}`, conn.key()));
    for (const a of model.pods) {
        for (const b of model.pods) {
            const expected = naive.get(`${a.index}>${b.index}`) ?? ConnSet.NONE.key();
            assert.equal(engine.connPods(a, b).key(), expected, `seed ${seed} (${mode}): ${a.workload.namespace}/${a.workload.name} -> ${b.workload.namespace}/${b.workload.name}\n${text}`);
            compared++;
        }
    }
    // the enumeration lists exactly the connected group pairs
    const reach = engine.reach();
    for (const a of model.pods) {
        for (const b of model.pods) {
            if (a === b)
                continue;
            const s = engine.classOf(a).src;
            const d = engine.classOf(b).dst;
            const at = reach[s.index].dst.indexOf(d.index);
            const listed = at === -1 ? ConnSet.NONE.key() : reach[s.index].conns[at].key();
            assert.equal(listed, naive.get(`${a.index}>${b.index}`) ?? ConnSet.NONE.key(), `seed ${seed} (${mode}) reach: ${a.workload.name} -> ${b.workload.name}`);
        }
    }
    for (const ip of probeAddresses()) {
        const endpoint = { kind: 'ip', family: ip.family, value: ip.value };
        for (const p of model.pods) {
            const out = engine.egressExternal(engine.classOf(p).src).filter((x) => x.set.contains(ip.family, ip.value)).reduce((c, x) => c.union(x.conn), ConnSet.NONE);
            assert.equal(out.key(), evaluate(model, { kind: 'pod', pod: p }, endpoint).conn.key(), `seed ${seed}: ${p.workload.name} -> ${ip.text}`);
            const into = engine.ingressExternal(engine.classOf(p).dst).filter((x) => x.set.contains(ip.family, ip.value)).reduce((c, x) => c.union(x.conn), ConnSet.NONE);
            assert.equal(into.key(), evaluate(model, endpoint, { kind: 'pod', pod: p }).conn.key(), `seed ${seed}: ${ip.text} -> ${p.workload.name}`);
            compared += 2;
        }
    }
    return compared;
}
describe('class-based engine versus naive pairwise evaluation', () => {
    it('agrees on 400 generated clusters, hostNetwork as node traffic', () => {
        let compared = 0;
        for (let seed = 1; seed <= 400; seed++)
            compared += check(seed, 'node');
        assert.ok(compared > 10000, `compared ${compared}`);
    });
    it('agrees on 150 generated clusters, hostNetwork pods as ordinary pods', () => {
        for (let seed = 1000; seed < 1150; seed++)
            check(seed, 'pod');
    });
    it('generated clusters exercise the interesting cases', () => {
        let isolatedPairs = 0;
        let partialPorts = 0;
        let openPairs = 0;
        for (let seed = 1; seed <= 100; seed++) {
            const model = buildModel(loadText(generateCluster(seed), 'x.json'));
            naivePairs(model, model.pods, (a, b, conn) => {
                if (a === b)
                    return;
                if (conn.isAll())
                    openPairs++;
                else
                    partialPorts++;
            });
            isolatedPairs += model.pods.length ** 2;
        }
        assert.ok(partialPorts > 100 && openPairs > 100 && isolatedPairs > openPairs + partialPorts, `${partialPorts} partial, ${openPairs} open of ${isolatedPairs}`);
    });
});
//# sourceMappingURL=engine.test.js.map