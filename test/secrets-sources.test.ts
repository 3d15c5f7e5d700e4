import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSources } from '../src/inventory/sources.js';
import { scan } from '../src/scan.js';
import secretInManifest from '../src/checks/secrets/secret-in-manifest.js';
import { standInPath } from './standins/tools.js';

const SECRET = (name: string, password: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: shop\nstringData:\n  DB_PASSWORD: ${password}\n`;

describe('secrets.secret-in-manifest by source', () => {
  it('a plain file is committed (high); a Helm rendering may hold generated values (low); values are never shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-secrets-'));
    const chart = join(dir, 'chart');
    mkdirSync(join(chart, 'templates'), { recursive: true });
    writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 1.0.0\n');
    writeFileSync(join(chart, 'templates', 'secret.yaml'), SECRET('rendered', '{{ randAlphaNum 24 }}'));
    writeFileSync(join(dir, 'plain.yaml'), SECRET('plain', 'hunter2-hunter2'));
    const rendered = `---\n# Source: shop/templates/secret.yaml\n${SECRET('rendered', 'q8Fz2LmW9vR4tYx7Kp3Nd0aB')}`;
    const inventory = await loadSources({ paths: [chart, join(dir, 'plain.yaml')], readStdin: () => Buffer.alloc(0), render: { env: { PATH: standInPath({ helm: { [chart]: rendered } }) } } });
    assert.deepEqual(inventory.diagnostics, []);
    const findings = scan(inventory, { registry: [secretInManifest] }).findings;
    const byName = new Map(findings.map((f) => [f.resource.name, f]));
    assert.equal(byName.get('plain')?.severity, 'high');
    assert.equal(byName.get('rendered')?.severity, 'low');
    assert.match(byName.get('rendered')?.message ?? '', /rendered by `helm template .*chart`: committed if the values come from values files, not if the chart generates them/);
    const text = JSON.stringify(findings);
    for (const value of ['hunter2', 'q8Fz2LmW']) assert.ok(!text.includes(value), `leaked ${value}`);
  });
});
