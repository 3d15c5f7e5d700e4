import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineCheck } from '../checks/check.js';
import { loadInventory } from '../inventory/load.js';
import { scan } from '../scan.js';
import { renderJson } from './json.js';
import { renderYaml } from './yaml.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';
import { resultDocument } from './document.js';
import { visibleLength } from './text.js';
import { BASE, GOLDEN_CHECKS, golden, goldenResult, root, fixture } from './testing.js';

describe('reporters (golden output)', () => {
  it('json', () => golden('expected.json', renderJson(goldenResult())));
  it('yaml', () => golden('expected.yaml', renderYaml(goldenResult())));
  it('sarif', () => golden('expected.sarif', renderSarif(goldenResult(), { baseDir: BASE })));
  it('table without colour, 80 columns', () => golden('expected.table.txt', renderTable(goldenResult(), { colour: false, width: 80 })));
  it('table with colour', () => golden('expected.table.ansi', renderTable(goldenResult(), { colour: true, width: 80 })));
  it('wide table', () => golden('expected.wide.txt', renderTable(goldenResult(), { colour: false })));

  it('json is byte-identical across runs', () => {
    assert.equal(renderJson(goldenResult()), renderJson(goldenResult()));
  });

  it('the streamed json and yaml are exactly what whole-document serializers print', async () => {
    const result = goldenResult();
    const plain = JSON.parse(renderJson(result));
    assert.equal(renderJson(result), JSON.stringify(plain, null, 2) + '\n');
    const jsyaml = (await import('js-yaml')).default;
    assert.deepEqual(jsyaml.load(renderYaml(result)), plain);
  });

  it('sarif carries file/line regions, relative URIs against %SRCROOT%, and stable fingerprints', () => {
    const sarif = JSON.parse(renderSarif(goldenResult(), { baseDir: `${root}.` }));
    const [run] = sarif.runs;
    assert.equal(sarif.version, '2.1.0');
    const priv = run.results.find((r: { ruleId: string }) => r.ruleId === 'test.privileged');
    assert.deepEqual(priv.locations[0].physicalLocation.region, { startLine: 14, startColumn: 11 });
    assert.deepEqual(priv.locations[0].physicalLocation.artifactLocation, { uri: 'test/fixtures/golden/cluster.yaml', uriBaseId: '%SRCROOT%' });
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, new URL('file://' + root).href);
    assert.equal(run.tool.driver.rules[priv.ruleIndex].id, 'test.privileged');
    assert.match(priv.message.text, /is privileged \(admitted today: namespace "shop" enforces privileged\)$/, 'a SARIF message stands alone');
    assert.equal(run.invocations[0].executionSuccessful, false, 'the broken document makes the run unsuccessful');
    assert.equal(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.region.startLine, 47);
  });

  it('sarif: files outside the base directory get file:// URIs; names are percent-encoded; stdin has no artifact', () => {
    const text = readFileSync(fixture('cluster.yaml'));
    for (const [file, expected] of [
      ['/elsewhere/my manifests/a.yaml', { uri: 'file:///elsewhere/my%20manifests/a.yaml' }],
      [`${BASE}/k8s/my app.yaml`, { uri: 'k8s/my%20app.yaml', uriBaseId: '%SRCROOT%' }],
      ['../up.yaml', { uri: 'file:///work/up.yaml' }],
    ] as const) {
      const result = scan(loadInventory([{ file, content: text }]), { registry: GOLDEN_CHECKS });
      const run = JSON.parse(renderSarif(result, { baseDir: BASE })).runs[0];
      assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, expected, file);
    }
    const stdin = scan(loadInventory([{ file: '<stdin>', content: text }]), { registry: GOLDEN_CHECKS });
    const location = JSON.parse(renderSarif(stdin, { baseDir: BASE })).runs[0].results[0].locations[0];
    assert.equal(location.physicalLocation, undefined);
    assert.equal(location.logicalLocations[0].fullyQualifiedName, 'shop/Deployment/api');
  });
});

