import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS } from '../src/checks/registry.js';
import { CIS_RECOMMENDATIONS, CIS_VERSIONS, cisId, type CisKey } from '../src/frameworks/cis/index.js';
import { resolveReferences } from '../src/frameworks/references.js';
import { main } from '../src/cli/main.js';
import { kubeApiServer, kubeletConfig } from '../src/checks/kubeadm-fixtures.js';

describe('CIS ids of every check, for every benchmark version, come from the catalogue', () => {
  it('each check resolves to exactly the catalogue numbers of each version', () => {
    let checked = 0;
    for (const { meta } of ALL_CHECKS) {
      const keys = (meta.references.cis ?? []) as readonly CisKey[];
      for (const key of keys) assert.ok(key in CIS_RECOMMENDATIONS, `${meta.id}: unknown CIS key ${key}`);
      for (const version of CIS_VERSIONS) {
        const expected = keys.map((k) => cisId(k, version)).filter((id): id is string => id !== undefined);
        assert.deepEqual(resolveReferences(meta.references, { cisVersion: version }).cis ?? [], expected, `${meta.id} v${version}`);
        checked++;
      }
    }
    assert.ok(checked > 0);
  });

  it('every recommendation of 1.2, 1.3, 1.4, 2, 3.2 and 4.2 that configuration decides has a check', () => {
    const covered = new Set(ALL_CHECKS.flatMap((c) => (c.meta.references.cis ?? []) as readonly CisKey[]));
    const decidable = (Object.keys(CIS_RECOMMENDATIONS) as CisKey[]).filter((k) => /^(apiserver|controller-manager|scheduler|etcd|logging|kubelet|files|kube-proxy)\./.test(k));
    // Not decidable from configuration files: SecurityContextDeny (v1.8 only) is obsolete once Pod
    // Security admission is on by default; IPAddressDeny is a systemd setting of the kubelet unit.
    const notDecidable = new Set<CisKey>(['apiserver.admission-security-context-deny', 'kubelet.ip-address-deny']);
    const missing = decidable.filter((k) => !covered.has(k) && !notDecidable.has(k));
    assert.deepEqual(missing, []);
  });

  it('rampart scan -o json --cis-version N lists that version\'s numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-cis-'));
    try {
      writeFileSync(join(dir, 'kube-apiserver.yaml'), kubeApiServer({ profiling: null, 'audit-log-path': null }));
      writeFileSync(join(dir, 'config.yaml'), kubeletConfig({ readOnlyPort: '10255' }));
      const run = async (version: string): Promise<Record<string, string[]>> => {
        let out = '';
        const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true }, readStdin: () => Buffer.alloc(0), env: {}, cwd: dir };
        await main(['scan', dir, '-o', 'json', '--cis-version', version], io);
        const doc = JSON.parse(out) as { findings: { checkId: string; references?: { cis?: string[] } }[] };
        return Object.fromEntries(doc.findings.map((f) => [f.checkId, f.references?.cis ?? []]));
      };
      const v18 = await run('1.8');
      const v112 = await run('1.12');
      assert.deepEqual(v18['controlplane.apiserver-profiling'], ['1.2.16']);
      assert.deepEqual(v112['controlplane.apiserver-profiling'], ['1.2.15']);
      assert.deepEqual(v18['controlplane.apiserver-audit-log-path'], ['1.2.17']);
      assert.deepEqual(v112['controlplane.apiserver-audit-log-path'], ['1.2.16']);
      assert.deepEqual(v112['kubelet.read-only-port'], ['4.2.4']);
      // v1.8 has no --service-account-extend-token-expiration recommendation
      assert.deepEqual(v18['controlplane.apiserver-service-account-extend-token-expiration'], undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
