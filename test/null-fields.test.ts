/**
 * `null` is "not set" (issue 13, item 11). The API server decodes JSON and YAML into Go structs,
 * where a null leaves a field at its zero value: `securityContext: null`, `limits: null` and
 * `add: null` (common in rendered charts) mean the same as leaving the field out. Property: for
 * every field of every object of the demo, the object with that field set to null loads and scans
 * exactly as the object without the field: same diagnostics, same findings. A null that hid the
 * object (exit 2, no findings) or crashed a check would break it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsyaml from 'js-yaml';
import { loadInventory, type LoadInput } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';
import { KUBERNETES_YAML_SCHEMA } from '../src/inventory/yaml-schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .filter((e) => !e.startsWith('.')) // as the loader walks directories (demo/.supply-chain is npm start's)
    .flatMap((e) => {
      const p = join(dir, e);
      return statSync(p).isDirectory() ? files(p) : /\.(ya?ml|json)$/.test(e) ? [p] : [];
    });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Maps of strings, where a null value is "" rather than absent: their entries are not fields. */
const STRING_MAPS = new Set(['labels', 'annotations', 'matchLabels', 'nodeSelector', 'data', 'stringData', 'binaryData']);

/** Paths of every mapping entry of the object (fields and sub-fields, inside list items too). */
function fieldPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...fieldPaths(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...path, k]);
      if (!STRING_MAPS.has(k)) out.push(...fieldPaths(v, [...path, k]));
    }
  }
  return out;
}

function withField(object: Json, path: readonly (string | number)[], change: 'null' | 'absent'): Json {
  const copy = structuredClone(object) as { [key: string]: Json };
  let parent: Json = copy;
  for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[seg];
  const last = path[path.length - 1] as string;
  if (change === 'null') (parent as Record<string, Json>)[last] = null;
  else delete (parent as Record<string, Json>)[last];
  return copy;
}

describe('null is "not set" wherever a field is optional', () => {
  const demo = files(join(root, 'demo')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const documents = demo.flatMap(({ file, text }) =>
    (/\.json$/.test(file) ? [JSON.parse(text) as Json] : (jsyaml.loadAll(text, undefined, { schema: KUBERNETES_YAML_SCHEMA }) as Json[]))
      .flatMap((d) => (d !== null && typeof d === 'object' && !Array.isArray(d) && Array.isArray(d.items) ? d.items : [d]))
      .filter((d) => d !== null)
      .map((object, index) => ({ file, index, object })),
  );

  it('every field of every demo object set to null scans as the field left out', () => {
    let variants = 0;
    let withFindings = 0;
    for (const { file, index, object } of documents) {
      const paths = fieldPaths(object);
      // the rest of the demo as context (namespaces, service accounts, policies), then one copy of
      // this object per field, one file each: copies in different files are objects of their own.
      // Nulls and absences go in two runs built alike, so that what is reported once per namespace
      // lands on the same copy in both.
      const context: LoadInput[] = demo.filter((d) => d.file !== file).map((d) => ({ file: d.file, content: d.text }));
      const others = documents.filter((d) => d.file === file && d.index !== index).map((d) => ({ file: `${file}#${d.index}`, content: JSON.stringify(d.object) }));
      const run = (change: 'null' | 'absent') => {
        const inventory = loadInventory([...context, ...others, ...paths.map((path, i) => ({ file: `copy/${i}.json`, content: JSON.stringify(withField(object, path, change)) }))]);
        const result = scan(inventory);
        return (i: number): string[] =>
          [
            ...inventory.diagnostics.filter((d) => d.file === `copy/${i}.json`).map((d) => `diagnostic ${d.code}: ${d.message}`),
            ...result.findings.filter((f) => f.location?.file === `copy/${i}.json`).map((f) => `${f.checkId} ${f.location?.path}: ${f.message}`),
          ].sort();
      };
      const nulls = run('null');
      const absences = run('absent');
      paths.forEach((path, i) => {
        const whenNull = nulls(i);
        const whenAbsent = absences(i);
        assert.deepEqual(whenNull, whenAbsent, `${file} document ${index}: /${path.join('/')}: null must mean "not set"`);
        variants++;
        if (whenNull.some((o) => !o.startsWith('diagnostic'))) withFindings++;
      });
    }
    assert.ok(variants > 1000, `${variants} fields tried`);
    assert.ok(withFindings > variants / 4, `findings still appear (${withFindings} of ${variants} variants have findings)`);
  });
});
