import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadInventory, loadText, splitYamlDocuments } from './load.js';
import { yaml } from '../checks/testing.js';
const pod = (name) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;
describe('loader: bad input becomes diagnostics, the rest still loads', () => {
    it('unparsable YAML names file and line; later documents still load', () => {
        const inv = loadText(`${pod('a')}---\napiVersion: v1\nkind: Pod\nmetadata: {name: [x\n---\n${pod('b')}`, 'm.yaml');
        assert.deepEqual(inv.objects.map((o) => [o.name, o.origin.document]), [
            ['a', 0],
            ['b', 2],
        ]);
        assert.equal(inv.diagnostics.length, 1);
        const d = inv.diagnostics[0];
        assert.equal(d.code, 'yaml-syntax');
        assert.equal(d.file, 'm.yaml');
        assert.ok(d.line >= 12 && d.line <= 13, `line ${d.line}`);
    });
    it('duplicate mapping keys are a YAML error, as kubectl reports them', () => {
        const inv = loadText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n', 'dup.yaml');
        assert.equal(inv.diagnostics[0].code, 'yaml-syntax');
        assert.equal(inv.diagnostics[0].line, 5);
    });
    it('unparsable JSON reports the line of the error', () => {
        const inv = loadText('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "a",}\n}\n', 'bad.json');
        assert.equal(inv.objects.length, 0);
        assert.equal(inv.diagnostics.length, 1);
        assert.equal(inv.diagnostics[0].file, 'bad.json');
        assert.equal(inv.diagnostics[0].line, 4);
    });
    it('an item of a List or sequence of objects that is not a mapping', () => {
        const inv = loadText(`- ${pod('a').replace(/\n/g, '\n  ')}\n- just text\n---\n${pod('ok')}`, 'seq.yaml');
        assert.deepEqual(inv.diagnostics.map((d) => [d.code, d.line, d.message]), [['not-a-mapping', 10, 'document ([1]) is not a Kubernetes object: expected a mapping, got "just text"']]);
        assert.deepEqual(inv.objects.map((o) => o.name), ['a', 'ok']);
    });
    it('missing apiVersion, kind and metadata.name each name the line', () => {
        const inv = loadText(yaml `
        kind: Pod
        metadata: {name: a}
        ---
        apiVersion: v1
        metadata: {name: b}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          labels: {a: b}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: fine}
      `, 'missing.yaml');
        assert.deepEqual(inv.diagnostics.map((d) => [d.code, d.line, d.message.match(/"([a-zA-Z.]+)"/)?.[1]]), [
            ['missing-field', 1, 'apiVersion'],
            ['missing-field', 4, 'kind'],
            ['missing-field', 9, 'metadata.name'],
        ]);
        assert.deepEqual(inv.objects.map((o) => o.name), ['fine']);
    });
    it('fields of the wrong type are reported with their line, as the API server would reject them', () => {
        const inv = loadText(yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, labels: {tier: 3}}
        spec:
          template:
            spec:
              containers:
              - name: app
                image: x
                envFrom: {secretRef: {name: s}}
                ports:
                - containerPort: "8080"
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: fine}
      `, 'typed.yaml');
        assert.equal(inv.diagnostics.length, 1);
        const [d] = inv.diagnostics;
        assert.equal(d.code, 'invalid-field');
        assert.equal(d.line, 3);
        assert.match(d.message, /Deployment "d" would be rejected by the API server: \/metadata\/labels\/tier must be a string; \/spec\/template\/spec\/containers\/0\/envFrom must be a list; \/spec\/template\/spec\/containers\/0\/ports\/0\/containerPort must be an integer/);
        assert.deepEqual(inv.objects.map((o) => o.name), ['fine']);
    });
    it('a duplicate object inside one input is reported at the copy and points at the original', () => {
        const inv = loadInventory([
            { file: 'one.yaml', content: pod('a') },
            { file: 'two.yaml', content: `${pod('b')}---\n${pod('b')}` },
        ]);
        assert.equal(inv.objects.length, 2);
        assert.equal(inv.diagnostics.length, 1);
        assert.equal(inv.diagnostics[0].code, 'duplicate-object');
        assert.equal(inv.diagnostics[0].file, 'two.yaml');
        assert.equal(inv.diagnostics[0].line, 10);
        assert.match(inv.diagnostics[0].message, /two\.yaml:1 in the same input/);
    });
    it('a duplicate item inside one kubectl List is a diagnostic', () => {
        const item = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' } };
        const inv = loadText(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [item, item] }, null, 2), 'all.json');
        assert.deepEqual(inv.diagnostics.map((d) => [d.code, d.line]), [['duplicate-object', 13]]);
        assert.equal(inv.objects.length, 1);
    });
    it('copies of one identity in different files are all kept; lookups by identity give the last', () => {
        const dev = pod('web').replace('image: nginx', 'image: nginx:dev');
        const prod = pod('web').replace('image: nginx', 'image: nginx:prod');
        const inv = loadInventory([
            { file: 'dev/web.yaml', content: dev },
            { file: 'prod/web.yaml', content: `${pod('other')}---\n${prod}` },
        ]);
        assert.deepEqual(inv.diagnostics, [], 'copies in different files are not an input error');
        assert.deepEqual(inv.ofKind('Pod').map((o) => `${o.file}:${o.name}`), ['dev/web.yaml:web', 'prod/web.yaml:other', 'prod/web.yaml:web']);
        const [devCopy, , prodCopy] = inv.ofKind('Pod');
        assert.equal(inv.get('Pod', 'default', 'web'), prodCopy);
        assert.equal(inv.isShadowed(devCopy), true);
        assert.equal(inv.isShadowed(prodCopy), false);
        assert.deepEqual(inv.copiesOf(devCopy), [devCopy, prodCopy]);
        assert.deepEqual(inv.effective('Pod').map((o) => `${o.file}:${o.name}`), ['prod/web.yaml:other', 'prod/web.yaml:web']);
        assert.equal(inv.effective().length, 2);
        assert.equal(inv.copyDiscriminator(devCopy), 'dev/web.yaml');
        assert.equal(inv.copyDiscriminator(inv.get('Pod', 'default', 'other')), '');
        assert.deepEqual(inv.notes.map((n) => [n.severity, n.code, n.file, n.line]), [['info', 'object-copies', 'prod/web.yaml', 10]]);
        assert.match(inv.notes[0].message, /Pod "default\/web" has 2 copies \(dev\/web\.yaml:1, prod\/web\.yaml:10\)/);
    });
    it('same name in another namespace or kind is not a duplicate', () => {
        const inv = loadText(`${pod('a')}---\n${pod('a').replace('name: a', 'name: a\n  namespace: other')}---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n`);
        assert.deepEqual(inv.diagnostics, []);
        assert.equal(inv.objects.length, 3);
    });
    it('binary and non-UTF-8 files are errors; empty and comments-only files are info notes; empty stdin is an error', () => {
        const inv = loadInventory([
            { file: 'bin.yaml', content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]) },
            { file: 'latin1.yaml', content: Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]) },
            { file: 'empty.yaml', content: Buffer.alloc(0) },
            { file: 'comments.yaml', content: '# nothing here\n---\n' },
            { file: '<stdin>', content: Buffer.alloc(0) },
            { file: 'ok.yaml', content: pod('a') },
        ]);
        assert.deepEqual(inv.diagnostics.map((d) => [d.file, d.code]), [
            ['bin.yaml', 'binary-file'],
            ['latin1.yaml', 'binary-file'],
            ['<stdin>', 'empty-file'],
        ]);
        assert.deepEqual(inv.notes.map((d) => [d.file, d.severity, d.code]), [
            ['empty.yaml', 'info', 'empty-file'],
            ['comments.yaml', 'info', 'empty-file'],
        ]);
        assert.equal(inv.objects.length, 1);
    });
});
describe('loader: lists and kubectl output', () => {
    it('kind: List in YAML with items located by line', () => {
        const inv = loadText(yaml `
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata: {name: a}
          spec:
            containers:
            - name: c
              image: nginx
        - apiVersion: v1
          kind: Service
          metadata: {name: s, namespace: web}
      `);
        assert.deepEqual(inv.objects.map((o) => `${o.kind}/${o.namespace}/${o.name}`), ['Pod/default/a', 'Service/web/s']);
        assert.equal(inv.objects[0].locate('/spec/containers/0/image').line, 10);
        assert.equal(inv.objects[1].locate('').line, 11);
        assert.deepEqual(inv.objects[1].origin, { document: 0, item: 1 });
    });
    it('typed lists (PodList) supply apiVersion and kind to items that lack them', () => {
        const inv = loadText('{"apiVersion":"v1","kind":"PodList","items":[{"metadata":{"name":"a","namespace":"x"},"spec":{}}]}', 'pods.json');
        assert.equal(inv.objects[0].ref.kind, 'Pod');
        assert.equal(inv.objects[0].ref.apiVersion, 'v1');
    });
    it('JSON List (kubectl get -A -o json): positions of fields in items', () => {
        const items = [0, 1, 2].map((i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}`, namespace: 'n' }, spec: { containers: [{ name: 'c', image: 'x', securityContext: { privileged: true } }] } }));
        const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } }, null, 2);
        const inv = loadText(text, 'all.json');
        const expectedLine = text.split('\n').findIndex((l, i, all) => l.includes('"privileged"') && all.slice(0, i).join('\n').includes('"p2"')) + 1;
        assert.equal(inv.objects[2].locate('/spec/containers/0/securityContext/privileged').line, expectedLine);
        assert.equal(inv.objects[2].locate('/spec/containers/0/securityContext/privileged').column, 15);
    });
    it('a JSON array of objects and a single JSON object', () => {
        const inv = loadInventory([
            { file: 'arr.json', content: '[{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"x"}}]' },
            { file: 'one.json', content: '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"y"}}' },
        ]);
        assert.deepEqual(inv.objects.map((o) => o.name), ['x', 'y']);
        assert.equal(inv.objects[0].namespace, undefined, 'Namespace is cluster-scoped');
    });
    it('a stream of concatenated JSON objects, as kubectl decodes it', () => {
        const one = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { hostPID: true } }, null, 2);
        const inv = loadText(`${one}\n${one.replace('"a"', '"b"')}\n`, 'stream.json');
        assert.deepEqual(inv.diagnostics, []);
        assert.deepEqual(inv.objects.map((o) => o.name), ['a', 'b']);
        assert.equal(inv.objects[1].locate('/spec/hostPID').line, 18);
        assert.deepEqual(inv.objects[1].origin, { document: 1 });
    });
    it('an empty List is valid input, not an empty file', () => {
        const inv = loadText('apiVersion: v1\nkind: List\nitems: []\n');
        assert.deepEqual(inv.diagnostics, []);
    });
});
describe('loader: YAML as Kubernetes decodes it', () => {
    it('YAML 1.1 scalars: yes/on are booleans, 0644 is octal, timestamps stay strings', () => {
        // and so a ConfigMap value `yes` is a boolean, which the API server rejects
        assert.match(loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {enabled: yes}\n').diagnostics[0]?.message ?? '', /\/data\/enabled must be a string/);
        const inv = loadText('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a, creationTimestamp: 2024-01-01T00:00:00Z}\nspec: {a: yes, b: on, c: 0644, d: 0x10, e: "0644", f: 1_000}\n');
        const o = inv.objects[0].object;
        assert.deepEqual(o.spec, { a: true, b: true, c: 420, d: 16, e: '0644', f: 1000 });
        assert.equal(o.metadata.creationTimestamp, '2024-01-01T00:00:00Z');
    });
    it('document markers: inline content, `...` ends, markers inside text are not split', () => {
        const chunks = splitYamlDocuments('a: 1\n--- {b: 2}\n...\nc: |\n  ---not a marker\n----\nd: 4\n');
        assert.equal(chunks.length, 3);
        assert.deepEqual(chunks.map((c) => c.line), [1, 2, 4]);
    });
    it('BOM and CRLF line endings', () => {
        const inv = loadText('\ufeffapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\nspec:\r\n  hostPID: true\r\n');
        assert.deepEqual(inv.diagnostics, []);
        assert.equal(inv.objects[0].locate('/spec/hostPID').line, 6);
    });
    it('namespaced objects default to "default"; cluster-scoped ones have none', () => {
        const inv = loadText(`${pod('a')}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r, namespace: ignored}\n`);
        assert.equal(inv.objects[0].namespace, 'default');
        assert.equal(inv.objects[1].namespace, undefined);
    });
    it('component configs (KubeletConfiguration...) need no metadata: named after the file, no namespace', () => {
        const inv = loadText('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n', 'nodes/worker-1.yaml');
        assert.deepEqual(inv.diagnostics, []);
        assert.deepEqual(inv.objects[0].ref, { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration', namespace: undefined, name: 'worker-1' });
    });
    it('a YAML 1.1 boolean where a string belongs gets a hint to quote it', () => {
        const inv = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: no\n');
        assert.equal(inv.diagnostics[0].line, 5);
        assert.match(inv.diagnostics[0].message, /got false: YAML reads y\/n, yes\/no and on\/off as booleans; quote it/);
        const named = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: on\n');
        assert.deepEqual([named.diagnostics[0].code, named.diagnostics[0].line], ['invalid-field', 4]);
        assert.match(named.diagnostics[0].message, /metadata.name must be a string \(got true: YAML reads/);
    });
    it('a missing field locates to its nearest existing ancestor', () => {
        const inv = loadText(pod('a'));
        assert.equal(inv.objects[0].locate('/spec/containers/0/securityContext/runAsNonRoot').line, 7);
    });
});
describe('inventory', () => {
    it('a snapshot reports each pod template once, on the top controller in the input', () => {
        const owned = (kind, name, owner) => `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ns1\n${owner ? `  ownerReferences: [{apiVersion: apps/v1, kind: ${owner[0]}, name: ${owner[1]}, uid: u, controller: true}]\n` : ''}spec:\n  template:\n    spec:\n      containers: [{name: c, image: x}]\n`;
        const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-abc-1\n  namespace: ns1\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-abc, uid: u, controller: true}]\nspec:\n  containers: [{name: c, image: x}]\n';
        const orphan = pod.replace(/web-abc-1/, 'orphan-1').replace('name: web-abc,', 'name: gone,');
        const inv = loadText([owned('Deployment', 'web'), owned('ReplicaSet', 'web-abc', ['Deployment', 'web']), pod, orphan].join('---\n'));
        assert.deepEqual(inv.podSpecs().map((v) => `${v.owner.kind}/${v.owner.name}`), ['Deployment/web', 'Pod/orphan-1']);
    });
    it('knows undeclared namespaces and pod templates of every kind', () => {
        const inv = loadText(yaml `
        apiVersion: v1
        kind: Namespace
        metadata: {name: declared, labels: {team: a}}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c, namespace: undeclared}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers: [{name: a, image: x}]
                  initContainers: [{name: i, image: x}]
      `);
        assert.deepEqual(inv.namespaces().map((n) => [n.name, n.declared !== undefined]), [
            ['declared', true],
            ['undeclared', false],
        ]);
        const [view] = inv.podSpecs();
        assert.equal(view.pointer, '/spec/jobTemplate/spec/template/spec');
        assert.equal(inv.get('CronJob', 'undeclared', 'c')?.kind, 'CronJob');
        assert.deepEqual(inv.inNamespace('CronJob', 'undeclared').map((o) => o.name), ['c']);
        assert.deepEqual(inv.withLabel('Namespace', 'kubernetes.io/metadata.name', 'declared'), []);
        assert.deepEqual(inv.withLabel('Namespace', 'team', 'a').map((o) => o.name), ['declared']);
        assert.deepEqual(view.containers.map((c) => c.pointer), ['/spec/jobTemplate/spec/template/spec/containers/0', '/spec/jobTemplate/spec/template/spec/initContainers/0']);
    });
});
//# sourceMappingURL=load.test.js.map