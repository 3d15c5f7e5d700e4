import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import jsyaml from 'js-yaml';
import { collect, jsonChunks, OutputError, streamed, writeChunks, yamlChunks } from './stream.js';

function* numbers(n: number): Generator<{ i: number; s: string }> {
  for (let i = 0; i < n; i++) yield { i, s: `item "${i}"\nline two` };
}

describe('jsonChunks', () => {
  it('prints what JSON.stringify(value, null, 2) prints, streamed arrays included', () => {
    const docs = (lazy: boolean) => {
      const wrap = <T>(items: Iterable<T>) => (lazy ? streamed(items) : [...items]);
      return [
        { a: 1, list: [1, 2], items: wrap(numbers(3)), nested: { deep: wrap([]), x: 'y' }, skip: undefined },
        { only: wrap([{ a: [] }, { b: {} }]) },
        [wrap([1]), 2],
        { empty: {} },
      ];
    };
    const plain = docs(false);
    docs(true).forEach((doc, i) => assert.equal(collect(jsonChunks(doc)), JSON.stringify(plain[i], null, 2)));
  });

  it('does not build the array: items are produced as the output is read, a bounded batch at a time', () => {
    let produced = 0;
    function* lazy() {
      for (let i = 0; i < 10_000; i++) {
        produced++;
        yield { i };
      }
    }
    const chunks = jsonChunks({ items: streamed(lazy()) })[Symbol.iterator]();
    for (let i = 0; i < 5; i++) chunks.next();
    assert.ok(produced > 0 && produced <= 2_000, `${produced} items produced for 5 chunks`);
  });

  it('writes batches of items exactly as one JSON.stringify, at every depth', () => {
    const items = Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? [] : i % 5 === 0 ? { s: `a\n"${i}"`, n: [i, { x: null }] } : i % 3 === 0 ? 'text' : i));
    for (const doc of [items, { a: items }, { a: { b: [1, { c: items }] } }, { empty: [] }]) {
      const lazy = JSON.parse(JSON.stringify(doc), (_k, v: unknown) => (v === items || (Array.isArray(v) && v.length === 600) ? streamed(v as unknown[]) : v)) as unknown;
      assert.equal(collect(jsonChunks(lazy)), JSON.stringify(doc, null, 2));
    }
  });
});

describe('yamlChunks', () => {
  it('reads back as the same document', () => {
    const doc = { version: '2.0', map: { a: 'yes', b: [1, 2] }, items: streamed(numbers(4)), none: streamed([]) };
    const text = collect(yamlChunks(doc));
    assert.deepEqual(jsyaml.load(text), { version: '2.0', map: { a: 'yes', b: [1, 2] }, items: [...numbers(4)], none: [] });
  });
});

describe('writeChunks', () => {
  it('respects back-pressure and delivers every byte in order', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk, _enc, done) {
        received.push(String(chunk));
        setImmediate(done);
      },
    });
    const parts = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(50)}\n`);
    assert.equal(await writeChunks(parts, slow), 'done');
    assert.equal(received.join(''), parts.join(''));
  });

  it('stops producing when the reader has gone (EPIPE), without throwing', async () => {
    let produced = 0;
    function* endless() {
      for (;;) {
        produced++;
        yield 'x'.repeat(1024);
      }
    }
    const closed = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    closed.on('error', () => {});
    assert.equal(await writeChunks(endless(), closed), 'closed');
    assert.ok(produced < 10_000, `${produced} chunks produced after the reader left`);
  });

  it('reports other write errors as OutputError', async () => {
    const full = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    full.on('error', () => {});
    await assert.rejects(writeChunks(['a'.repeat(100_000)], full), OutputError);
  });
});
