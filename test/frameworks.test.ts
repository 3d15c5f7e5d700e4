import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_CHECKS } from '../src/checks/registry.js';
import { defineCheck } from '../src/checks/check.js';
import { frameworks, findFramework } from '../src/frameworks/catalogue.js';
import { coverage, unknownReferences } from '../src/frameworks/coverage.js';
import { frameworkResult, SEVERITY_WEIGHT } from '../src/frameworks/compliance.js';
import { CIS_VERSIONS } from '../src/frameworks/cis/index.js';
import { loadText } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import type { References } from '../src/frameworks/references.js';

describe('frameworks catalogue', () => {
  it('every reference of every check names a control the catalogue knows', () => {
    for (const f of frameworks()) assert.deepEqual(unknownReferences(f, ALL_CHECKS), [], `${f.id}: unknown references`);
  });

  it('rejects an unknown reference (a typo is caught even where types are bypassed)', () => {
    const typo = defineCheck({
      meta: { id: 'test.typo', title: 't', severity: 'low', category: 'workload', area: 'pod-security', rationale: 'r', remediation: 'r', references: { cis: ['policies.privileged-containerz'], nsa: ['pod-security.nonroot'] } as unknown as References },
      run() {},
    });
    assert.deepEqual(unknownReferences(findFramework('cis')!, [typo]), [{ check: 'test.typo', key: 'policies.privileged-containerz' }]);
    assert.deepEqual(unknownReferences(findFramework('nsa')!, [typo]), [{ check: 'test.typo', key: 'pod-security.nonroot' }]);
  });

  it('reports the controls that no check covers (listed as manual)', (t: TestContext) => {
    for (const f of frameworks()) {
      const uncovered = coverage(f, ALL_CHECKS).filter((c) => c.checks.length === 0);
      t.diagnostic(`${f.id} ${f.version}: ${uncovered.length} of ${f.controls().length} controls covered by no check: ${uncovered.map((c) => c.id).join(', ')}`);
      assert.ok(f.controls().length > 0);
    }
  });

  it('knows each CIS recommendation by its number in every benchmark version', () => {
    const cis = findFramework('cis')!;
    const idOf = (version: string, key: string) => cis.controls(version).find((c) => c.key === key)?.id;
    for (const v of CIS_VERSIONS) assert.equal(idOf(v, 'policies.privileged-containers'), '5.2.2', v);
    assert.equal(idOf('1.11', 'policies.host-path-volumes'), '5.2.12');
    assert.equal(idOf('1.12', 'policies.host-path-volumes'), '5.2.11', 'renumbered when "added capabilities" left in v1.12');
    assert.equal(idOf('1.12', 'policies.added-capabilities'), undefined);
    assert.equal(idOf('1.10', 'policies.default-namespace'), '5.7.4');
    assert.equal(idOf('1.11', 'policies.default-namespace'), '5.6.4');
  });
});

const WORLD = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: a}
spec:
  containers:
  - name: c
    image: nginx:1.27
    securityContext: {privileged: true}
`;

describe('compliance status and scores', () => {
  it('findings resolve CIS numbers for the chosen benchmark version', () => {
    const refs = (cisVersion: '1.11' | '1.12') => scan(loadText(WORLD), { config: { ...DEFAULT_CONFIG, cisVersion }, checks: ['pss.host-path-volumes', 'pss.privileged'] }).runs.map((r) => [r.check.meta.id, r.references.cis]);
    assert.deepEqual(refs('1.11'), [['pss.host-path-volumes', ['5.2.12']], ['pss.privileged', ['5.2.2']]]);
    assert.deepEqual(refs('1.12'), [['pss.host-path-volumes', ['5.2.11']], ['pss.privileged', ['5.2.2']]]);
  });

  it('fail, pass, not applicable and manual, with the documented severity-weighted score', () => {
    const result = scan(loadText(WORLD), { checks: ['pss.privileged', 'pss.host-path-volumes', 'secrets.configmap-credentials'] });
    const cis = frameworkResult(findFramework('cis')!, result.runs, result.findings);
    const status = (id: string) => cis.controls.find((c) => c.id === id);
    assert.deepEqual(status('5.2.2'), { id: '5.2.2', key: 'policies.privileged-containers', title: status('5.2.2')!.title, group: '5.2 Pod security standards', status: 'fail', checks: ['pss.privileged'], findings: 1 });
    assert.equal(status('5.2.11')?.status, 'pass', 'host-path-volumes ran over a pod and found nothing');
    assert.equal(status('5.4.1')?.status, 'not-applicable', 'no ConfigMap to examine');
    assert.equal(status('1.2.1')?.status, 'manual', 'no check ran for it');
    // pass: host-path-volumes (medium by default: 3); fail: privileged (critical: 10) → 3 / 13
    const severityOf = (id: string) => ALL_CHECKS.find((c) => c.meta.id === id)!.meta.severity;
    assert.deepEqual([severityOf('pss.host-path-volumes'), severityOf('pss.privileged')], ['medium', 'critical']);
    assert.deepEqual([SEVERITY_WEIGHT.medium, SEVERITY_WEIGHT.critical], [3, 10]);
    assert.equal(cis.score, 23.1);
  });

  it('waived findings do not fail a control', () => {
    const config = { ...DEFAULT_CONFIG, exceptions: [{ checks: ['pss.privileged'], justification: 'j', owner: 'o', source: { file: 'x.yaml', line: 1, pointer: '/exceptions/0' } }] };
    const result = scan(loadText(WORLD), { config, checks: ['pss.privileged'] });
    assert.ok(result.findings[0].waived);
    const cis = frameworkResult(findFramework('cis')!, result.runs, result.findings);
    assert.equal(cis.controls.find((c) => c.id === '5.2.2')?.status, 'pass');
  });
});
