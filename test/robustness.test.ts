import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInventory } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';
import { pssResults } from '../src/analysis/pss/report.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderTable } from '../src/report/table.js';
import { renderJson } from '../src/report/json.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    if (e.startsWith('.')) return []; // as the loader walks directories (demo/.supply-chain is npm start's)
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : /\.(ya?ml|json)$/.test(e) ? [p] : [];
  });
}

/** mulberry32, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['', ':', '- ', '{', '}', '[', ']', '"', "'", '#', '---\n', '...\n', '&a ', '*a', '!!str ', '? ', '<<: ', '\t', 'null', '~', '0x', '"\\u', ' privileged: true', '\n  - name: x\n', 'containers: 7', 'spec: []'];

describe('robustness: mangled manifests never crash the pipeline', () => {
  it('3000 seeded mutations of the demo load, scan and render without throwing', () => {
    const sources = files(join(root, 'demo')).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
    const r = prng(20261123);
    for (let round = 0; round < 3000; round++) {
      const src = sources[Math.floor(r() * sources.length)];
      let text = src.text;
      for (let edits = 1 + Math.floor(r() * 4); edits > 0; edits--) {
        const at = Math.floor(r() * text.length);
        const cut = Math.floor(r() * 12);
        text = text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at + cut);
      }
      try {
        const inventory = loadInventory([{ file: src.file, content: text }]);
        const result = scan(inventory);
        renderSarif(result, { baseDir: root });
        renderJson(result);
        renderTable(result, { colour: false, width: 80 });
        renderTable(result, { colour: false });
        pssResults(inventory);
        for (const d of inventory.diagnostics) assert.ok(d.file && d.message, 'diagnostics name the file and a reason');
      } catch (e) {
        assert.fail(`round ${round} on ${src.file} threw ${(e as Error).stack}\n--- input ---\n${text.slice(0, 2000)}`);
      }
    }
  });
});
