import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCheck, containerKey, type Check } from '../checks/check.js';
import { joinPointer } from '../inventory/pointer.js';
import { loadInventory } from '../inventory/load.js';
import { scan } from '../scan.js';
import { renderJson } from './json.js';
import { renderYaml } from './yaml.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

/** Test-only checks, so golden files change only when a reporter does. */
const GOLDEN_CHECKS: Check[] = [
  defineCheck({
    meta: {
      id: 'test.privileged',
      title: 'Privileged container',
      severity: 'critical',
      category: 'workload',
      area: 'pod-security',
      rationale: 'Why it matters.',
      remediation: 'Set `privileged: false`.',
      references: { cis: ['5.2.2'], mitre: ['T1611'], kcsa: ['platform-security'], docs: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'] },
    },
    run(ctx) {
      for (const pod of ctx.inventory.podSpecs())
        for (const c of pod.containers)
          if (c.container.securityContext?.privileged === true)
            ctx.report({ object: pod.owner, pointer: joinPointer(c.pointer, 'securityContext', 'privileged'), key: containerKey(c), message: `container "${c.name}" is privileged`, evidence: { container: c.name } });
    },
  }),
  defineCheck({
    meta: {
      id: 'test.host-pid',
      title: 'Host PID namespace',
      severity: 'high',
      category: 'workload',
      area: 'pod-security',
      rationale: 'Why.',
      remediation: 'Remove `hostPID`.',
      references: { kcsa: ['platform-security'] },
    },
    run(ctx) {
      for (const pod of ctx.inventory.podSpecs()) if (pod.spec.hostPID) ctx.report({ object: pod.owner, pointer: joinPointer(pod.pointer, 'hostPID'), message: 'pod shares the host PID namespace' });
    },
  }),
];

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `${root}test/fixtures/golden/${name}`;

function result() {
  const file = 'test/fixtures/golden/cluster.yaml';
  const inventory = loadInventory([{ file, content: readFileSync(`${root}${file}`) }]);
  return scan(inventory, { registry: GOLDEN_CHECKS });
}

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it. */
function golden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(name), actual);
  assert.equal(actual, readFileSync(fixture(name), 'utf8'), `${name} differs from golden output (UPDATE_GOLDEN=1 to accept)`);
}

describe('reporters (golden output)', () => {
  it('json', () => golden('expected.json', renderJson(result())));
  it('yaml', () => golden('expected.yaml', renderYaml(result())));
  it('sarif', () => golden('expected.sarif', renderSarif(result(), GOLDEN_CHECKS)));
  it('table without colour', () => golden('expected.table.txt', renderTable(result(), { colour: false })));
  it('table with colour', () => golden('expected.table.ansi', renderTable(result(), { colour: true })));

  it('json is byte-identical across runs', () => {
    assert.equal(renderJson(result()), renderJson(result()));
  });

  it('sarif carries file/line regions and stable fingerprints', () => {
    const sarif = JSON.parse(renderSarif(result(), GOLDEN_CHECKS));
    const [run] = sarif.runs;
    assert.equal(sarif.version, '2.1.0');
    const priv = run.results.find((r: { ruleId: string }) => r.ruleId === 'test.privileged');
    assert.deepEqual(priv.locations[0].physicalLocation.region, { startLine: 14, startColumn: 11 });
    assert.equal(priv.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/golden/cluster.yaml');
    assert.equal(run.tool.driver.rules[priv.ruleIndex].id, 'test.privileged');
    assert.equal(run.invocations[0].executionSuccessful, false, 'the broken document makes the run unsuccessful');
    assert.equal(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.region.startLine, 31);
  });
});

describe('json output contract', () => {
  it('validates against docs/scan-result.schema.json', async () => {
    const { default: Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(`${root}docs/scan-result.schema.json`, 'utf8'));
    const validate = new (Ajv as unknown as typeof import('ajv').default)({ allErrors: true }).compile(schema);
    const ok = validate(JSON.parse(renderJson(result())));
    assert.ok(ok, JSON.stringify(validate.errors));
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
