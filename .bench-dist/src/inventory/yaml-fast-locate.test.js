import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { fastYamlOffset } from './yaml-fast-locate.js';
import { blockSequenceItems, yamlOffset } from './source.js';
import { loadText, splitYamlDocuments } from './load.js';
import { joinPointer } from './pointer.js';
const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Every pointer into a value, plus a missing child of each container. */
function pointers(value, base = '') {
    const out = [base];
    if (Array.isArray(value)) {
        value.forEach((v, i) => out.push(...pointers(v, joinPointer(base, i))));
        out.push(joinPointer(base, value.length));
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            out.push(...pointers(v, joinPointer(base, k)));
        out.push(joinPointer(base, 'no-such-key'), joinPointer(base, 'no-such-key', 'x'));
    }
    else
        out.push(joinPointer(base, 'below-a-scalar'));
    return out;
}
/** Asserts the fast path agrees with the full parse wherever it answers; returns how often it answered. */
function compare(text, name) {
    let answered = 0;
    let total = 0;
    for (const chunk of splitYamlDocuments(text)) {
        const doc = parseDocument(text.slice(chunk.start, chunk.end), { uniqueKeys: false });
        if (doc.errors.length)
            continue;
        const node = doc.contents;
        for (const p of pointers(doc.toJS())) {
            const segments = p === '' ? [] : p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            const fast = fastYamlOffset(text, chunk.start, chunk.end, segments);
            total++;
            if (fast === undefined)
                continue;
            answered++;
            const exact = chunk.start + yamlOffset(node, segments);
            assert.equal(fast, exact, `${name}: ${p} → fast ${JSON.stringify(text.slice(fast, fast + 20))} vs exact ${JSON.stringify(text.slice(exact, exact + 20))}`);
        }
    }
    return { answered, total };
}
const TRICKY = `# comment
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web   # trailing comment
  labels:
    "app.kubernetes.io/name": web
    'quoted': x
  annotations:
    description: >
      folded text: with a colon
      - and a dash
    script: |
      key: not a key
      - not an item
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx
        args:
        - --flag
        -   spaced
        -
          name: nested-on-next-line
        env:
          - name: A
            value: "1"
          - name: B

            value: x
        securityContext: {privileged: true}
        ports: [80, 443]
      -   name: second
          command: ["sh"]
      initContainers:
        -
          name: init
      volumes:
      - name: empty
        emptyDir:
      - name: plain
        multi: this is
          a multi-line
          plain scalar
      nodeSelector:
        disk: ssd
---
apiVersion: v1
kind: ConfigMap
metadata: {name: flow}
data:
  k: v
`;
describe('fast YAML locator agrees with the full parse', () => {
    it('on a document full of corner cases', () => {
        const { answered, total } = compare(TRICKY, 'tricky');
        assert.ok(answered > total * 0.8, `answered ${answered} of ${total}`);
    });
    it('with CRLF line endings', () => {
        compare(TRICKY.replace(/\n/g, '\r\n'), 'crlf');
    });
    it('declines anchors, tags, explicit keys and merge keys', () => {
        for (const doc of ['a: &x {b: 1}\nc: *x\n', 'a: !!str 1\n', '? a\n: 1\n', 'base: &b {x: 1}\nd:\n  <<: *b\n']) {
            assert.equal(fastYamlOffset(doc, 0, doc.length, ['a']), undefined, doc);
        }
    });
    it('on every YAML file of the demo and the test fixtures', () => {
        const files = [];
        const walk = (d) => {
            for (const e of readdirSync(d)) {
                const p = join(d, e);
                if (statSync(p).isDirectory())
                    walk(p);
                else if (/\.ya?ml$/.test(e))
                    files.push(p);
            }
        };
        for (const d of ['demo', 'test/fixtures']) {
            try {
                walk(join(root, d));
            }
            catch {
                /* not there yet */
            }
        }
        for (const f of files)
            compare(readFileSync(f, 'utf8'), f);
    });
});
describe('YAML List items: indexed once, located in their own slice, the same answers as a full parse', () => {
    const item = (name, extra = '') => `- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: ${name}\n  spec:\n    containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n${extra}`;
    const SHAPES = {
        'kubectl get -o yaml': `apiVersion: v1\nitems:\n${item('a')}${item('b')}${item('c')}kind: List\nmetadata:\n  resourceVersion: ""\n`,
        'items indented under their key': `apiVersion: v1\nkind: List\nitems:\n${(item('a') + item('b')).replace(/^/gm, '  ')}`,
        'a tab in a comment': `apiVersion: v1\nkind: List\n# a\ttab\nitems:\n${item('a', '    # another\ttab\n')}${item('b')}`,
        'block scalars with dashes at the item column': `apiVersion: v1\nkind: List\nitems:\n${item('a', '  data:\n    script: |\n      - not an item\n      # nor a comment\n')}${item('b')}`,
        'flow-style items': `apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {hostPID: true}}\n- {apiVersion: v1, kind: Pod, metadata: {name: b}, spec: {hostPID: true}}\n`,
        'a flow sequence of items': `apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: Pod, metadata: {name: a}}, {apiVersion: v1, kind: Pod, metadata: {name: b}}]\n`,
        'anchors and aliases across items': `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec: &spec\n    hostPID: true\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: b}\n  spec: *spec\n`,
        'a root sequence of objects': `${item('a')}${item('b')}`,
    };
    for (const [name, text] of Object.entries(SHAPES)) {
        it(name, () => {
            const inventory = loadText(text, 'list.yaml');
            assert.deepEqual(inventory.diagnostics, []);
            assert.ok(inventory.objects.length >= 2);
            const [chunk] = splitYamlDocuments(text);
            const exact = parseDocument(text.slice(chunk.start, chunk.end), { uniqueKeys: false }).contents;
            for (const [i, o] of inventory.objects.entries()) {
                const prefix = text.startsWith('- ') ? `/${i}` : `/items/${i}`;
                const all = pointers(JSON.parse(JSON.stringify(o.object)));
                const found = o.locateAll(all);
                all.forEach((p, k) => {
                    const segments = (prefix + p).slice(1).split('/');
                    const want = chunk.start + yamlOffset(exact, segments);
                    const got = found[k];
                    const expected = positionOf(text, want);
                    assert.deepEqual([got.line, got.column], [expected.line, expected.column], `${name}: item ${i} ${p}`);
                });
            }
        });
    }
    it('the item index: one pass, items end where the sequence does', () => {
        const text = SHAPES['kubectl get -o yaml'];
        const starts = blockSequenceItems(text, 0, text.length, 'items');
        assert.deepEqual(starts?.map((s) => text.slice(s, s + 14)), ['- apiVersion: ', '- apiVersion: ', '- apiVersion: ', 'kind: List\nmet']);
        assert.equal(blockSequenceItems(SHAPES['a flow sequence of items'], 0, SHAPES['a flow sequence of items'].length, 'items'), null);
        assert.equal(blockSequenceItems(SHAPES['a tab in a comment'], 0, SHAPES['a tab in a comment'].length, 'items')?.length, 3, 'a tab in a comment is not indentation');
    });
});
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
//# sourceMappingURL=yaml-fast-locate.test.js.map