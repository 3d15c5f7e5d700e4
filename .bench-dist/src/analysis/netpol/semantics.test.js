/**
 * Hand-checked connectivity for each NetworkPolicy rule, including the classic traps. Every case is
 * asserted twice: by the rule-by-rule semantics and by the class-based engine.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { yaml } from '../../checks/testing.js';
import { buildModel } from './model.js';
import { NetpolEngine } from './engine.js';
import { evaluate } from './semantics.js';
import { parseIp } from './ip.js';
import { ConnSet } from './ports.js';
function cluster(text, options) {
    const inventory = loadText(text, 'cluster.yaml');
    assert.deepEqual(inventory.diagnostics, []);
    const model = buildModel(inventory, options);
    assert.deepEqual(model.problems.map((p) => p.message), []);
    const engine = new NetpolEngine(model);
    const pod = (ref) => {
        const [namespace, name] = ref.split('/');
        const w = model.workloads.find((x) => x.namespace === namespace && x.name === name);
        assert.ok(w, `no workload ${ref}`);
        return w.pods[0];
    };
    /** The connection from src to dst as text; both implementations must agree. */
    const conn = (src, dst) => {
        const a = src.includes('/') ? pod(src) : undefined;
        const b = dst.includes('/') ? pod(dst) : undefined;
        const endpoint = (p, ip) => (p ? { kind: 'pod', pod: p } : { kind: 'ip', ...parseIp(ip) });
        const reference = evaluate(model, endpoint(a, src), endpoint(b, dst)).conn.toString();
        let fromEngine;
        if (a && b)
            fromEngine = engine.connPods(a, b).toString();
        else {
            const ip = parseIp(a ? dst : src);
            const allows = a ? engine.egressExternal(engine.classOf(a).src) : engine.ingressExternal(engine.classOf(b).dst);
            fromEngine = allows.filter((x) => x.set.contains(ip.family, ip.value)).reduce((c, x) => c.union(x.conn), ConnSet.NONE).toString();
        }
        assert.equal(fromEngine, reference, `engine and semantics disagree on ${src} -> ${dst}`);
        return reference;
    };
    return { model, engine, conn };
}
const ns = (name, labels = {}) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: ${JSON.stringify(labels)}\n---\n`;
function pod(namespace, name, labels, ports = [], extra = '') {
    const portYaml = ports.length ? `\n    ports: ${JSON.stringify(ports.map((p) => ({ containerPort: p.port, ...(p.name && { name: p.name }), ...(p.protocol && { protocol: p.protocol }) })))}` : '';
    return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\n  labels: ${JSON.stringify(labels)}\nspec:${extra}\n  containers:\n  - name: c\n    image: x${portYaml}\n---\n`;
}
function policy(namespace, name, spec) {
    return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec: ${JSON.stringify(spec)}\n---\n`;
}
function nsModel(model) {
    return [...model.namespaces.values()].map((n) => `${n.name}:${JSON.stringify(n.labels)}`);
}
describe('NetworkPolicy semantics', () => {
    it('pods selected by no policy accept and send anything', () => {
        const { conn } = cluster(pod('a', 'px', { app: 'x' }) + pod('b', 'py', { app: 'y' }));
        assert.equal(conn('a/px', 'b/py'), 'all ports');
        assert.equal(conn('203.0.113.9', 'a/px'), 'all ports');
        assert.equal(conn('a/px', '8.8.8.8'), 'all ports');
    });
    it('isolation is per direction: an Egress-only policy leaves ingress open, and both sides must allow', () => {
        const { conn } = cluster(pod('a', 'px', { app: 'x' }) + pod('a', 'py', { app: 'y' }) + policy('a', 'deny-egress-x', { podSelector: { matchLabels: { app: 'x' } }, policyTypes: ['Egress'] }));
        assert.equal(conn('a/px', 'a/py'), 'nothing', 'x may not send');
        assert.equal(conn('a/py', 'a/px'), 'all ports', 'x still accepts');
        assert.equal(conn('a/px', '8.8.8.8'), 'nothing');
    });
    it('policyTypes defaults to Ingress, plus Egress when egress rules exist', () => {
        // no policyTypes, egress rules only: isolates ingress (no ingress rules: deny) and egress (to db only)
        const { conn } = cluster(pod('a', 'web', { app: 'web' }) +
            pod('a', 'db', { app: 'db' }) +
            pod('a', 'other', { app: 'other' }) +
            policy('a', 'web', { podSelector: { matchLabels: { app: 'web' } }, egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }] }));
        assert.equal(conn('a/other', 'a/web'), 'nothing', 'ingress isolated by default');
        assert.equal(conn('a/web', 'a/db'), 'all ports');
        assert.equal(conn('a/web', 'a/other'), 'nothing');
        // an empty policy with no types: ingress only
        const empty = cluster(pod('a', 'web', { app: 'web' }) + pod('a', 'db', { app: 'db' }) + policy('a', 'p', { podSelector: {} }));
        assert.equal(empty.conn('a/web', 'a/db'), 'nothing');
        assert.equal(empty.conn('a/web', '8.8.8.8'), 'all ports', 'egress not affected');
        // explicit policyTypes: [Egress] with ingress rules: the ingress rules are ignored, ingress stays open
        const typed = cluster(pod('a', 'web', { app: 'web' }) + pod('a', 'db', { app: 'db' }) + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'nobody' } } }] }] }));
        assert.equal(typed.conn('a/web', 'a/db'), 'nothing', 'egress denied');
        assert.equal(typed.conn('203.0.113.1', 'a/db'), 'all ports', 'ingress not isolated');
    });
    it('namespaceSelector and podSelector in one peer (AND) versus two peers (OR)', () => {
        const base = ns('dev', { team: 'dev' }) + ns('prod', { team: 'prod' }) + pod('prod', 'db', { app: 'db' }) + pod('dev', 'api', { app: 'api' }) + pod('dev', 'tool', { app: 'tool' }) + pod('prod', 'api', { app: 'api' });
        const and = cluster(base + policy('prod', 'db', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'dev' } }, podSelector: { matchLabels: { app: 'api' } } }] }] }));
        assert.equal(and.conn('dev/api', 'prod/db'), 'all ports');
        assert.equal(and.conn('dev/tool', 'prod/db'), 'nothing', 'AND: right namespace, wrong pod');
        assert.equal(and.conn('prod/api', 'prod/db'), 'nothing', 'AND: right pod, wrong namespace');
        const or = cluster(base + policy('prod', 'db', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'dev' } } }, { podSelector: { matchLabels: { app: 'api' } } }] }] }));
        assert.equal(or.conn('dev/api', 'prod/db'), 'all ports');
        assert.equal(or.conn('dev/tool', 'prod/db'), 'all ports', 'OR: any pod of dev');
        assert.equal(or.conn('prod/api', 'prod/db'), 'all ports', 'OR: app=api in the policy namespace');
    });
    it('empty versus absent selectors', () => {
        const base = pod('a', 'db', { app: 'db' }) + pod('a', 'web', { app: 'web' }) + pod('b', 'web', { app: 'web' });
        const sameNs = cluster(base + policy('a', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: {} }] }] }));
        assert.equal(sameNs.conn('a/web', 'a/db'), 'all ports', 'podSelector {} alone: every pod of the policy namespace');
        assert.equal(sameNs.conn('b/web', 'a/db'), 'nothing');
        assert.equal(sameNs.conn('10.1.2.3', 'a/db'), 'nothing', 'selectors never match addresses');
        const allNs = cluster(base + policy('a', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ namespaceSelector: {} }] }] }));
        assert.equal(allNs.conn('b/web', 'a/db'), 'all ports', 'namespaceSelector {}: every pod of every namespace');
        assert.equal(allNs.conn('10.1.2.3', 'a/db'), 'nothing');
        const anyone = cluster(base + policy('a', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{}] }));
        assert.equal(anyone.conn('b/web', 'a/db'), 'all ports', 'a rule without from: every source');
        assert.equal(anyone.conn('10.1.2.3', 'a/db'), 'all ports', 'including addresses');
        const nobody = cluster(base + policy('a', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [] }));
        assert.equal(nobody.conn('a/web', 'a/db'), 'nothing', 'ingress: [] denies all');
        // podSelector {} on the policy selects the whole namespace, not the other namespaces
        const whole = cluster(base + policy('a', 'p', { podSelector: {}, policyTypes: ['Ingress'] }));
        assert.equal(whole.conn('b/web', 'a/web'), 'nothing');
        assert.equal(whole.conn('a/web', 'b/web'), 'all ports');
    });
    it('matchExpressions In, NotIn, Exists, DoesNotExist (NotIn also matches pods without the key)', () => {
        const base = pod('a', 'db', { app: 'db' }) + pod('a', 'blue', { app: 'web', color: 'blue' }) + pod('a', 'red', { app: 'web', color: 'red' }) + pod('a', 'plain', { app: 'web' });
        const sel = (expr) => cluster(base + policy('a', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: { matchExpressions: [expr] } }] }] }));
        const who = (c) => ['a/blue', 'a/red', 'a/plain'].filter((p) => c.conn(p, 'a/db') !== 'nothing');
        assert.deepEqual(who(sel({ key: 'color', operator: 'In', values: ['blue', 'green'] })), ['a/blue']);
        assert.deepEqual(who(sel({ key: 'color', operator: 'NotIn', values: ['blue'] })), ['a/red', 'a/plain']);
        assert.deepEqual(who(sel({ key: 'color', operator: 'Exists' })), ['a/blue', 'a/red']);
        assert.deepEqual(who(sel({ key: 'color', operator: 'DoesNotExist' })), ['a/plain']);
    });
    it('namespaces carry kubernetes.io/metadata.name, declared or not', () => {
        const c = cluster(ns('prod', { env: 'prod' }) +
            pod('prod', 'db', { app: 'db' }) +
            pod('undeclared', 'job', { app: 'job' }) +
            policy('prod', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'undeclared' } } }] }] }));
        assert.equal(c.conn('undeclared/job', 'prod/db'), 'all ports');
        assert.ok(nsModel(c.model).includes('prod:{"env":"prod","kubernetes.io/metadata.name":"prod"}'));
    });
    it('ipBlock with except, IPv4 and IPv6', () => {
        const c = cluster(pod('a', 'web', { app: 'web' }) +
            policy('a', 'p', {
                podSelector: {},
                policyTypes: ['Ingress', 'Egress'],
                ingress: [{ from: [{ ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } }, { ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:bad::/48'] } }] }],
                egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }], ports: [{ port: 443 }] }],
            }));
        assert.equal(c.conn('172.17.0.1', 'a/web'), 'all ports');
        assert.equal(c.conn('172.17.1.7', 'a/web'), 'nothing', 'excepted');
        assert.equal(c.conn('172.17.2.0', 'a/web'), 'all ports');
        assert.equal(c.conn('172.18.0.1', 'a/web'), 'nothing');
        assert.equal(c.conn('2001:db8::1', 'a/web'), 'all ports');
        assert.equal(c.conn('2001:db8:bad::1', 'a/web'), 'nothing');
        assert.equal(c.conn('a/web', '169.254.169.254'), 'nothing');
        assert.equal(c.conn('a/web', '169.254.169.253'), 'TCP 443');
        assert.equal(c.conn('a/web', '2001:db8::1'), 'nothing', '0.0.0.0/0 is IPv4 only');
    });
    it('ports: TCP by default, UDP and SCTP, protocol-only, endPort ranges', () => {
        const c = cluster(pod('a', 'db', { app: 'db' }) +
            pod('a', 'web', { app: 'web' }) +
            policy('a', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ ports: [{ port: 5432 }, { protocol: 'UDP', port: 53 }, { protocol: 'SCTP', port: 9000, endPort: 9010 }, { protocol: 'UDP', port: 30000, endPort: 30010 }] }] }) +
            policy('a', 'q', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ ports: [{ protocol: 'UDP' }] }] }));
        assert.equal(c.conn('a/web', 'a/db'), 'TCP 5432; UDP 53,30000-30010; SCTP 9000-9010');
        assert.equal(c.conn('a/db', 'a/web'), 'UDP (all ports)');
    });
    it('named ports resolve per destination pod, by name and protocol', () => {
        const c = cluster(pod('a', 'v1', { app: 'api' }, [{ name: 'http', port: 8080 }]) +
            pod('a', 'v2', { app: 'api' }, [{ name: 'http', port: 9090 }]) +
            pod('a', 'udp', { app: 'api' }, [{ name: 'http', port: 8080, protocol: 'UDP' }]) +
            pod('a', 'none', { app: 'api' }) +
            pod('a', 'client', { app: 'client' }) +
            policy('a', 'p', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ ports: [{ port: 'http' }] }] }));
        assert.equal(c.conn('a/client', 'a/v1'), 'TCP 8080');
        assert.equal(c.conn('a/client', 'a/v2'), 'TCP 9090');
        assert.equal(c.conn('a/client', 'a/udp'), 'nothing', 'a UDP port named http does not match TCP http');
        assert.equal(c.conn('a/client', 'a/none'), 'nothing');
    });
    it('a port range on egress intersected with a named port on ingress', () => {
        const c = cluster(pod('a', 'client', { app: 'client' }) +
            pod('a', 'low', { app: 'api' }, [{ name: 'http', port: 8080 }]) +
            pod('a', 'high', { app: 'api' }, [{ name: 'http', port: 9443 }]) +
            policy('a', 'egress', { podSelector: { matchLabels: { app: 'client' } }, egress: [{ ports: [{ port: 8000, endPort: 9000 }] }] }) +
            policy('a', 'ingress', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ ports: [{ port: 'http' }] }] }));
        assert.equal(c.conn('a/client', 'a/low'), 'TCP 8080');
        assert.equal(c.conn('a/client', 'a/high'), 'nothing', '9443 is outside 8000-9000');
        assert.equal(c.conn('a/client', '8.8.8.8'), 'TCP 8000-9000');
    });
    it('named ports on egress resolve on the destination, and to nothing for addresses', () => {
        const c = cluster(pod('a', 'client', { app: 'client' }) +
            pod('a', 'api', { app: 'api' }, [{ name: 'metrics', port: 9100 }]) +
            policy('a', 'egress', { podSelector: { matchLabels: { app: 'client' } }, egress: [{ ports: [{ port: 'metrics' }] }] }));
        assert.equal(c.conn('a/client', 'a/api'), 'TCP 9100');
        assert.equal(c.conn('a/client', '8.8.8.8'), 'nothing');
    });
    it('an egress policy that forgets DNS blocks it', () => {
        const c = cluster(ns('kube-system') +
            pod('kube-system', 'coredns', { 'k8s-app': 'kube-dns' }, [{ name: 'dns', port: 53, protocol: 'UDP' }]) +
            pod('shop', 'worker', { app: 'worker' }) +
            pod('shop', 'db', { app: 'db' }) +
            policy('shop', 'worker', { podSelector: { matchLabels: { app: 'worker' } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 5432 }] }] }));
        assert.equal(c.conn('shop/worker', 'shop/db'), 'TCP 5432');
        assert.equal(c.conn('shop/worker', 'kube-system/coredns'), 'nothing');
    });
    it('a pod can always reach itself, even under deny-all', () => {
        const { model, engine } = cluster(pod('a', 'px', { app: 'x' }) + pod('a', 'py', { app: 'x' }) + policy('a', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
        const [x, y] = model.pods;
        assert.equal(evaluate(model, { kind: 'pod', pod: x }, { kind: 'pod', pod: x }).conn.toString(), 'all ports');
        assert.equal(engine.connPods(x, x).toString(), 'all ports');
        assert.equal(engine.connPods(x, y).toString(), 'nothing', 'another pod of the same class is not itself');
    });
    it('hostNetwork pods are node traffic by default: not selected, not matched by selectors', () => {
        const text = pod('a', 'agent', { app: 'agent' }, [], '\n  hostNetwork: true') +
            pod('a', 'db', { app: 'db' }) +
            pod('a', 'web', { app: 'web' }) +
            policy('a', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }) +
            policy('a', 'db', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'agent' } } }] }] }) +
            policy('a', 'web', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/24' } }] }] }) +
            policy('a', 'agent', { podSelector: { matchLabels: { app: 'agent' } }, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: { matchLabels: { app: 'db' } } }] }] });
        const node = cluster(text);
        assert.equal(node.conn('a/agent', 'a/db'), 'nothing', 'the podSelector does not see a hostNetwork pod');
        assert.equal(node.conn('a/db', 'a/agent'), 'nothing', "db's egress is denied");
        assert.equal(node.conn('a/agent', 'a/web'), 'nothing', 'node address unknown: no ipBlock matches it');
        assert.equal(node.conn('a/agent', '8.8.8.8'), 'all ports', 'the deny-all policy does not isolate a hostNetwork pod');
        const withNode = cluster(text + `apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\nstatus:\n  addresses: [{type: InternalIP, address: 10.0.0.5}]\n`);
        assert.equal(withNode.conn('a/agent', 'a/web'), 'all ports', 'an ipBlock holding a node address matches node traffic');
        const asPod = cluster(text, { hostNetwork: 'pod' });
        assert.equal(asPod.conn('a/agent', 'a/db'), 'all ports', 'pod mode: the hostNetwork pod is selected like any pod');
        assert.equal(asPod.conn('a/agent', '8.8.8.8'), 'nothing', 'pod mode: its egress is isolated');
    });
});
//# sourceMappingURL=semantics.test.js.map