describe('json output contract', () => {
  it('validates against docs/scan-result.schema.json', async () => {
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(`${root}docs/scan-result.schema.json`, 'utf8'));
    const validate = new (Ajv as unknown as typeof import('ajv').default)({ allErrors: true }).compile(schema);
    const ok = validate(JSON.parse(renderJson(goldenResult())));
    assert.ok(ok, JSON.stringify(validate.errors));
  });

  it("says each check's title, rationale, remediation and references once; a finding keeps only its own", () => {
    const doc = JSON.parse(renderJson(goldenResult()));
    assert.equal(doc.schemaVersion, '2.0');
    assert.deepEqual(Object.keys(doc.checks), ['test.host-pid', 'test.namespace-label', 'test.privileged'], 'in id order');
    assert.equal(doc.checks['test.privileged'].remediation, 'Set `privileged: false`.');
    assert.deepEqual(doc.checks['test.privileged'].references.cis, ['5.2.2']);
    for (const f of doc.findings) {
      for (const shared of ['title', 'rationale']) assert.ok(!(shared in f), `${f.checkId} repeats ${shared}`);
      // only the CIS numbers stay on each finding (the --cis-version contract), nothing else of the references
      if ('references' in f) assert.deepEqual(f.references, { cis: doc.checks[f.checkId].references.cis }, f.checkId);
    }
    const hostPid = doc.findings.filter((f: { checkId: string }) => f.checkId === 'test.host-pid').sort((a: { resource: { name: string } }, b: { resource: { name: string } }) => (a.resource.name < b.resource.name ? -1 : 1));
    assert.deepEqual(
      hostPid.map((f: { resource: { name: string }; remediation?: string }) => [f.resource.name, f.remediation]),
      [['debug', 'Move the debugging pod to a node of its own, then remove `hostPID`.'], ['worker', undefined]],
      'a finding-specific remediation stays on the finding; the default one is in checks',
    );
    assert.equal(doc.findings[0].context, 'admitted today: namespace "shop" enforces privileged');
  });

  it('every top-level key of the document is described by the schema', () => {
    const schema = JSON.parse(readFileSync(`${root}docs/scan-result.schema.json`, 'utf8'));
    for (const key of Object.keys(resultDocument(goldenResult()))) assert.ok(key in schema.properties, key);
  });
});

describe('the table', () => {
  it('fits the width it is given, leads with a summary and says a namespace-wide phrase once', () => {
    const text = renderTable(goldenResult(), { colour: true, width: 60 });
    for (const line of text.split('\n')) assert.ok(visibleLength(line) <= 60, `${visibleLength(line)} columns: ${line}`);
    assert.match(text.split('\n')[0], /^.*4 findings in 4 objects \(3 checks run\)/);
    assert.ok(text.indexOf('most important') < text.indexOf('namespace shop'), 'summary first');
    const plain = renderTable(goldenResult(), { colour: false, width: 60 });
    assert.equal(plain.match(/admitted today: namespace "shop"/g)?.length, 1, plain);
  });

  it('agrees in number', () => {
    const inventory = loadInventory([{ file: 'a.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: lone}\n' }]);
    const text = renderTable(scan(inventory, { registry: GOLDEN_CHECKS.slice(2) }), { colour: false, width: 80 });
    assert.match(text, /^1 finding in 1 object \(1 check run\)/);
    assert.match(text, /1 resource, 1 low/);
    assert.doesNotMatch(text, /\b1 (findings|objects|checks|resources)\b/);
  });
});

describe('a failing check', () => {
  it('costs only its own findings and is reported as a diagnostic', () => {
    const broken = defineCheck({ ...GOLDEN_CHECKS[1], meta: { ...GOLDEN_CHECKS[1].meta, id: 'test.broken' }, run: () => { throw new Error('boom'); } });
    const inventory = loadInventory([{ file: 'x.yaml', content: readFileSync(fixture('cluster.yaml')) }]);
    const r = scan(inventory, { registry: [GOLDEN_CHECKS[0], broken] });
    assert.equal(r.findings.length, 1);
    const failure = r.diagnostics.find((d) => d.code === 'check-failed');
    assert.match(failure?.message ?? '', /check test.broken failed .*: boom/);
  });
});
