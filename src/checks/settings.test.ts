import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../inventory/load.js';
import { scan } from '../scan.js';
import { DEFAULT_CONFIG, type ScanConfig } from '../config.js';
import { settingsFor } from './settings.js';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: a}
spec:
  securityContext: {runAsUser: 5000, runAsGroup: 5000}
  containers:
  - {name: c, image: "nginx:main", securityContext: {privileged: true}}
`;

const run = (config: Partial<ScanConfig>, checks?: string[]) => scan(loadText(POD), { config: { ...DEFAULT_CONFIG, ...config }, checks });

describe('per-check settings from the configuration', () => {
  it('options override a check\'s defaults, typed and per check', () => {
    const byDefault = run({}, ['workload.low-uid-gid']).findings;
    assert.equal(byDefault.length, 2, 'UID and GID 5000 are below the default 10000');
    assert.match(byDefault[0].message, /below 10000/);
    const lowered = run({ checks: { 'workload.low-uid-gid': { options: { minId: 1000 } } } }, ['workload.low-uid-gid']).findings;
    assert.equal(lowered.length, 0);
    const tags = run({ checks: { 'images.latest-tag': { options: { floatingTags: ['latest', 'main'] } } } }, ['images.latest-tag']).findings;
    assert.equal(tags.length, 1);
    assert.match(tags[0].message, /floating tag :main/);
  });

  it('severity replaces the severity of every finding of the check', () => {
    const f = run({ checks: { 'pss.privileged': { severity: 'low' } } }, ['pss.privileged']).findings;
    assert.deepEqual(f.map((x) => x.severity), ['low']);
  });

  it('enabled: false turns checks off by id or glob; a later entry wins', () => {
    const off = run({ checks: { 'pss.*': { enabled: false } } });
    assert.ok(!off.findings.some((f) => f.checkId.startsWith('pss.')));
    assert.ok(!off.runs.some((r) => r.check.meta.id.startsWith('pss.')));
    const back = run({ checks: { 'pss.*': { enabled: false }, 'pss.privileged': { enabled: true } } });
    assert.deepEqual([...new Set(back.findings.filter((f) => f.checkId.startsWith('pss.')).map((f) => f.checkId))], ['pss.privileged']);
  });

  it('options come only from an exact id, never from a glob', () => {
    assert.deepEqual(settingsFor({ ...DEFAULT_CONFIG, checks: { 'workload.*': { options: { minId: 1 } } } }, 'workload.low-uid-gid'), {});
  });

  it('records every check that ran, and whether the input held anything it examines', () => {
    const result = scan(loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n'));
    const privileged = result.runs.find((r) => r.check.meta.id === 'pss.privileged');
    assert.equal(privileged?.applicable, false, 'no pods: pss.privileged has nothing to examine');
    assert.equal(result.runs.find((r) => r.check.meta.id === 'secrets.configmap-credentials')?.applicable, true);
  });
});

describe('credential vocabulary as options', () => {
  const manifest = `apiVersion: v1
kind: ConfigMap
metadata: {name: c, namespace: a}
data:
  MAGIC_WORD: xyzzy-plugh-42
  DB_PASSWORD: hunter2-but-longer
`;
  const findings = (options?: Record<string, unknown>) =>
    scan(loadText(manifest), { checks: ['secrets.configmap-credentials'], config: { ...DEFAULT_CONFIG, ...(options ? { checks: { 'secrets.configmap-credentials': { options } } } : {}) } }).findings.map((f) => f.evidence.key);

  it('a team adds its own credential word and removes one it does not want', () => {
    assert.deepEqual(findings(), ['DB_PASSWORD']);
    assert.deepEqual(findings({ credentialNames: ['PASSWORD', 'MAGIC_WORD'] }).sort(), ['DB_PASSWORD', 'MAGIC_WORD']);
    assert.deepEqual(findings({ credentialNames: ['TOKEN'] }), []);
  });
});
