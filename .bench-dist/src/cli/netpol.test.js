import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
const root = fileURLToPath(new URL('../../../', import.meta.url));
function run(argv) {
    let out = '';
    let err = '';
    const io = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: process.cwd() };
    return main(argv, io).then((code) => ({ code, out, err }));
}
const CLUSTER = `apiVersion: v1
kind: Namespace
metadata: {name: web, labels: {team: web}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: front, namespace: web}
spec:
  template:
    metadata: {labels: {app: front}}
    spec:
      containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: pg, namespace: db}
spec:
  template:
    metadata: {labels: {app: pg}}
    spec:
      containers: [{name: c, image: x, ports: [{name: pg, containerPort: 5432}]}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: pg, namespace: db}
spec:
  podSelector: {matchLabels: {app: pg}}
  ingress:
  - from: [{namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: front}}}]
    ports: [{port: pg}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: front-egress, namespace: web}
spec:
  podSelector: {matchLabels: {app: front}}
  policyTypes: [Egress]
  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: db}}}]
    ports: [{port: 5432}]
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]
    ports: [{port: 443}]
`;
function write(name, text) {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-netpol-'));
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
}
const ALL_V4 = '{"ipRange":"0.0.0.0-255.255.255.255","cidrs":["0.0.0.0/0"]}';
const PG = '{"kind":"StatefulSet","namespace":"db","name":"pg"}';
const FRONT = '{"kind":"Deployment","namespace":"web","name":"front"}';
const R = (range, cidrs) => JSON.stringify({ ipRange: range, cidrs });
const R1 = R('0.0.0.0-9.255.255.255', ['0.0.0.0/5', '8.0.0.0/7']);
const R2 = R('10.0.0.0-10.0.255.255', ['10.0.0.0/16']);
const R3 = R('10.1.0.0-10.1.255.255', ['10.1.0.0/16']);
const R4 = R('10.2.0.0-10.255.255.255', ['10.2.0.0/15', '10.4.0.0/14', '10.8.0.0/13', '10.16.0.0/12', '10.32.0.0/11', '10.64.0.0/10', '10.128.0.0/9']);
const R5 = R('11.0.0.0-255.255.255.255', ['11.0.0.0/8', '12.0.0.0/6', '16.0.0.0/4', '32.0.0.0/3', '64.0.0.0/2', '128.0.0.0/1']);
describe('rampart netpol map', () => {
    it('prints the JSON contract, hand-checked: named ports, AND peers, ipBlock split per direction', async () => {
        const { code, out, err } = await run(['netpol', 'map', '-f', write('c.yaml', CLUSTER), '-o', 'json']);
        assert.equal(err, '');
        assert.equal(code, 0);
        const line = (src, dst, ports) => `    {"src":${src},"dst":${dst},"ports":${ports}}`;
        const expected = [
            line(PG, FRONT, '"all"'),
            ...[R1, R2, R3, R4, R5].map((r) => line(PG, r, '"all"')),
            line(FRONT, PG, '[{"protocol":"TCP","from":5432,"to":5432}]'),
            line(FRONT, R2, '[{"protocol":"TCP","from":443,"to":443}]'),
            line(FRONT, R4, '[{"protocol":"TCP","from":443,"to":443}]'),
            line(ALL_V4, FRONT, '"all"'),
        ];
        assert.equal(out, `{\n  "connections": [\n${expected.join(',\n')}\n  ]\n}\n`);
    });
    it('table, CSV, YAML and Mermaid show the same connections', async () => {
        const path = write('c.yaml', CLUSTER);
        const table = (await run(['netpol', 'map', path])).out;
        assert.match(table, /Deployment\/web\/front\s+StatefulSet\/db\/pg\s+TCP 5432\n/);
        assert.match(table, /0\.0\.0\.0\/0 \(metadata, private, internet\)\s+Deployment\/web\/front\s+all\n/);
        assert.match(table, /10 allowed connection\(s\)\./);
        const csv = (await run(['netpol', 'map', path, '-o', 'csv'])).out.split('\r\n');
        assert.equal(csv[0], 'src,dst,ports,src_names,dst_names');
        assert.ok(csv.includes('Deployment/web/front,StatefulSet/db/pg,TCP 5432,,'));
        assert.ok(csv.includes('Deployment/web/front,10.0.0.0/16,TCP 443,,private'));
        assert.equal(csv.length, 12, 'header, 10 rows, trailing newline');
        const mermaid = (await run(['netpol', 'map', path, '-o', 'mermaid'])).out;
        assert.match(mermaid, /^flowchart LR\n/);
        assert.match(mermaid, /w1 -->\|"TCP 5432"\| w0/);
        const yaml = (await run(['netpol', 'map', path, '-o', 'yaml'])).out;
        assert.match(yaml, /^connections:\n {2}- src:\n/);
    });
    it('-n keeps connections from or to the namespace; --cidr splits and names a range', async () => {
        const path = write('c.yaml', CLUSTER);
        const scoped = JSON.parse((await run(['netpol', 'map', path, '-o', 'json', '-n', 'db'])).out);
        assert.equal(scoped.connections.length, 7);
        const named = (await run(['netpol', 'map', path, '--cidr', 'vpc=10.1.2.0/24'])).out;
        assert.match(named, /StatefulSet\/db\/pg\s+10\.1\.2\.0\/24 \(vpc, private\)\s+all\n/);
        assert.doesNotMatch(named, /Deployment\/web\/front\s+10\.1\.2\.0\/24/, 'excepted range stays closed');
        const bad = await run(['netpol', 'map', path, '--cidr', 'oops']);
        assert.equal(bad.code, 2);
        assert.match(bad.err, /expected NAME=CIDR/);
    });
    it('a policy the API server would reject is reported with file and line, ignored, and exits 2', async () => {
        const path = write('bad.yaml', CLUSTER + `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: broken, namespace: web}\nspec:\n  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/33}}]\n`);
        const { code, out, err } = await run(['netpol', 'map', path, '-o', 'json']);
        assert.equal(code, 2);
        assert.match(err, /bad\.yaml:\d+:\d+: error: NetworkPolicy "web\/broken" would be rejected by the API server and is ignored: ipBlock.cidr "10.0.0.0\/33" is not a valid CIDR/);
        assert.equal(JSON.parse(out).connections.length, 10, 'the rest is analysed as if it were absent');
    });
    it('-o dot is valid Graphviz: rendered by dot when installed, else parsed', async () => {
        const { out } = await run(['netpol', 'map', '-f', `${root}demo`, '-o', 'dot']);
        assertValidDot(out);
    });
});
/** Renders with Graphviz's `dot` when installed (.ci/run installs Debian's graphviz); else checks the grammar this writer uses. */
export function assertValidDot(text) {
    const dot = spawnSync('dot', ['-Tsvg'], { input: text, encoding: 'utf8' });
    if (dot.error) {
        process.stderr.write('graphviz is not installed: checking DOT syntax with the built-in parser instead of rendering\n');
        parseDot(text);
        return;
    }
    assert.equal(dot.status, 0, `dot failed: ${dot.stderr}`);
    assert.equal(dot.stderr, '', 'dot printed warnings');
    assert.match(dot.stdout, /<svg/);
}
/** A strict parser for the subset of DOT the writer emits: statements, subgraphs, attribute lists, quoted ids. */
function parseDot(text) {
    const tokens = text.match(/"(?:[^"\\]|\\.)*"|->|[{}[\];=,]|[A-Za-z_][A-Za-z0-9_]*|-?(?:\.\d+|\d+(?:\.\d*)?)|\S/g) ?? [];
    let i = 0;
    const next = () => tokens[i++];
    const expect = (t) => assert.equal(next(), t, `DOT: expected ${t} at token ${i}`);
    const id = () => {
        const t = next();
        assert.ok(t && (/^"/.test(t) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(t) || /^-?(?:\.\d+|\d+(?:\.\d*)?)$/.test(t)), `DOT: expected an id at token ${i}, got ${t}`);
    };
    const attrs = () => {
        expect('[');
        while (tokens[i] !== ']') {
            id();
            expect('=');
            id();
            if (tokens[i] === ',')
                i++;
        }
        expect(']');
    };
    const stmts = () => {
        while (tokens[i] !== '}') {
            if (tokens[i] === 'subgraph') {
                i++;
                id();
                expect('{');
                stmts();
                expect('}');
                continue;
            }
            id();
            if (tokens[i] === '=') {
                i++;
                id();
            }
            else if (tokens[i] === '->') {
                i++;
                id();
                if (tokens[i] === '[')
                    attrs();
            }
            else if (tokens[i] === '[')
                attrs();
            expect(';');
        }
    };
    expect('digraph');
    id();
    expect('{');
    stmts();
    expect('}');
    assert.equal(i, tokens.length, 'DOT: trailing tokens');
}
describe('rampart netpol explain', () => {
    it('names the policy and rule on each side, and decides a single port', async () => {
        const path = write('c.yaml', CLUSTER);
        const text = (await run(['netpol', 'explain', 'web/front', 'db/pg', '-f', path, '--port', '5432'])).out;
        assert.match(text, /Deployment\/web\/front → StatefulSet\/db\/pg on 5432\/TCP: ALLOWED/);
        assert.match(text, /isolated by NetworkPolicy web\/front-egress/);
        assert.match(text, /✓ allows {2}db\/pg ingress\[0\]: from pods app=front in namespaces team=web; ports: TCP 5432/);
        const denied = JSON.parse((await run(['netpol', 'explain', 'front', 'pg', '-f', path, '--port', '80', '-o', 'json'])).out);
        assert.equal(denied.allowed, false);
        assert.deepEqual(denied.egress.policies, ['web/front-egress']);
        assert.deepEqual(denied.egress.rules.map((r) => [r.rule, r.matches, r.allowsPort]), [
            [0, true, false],
            [1, false, false],
        ]);
        const open = (await run(['netpol', 'explain', 'db/pg', '8.8.8.8', '-f', path])).out;
        assert.match(open, /on any port: ALLOWED \(all ports\)/);
        assert.match(open, /no NetworkPolicy selects it for egress: all egress is allowed/);
        assert.match(open, /outside the cluster: NetworkPolicy does not govern its ingress/);
    });
    it('unknown or ambiguous workloads and bad ports are usage errors', async () => {
        const path = write('c.yaml', CLUSTER);
        const missing = await run(['netpol', 'explain', 'web/frnt', 'db/pg', '-f', path]);
        assert.equal(missing.code, 2);
        assert.match(missing.err, /no workload "web\/frnt"/);
        const port = await run(['netpol', 'explain', 'web/front', 'db/pg', '-f', path, '--port', '99999/TCP']);
        assert.equal(port.code, 2);
        assert.match(port.err, /--port "99999\/TCP"/);
    });
});
describe('rampart netpol diff', () => {
    it('lists the connections a change opens and closes, with the ports', async () => {
        const before = write('before.yaml', CLUSTER);
        const after = write('after.yaml', CLUSTER.replace('ports: [{port: 443}]', 'ports: [{port: 443}, {port: 22}]').replace('ports: [{port: pg}]', 'ports: [{port: 5433}]'));
        const { code, out } = await run(['netpol', 'diff', '--before', before, '--after', after, '-o', 'json', '--fail-on-opened']);
        assert.equal(code, 1);
        const doc = JSON.parse(out);
        assert.deepEqual(doc.opened.map((c) => [c.dst.ipRange, c.ports]), [
            ['10.0.0.0-10.0.255.255', [{ protocol: 'TCP', from: 22, to: 22 }]],
            ['10.2.0.0-10.255.255.255', [{ protocol: 'TCP', from: 22, to: 22 }]],
        ]);
        assert.deepEqual(doc.closed, [{ src: JSON.parse(FRONT), dst: JSON.parse(PG), ports: [{ protocol: 'TCP', from: 5432, to: 5432 }] }]);
        const same = await run(['netpol', 'diff', '--before', before, '--after', before]);
        assert.equal(same.out, 'No connection opened or closed.\n');
        assert.equal(same.code, 0);
    });
});
//# sourceMappingURL=netpol.test.js.map