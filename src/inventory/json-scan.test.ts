import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';
import { jsonArrayElementRanges, jsonFieldOffset, jsonFieldOffsets, skipValue } from './json-scan.js';

/** The reference: jsonc-parser's full tree, a property located at its key. */
function reference(text: string, segments: string[]): number {
  const tree = parseTree(text)!;
  let best = tree.offset;
  const path: (string | number)[] = [];
  for (const seg of segments) {
    const parent = findNodeAtLocation(tree, path);
    path.push(parent?.type === 'array' ? Number(seg) : seg);
    const node: Node | undefined = findNodeAtLocation(tree, path);
    if (!node) break;
    best = node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return best;
}

function paths(value: unknown, base: string[] = []): string[][] {
  const out = [base];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...paths(v, [...base, String(i)])));
    out.push([...base, String(value.length)], [...base, 'x']);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...base, k]));
    out.push([...base, 'missing'], [...base, 'missing', 'deeper']);
  } else out.push([...base, 'below']);
  return out;
}

const SAMPLE = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'a "quoted" \\ name', labels: { 'app.kubernetes.io/name': 'x', 'we/ird\\key': 'v' }, annotations: { 'j{s}on': '{"a": [1, 2]}' } },
  spec: {
    containers: [
      { name: 'c', image: 'x', args: ['--a=[', '}', ''], securityContext: { privileged: true, runAsUser: 0 }, ports: [{ containerPort: 80 }] },
      { name: 'd', env: [], resources: {}, n: -1.5e3, z: null, f: false },
    ],
    '': 'empty key',
    'unicode-ü': '\u2028',
  },
};

describe('json scanner agrees with a full JSON parse', () => {
  for (const [name, text] of [
    ['compact', JSON.stringify(SAMPLE)],
    ['indented 2', JSON.stringify(SAMPLE, null, 2)],
    ['indented 4 with CRLF', JSON.stringify(SAMPLE, null, 4).replace(/\n/g, '\r\n')],
  ] as const) {
    it(`${name}: every path, existing or not`, () => {
      for (const p of paths(SAMPLE)) assert.equal(jsonFieldOffset(text, 0, p), reference(text, p), p.join('/'));
    });
  }

  it('locates several fields of one value at once as one at a time', () => {
    const text = JSON.stringify(SAMPLE, null, 2);
    const all = paths(SAMPLE);
    assert.deepEqual(jsonFieldOffsets(text, 0, all), all.map((p) => reference(text, p)));
  });

  it('matches keys written with escapes by their decoded text', () => {
    const text = '{"\\u0061": {"b\\\\c": 1, "x": 2}, "a\\"": 3}';
    assert.equal(jsonFieldOffset(text, 0, ['a']), text.indexOf('"\\u0061"'));
    assert.equal(jsonFieldOffset(text, 0, ['a', 'b\\c']), text.indexOf('"b\\\\c"'));
    assert.equal(jsonFieldOffset(text, 0, ['a"']), text.indexOf('"a\\""'));
    assert.equal(jsonFieldOffset(text, 0, ['\\u0061']), 0);
  });

  it('skips values whatever their contents', () => {
    const text = '{"a": "x\\\\", "b": [1, {"c": "]"}], "d": 12}';
    assert.equal(text.slice(6, skipValue(text, 6)), '"x\\\\"');
    assert.equal(text.slice(18, skipValue(text, 18)), '[1, {"c": "]"}]');
  });

  it('finds the items of a List and of a top-level array', () => {
    const list = JSON.stringify({ apiVersion: 'v1', items: [{ a: 1 }, { b: ']' }], kind: 'List' }, null, 2);
    assert.deepEqual(
      jsonArrayElementRanges(list, 'items').map(([s, e]) => JSON.parse(list.slice(s, e))),
      [{ a: 1 }, { b: ']' }],
    );
    assert.deepEqual(
      jsonArrayElementRanges('[{"x": 1} , {"y": [2]}]', null).map(([s, e]) => '[{"x": 1} , {"y": [2]}]'.slice(s, e)),
      ['{"x": 1}', '{"y": [2]}'],
    );
    assert.deepEqual(jsonArrayElementRanges('{"kind": "List"}', 'items'), []);
  });
});
