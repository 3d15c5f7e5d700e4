import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: root };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('the bundled demo', () => {
  it('loads with no diagnostics, and the JSON report is schema-valid and byte-identical across runs', async () => {
    const first = await run(['scan', '-f', `${root}demo`, '-o', 'json']);
    const second = await run(['scan', '-f', `${root}demo`, '-o', 'json']);
    assert.equal(first.code, 0);
    assert.equal(first.err, '');
    assert.equal(first.out, second.out);
    const doc = JSON.parse(first.out);
    assert.deepEqual(doc.diagnostics, []);
    const { default: Ajv } = await import('ajv');
    const validate = new (Ajv as unknown as typeof import('ajv').default)({ allErrors: true }).compile(JSON.parse(readFileSync(`${root}docs/scan-result.schema.json`, 'utf8')));
    assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('shows what it was built to show', async () => {
    const doc = JSON.parse((await run(['scan', '-f', `${root}demo`, '-o', 'json'])).out);
    const has = (checkId: string, name: string) => doc.findings.some((f: { checkId: string; resource: { name: string } }) => f.checkId === checkId && f.resource.name === name);
    for (const [checkId, name] of [
      ['pss.privileged', 'netdebug'],
      ['pss.host-namespaces', 'netdebug'],
      ['pss.host-path-volumes', 'netdebug'],
      ['secrets.env-literal-credentials', 'api'],
      ['secrets.secret-in-manifest', 'aws-credentials'],
      ['secrets.legacy-token-secret', 'shop-api-token'],
      ['secrets.annotation-credentials', 'worker'],
      ['secrets.encryption-key-in-file', 'cp-1'],
      ['network.exposed-service', 'frontend'],
      ['images.latest-tag', 'frontend'],
      ['workload.sensitive-not-isolated', 'postgres'],
      ['namespaces.pss-not-enforced', 'shop-data'],
      ['namespaces.pss-weaker-than-warn', 'tools'],
      ['network.lateral-movement', 'frontend'],
      ['network.policy-selects-nothing', 'admin-dashboard-allow-ops'],
      ['network.reachable-from-all-namespaces', 'prometheus'],
      ['network.egress-blocks-dns', 'worker'],
      ['network.no-default-deny-ingress', 'shop'],
      ['network.workload-not-isolated', 'netdebug'],
      ['rbac.cluster-admin-binding', 'admin-dashboard'],
      ['rbac.anonymous-access', 'public-status-view'],
      ['rbac.escalation-path', 'frontend'],
      ['rbac.legacy-token-secret-readable', 'shop-api-token'],
      ['rbac.pod-exec', 'shop-developers'],
      ['dashboards.skip-login', 'admin-dashboard'],
      ['dashboards.insecure-login', 'admin-dashboard'],
      ['dashboards.powerful-service-account', 'admin-dashboard'],
    ]) {
      assert.ok(has(checkId, name), `${checkId} on ${name}`);
    }
    assert.ok(!doc.findings.some((f: { resource: { namespace?: string; name: string } }) => f.resource.namespace === 'blog' || f.resource.name === 'blog'), 'the blog namespace is clean');
  });

  it('shows the node bundles: control plane and worker as `rampart node collect` wrote them, and their versions', async () => {
    const doc = JSON.parse((await run(['scan', '-f', `${root}demo`, '-o', 'json'])).out);
    const on = (checkId: string, kind: string, name: string) => doc.findings.find((f: { checkId: string; resource: { kind: string; name: string } }) => f.checkId === checkId && f.resource.kind === kind && f.resource.name === name);
    for (const [checkId, kind, name] of [
      // static pods of cp-1 (renamed after their node, as the kubelet names mirror pods)
      ['controlplane.apiserver-anonymous-auth', 'Pod', 'kube-apiserver-cp-1'],
      ['controlplane.apiserver-authorization-always-allow', 'Pod', 'kube-apiserver-cp-1'],
      ['controlplane.controller-manager-use-service-account-credentials', 'Pod', 'kube-controller-manager-cp-1'],
      ['controlplane.scheduler-bind-address', 'Pod', 'kube-scheduler-cp-1'],
      ['etcd.client-cert-auth', 'Pod', 'etcd-cp-1'],
      ['etcd.auto-tls', 'Pod', 'etcd-cp-1'],
      ['secrets.encryption-unencrypted', 'EncryptionConfiguration', 'cp-1'],
      // worker-1's kubelet: its config file, and the flags that override it
      ['kubelet.anonymous-auth', 'KubeletConfiguration', 'worker-1'],
      ['kubelet.authorization-mode', 'KubeletConfiguration', 'worker-1'],
      ['kubelet.read-only-port', 'CommandLine', 'kubelet-worker-1'],
      ['kubelet.hostname-override', 'CommandLine', 'kubelet-worker-1'],
      ['node.kube-proxy-metrics-bind-address', 'KubeProxyConfiguration', 'worker-1'],
      // file modes and owners (CIS 1.1, 4.1)
      ['node.apiserver-manifest-permissions', 'NodeBundle', 'cp-1'],
      ['node.admin-kubeconfig-permissions', 'NodeBundle', 'cp-1'],
      ['node.pki-key-permissions', 'NodeBundle', 'cp-1'],
      ['node.etcd-data-dir-ownership', 'NodeBundle', 'cp-1'],
      ['node.kubelet-config-permissions', 'NodeBundle', 'worker-1'],
      ['node.proxy-kubeconfig-permissions', 'NodeBundle', 'worker-1'],
      // versions: the static pods' image tags and the Nodes' kubelets
      ['versions.end-of-life', 'Pod', 'kube-apiserver-cp-1'],
      ['versions.known-cve', 'Pod', 'kube-apiserver-cp-1'],
      ['versions.unsupported-skew', 'Pod', 'kube-controller-manager-cp-1'],
      ['versions.end-of-life', 'Node', 'worker-1'],
      ['versions.known-cve', 'Node', 'worker-1'],
    ]) {
      assert.ok(on(checkId, kind, name), `${checkId} on ${kind}/${name}`);
    }
    assert.match(on('versions.known-cve', 'Pod', 'kube-apiserver-cp-1').message, /CVE-2024-3177.*fixed in v1\.29\.4/);
    assert.match(on('versions.unsupported-skew', 'Pod', 'kube-controller-manager-cp-1').message, /2 minor releases older than the API server \(v1\.29\.1\)/);
    assert.deepEqual(doc.versions.components.map((c: { component: string; version: string }) => `${c.component} ${c.version}`), ['kube-apiserver v1.29.1', 'kube-controller-manager v1.27.16', 'kube-scheduler v1.29.4', 'kubelet v1.27.3', 'kubelet v1.29.4']);
    assert.match(doc.versions.data.releasesAsOf, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('the node bundles are what the collector writes for the demo nodes, and hold no key material', async () => {
    const { writeDemoNodeBundles, PLANTED_SECRETS } = await import('../scripts/demo-node-bundles.js');
    const fresh = mkdtempSync(join(tmpdir(), 'rampart-demo-nodes-'));
    try {
      writeDemoNodeBundles(fresh);
      const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
      const committed = `${root}demo/nodes`;
      assert.deepEqual(files(committed), files(fresh), 'demo/nodes is current: node dist/scripts/demo-node-bundles.js');
      for (const f of files(fresh)) {
        const text = readFileSync(join(committed, f), 'utf8');
        assert.equal(text, readFileSync(join(fresh, f), 'utf8'), `${f} is current: node dist/scripts/demo-node-bundles.js`);
        for (const secret of [...PLANTED_SECRETS, 'PRIVATE KEY']) assert.ok(!text.includes(secret), `${f} holds ${secret}`);
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('shows the network story: metadata from a powerful account, and the path from the internet to the database', async () => {
    const doc = JSON.parse((await run(['scan', '-f', `${root}demo`, '-o', 'json'])).out);
    const find = (checkId: string, name: string) => doc.findings.find((f: { checkId: string; resource: { name: string } }) => f.checkId === checkId && f.resource.name === name);
    const metadata = find('network.metadata-endpoint-egress', 'admin-dashboard');
    assert.equal(metadata?.severity, 'high', 'cluster-admin service account raises the metadata finding');
    assert.equal(find('network.metadata-endpoint-egress', 'payments-api'), undefined, 'payments restricts egress');
    const lateral = find('network.lateral-movement', 'frontend');
    const toDb = lateral.evidence.paths.find((p: { target: string }) => p.target === 'StatefulSet/shop-data/postgres');
    assert.ok(toDb, 'a path from the frontend to postgres');
    assert.equal(toDb.hops.length, 3, 'frontend → one workload of shop → postgres');
    assert.equal(toDb.hops[2].workload, 'StatefulSet/shop-data/postgres');
    assert.deepEqual(toDb.hops[2].ports, [{ protocol: 'TCP', from: 5432, to: 5432 }]);
    assert.ok(!doc.findings.some((f: { checkId: string; resource: { namespace?: string } }) => f.checkId.startsWith('network.') && f.resource.namespace === 'payments'), 'payments passes every network check');
  });

  it('rampart netpol map shows the policies at work', async () => {
    const { code, out } = await run(['netpol', 'map', '-f', `${root}demo`, '-o', 'json']);
    assert.equal(code, 0);
    const conns: { src: { name?: string; namespace?: string }; dst: { name?: string; ipRange?: string }; ports: unknown }[] = JSON.parse(out).connections;
    const between = (a: string, b: string) => conns.find((c) => c.src.name === a && c.dst.name === b)?.ports;
    assert.deepEqual(between('frontend', 'api'), [{ protocol: 'TCP', from: 8080, to: 8080 }]);
    assert.deepEqual(between('api', 'postgres'), [{ protocol: 'TCP', from: 5432, to: 5432 }]);
    assert.equal(between('frontend', 'postgres'), undefined, 'the database only accepts the API and the worker');
    assert.deepEqual(between('api', 'payments-api'), [{ protocol: 'TCP', from: 8443, to: 8443 }]);
    assert.equal(between('worker', 'payments-api'), undefined);
    assert.deepEqual(
      conns.filter((c) => c.src.name === 'payments-api').map((c) => [c.dst.ipRange ?? c.dst.name, c.ports]),
      [['203.0.113.0-203.0.113.255', [{ protocol: 'TCP', from: 443, to: 443 }]]],
    );
  });

  it('shows the RBAC story: the frontend reaches cluster-admin in four steps, and payments passes every RBAC check', async () => {
    const doc = JSON.parse((await run(['scan', '-f', `${root}demo`, '-o', 'json'])).out);
    const path = doc.findings.find((f: { checkId: string; resource: { name: string } }) => f.checkId === 'rbac.escalation-path' && f.resource.name === 'frontend');
    assert.equal(path.severity, 'critical');
    assert.deepEqual(
      path.evidence.steps.map((s: { to: { kind: string; namespace?: string; name: string } }) => `${s.to.kind} ${s.to.namespace ? `${s.to.namespace}/` : ''}${s.to.name}`),
      ['ServiceAccount shop/default', 'Pods tools/tools', 'ServiceAccount tools/admin-dashboard', 'Goal cluster-admin'],
    );
    assert.deepEqual(path.evidence.steps[1].grants[0].binding, { kind: 'RoleBinding', namespace: 'tools', name: 'shop-release' });
    assert.ok(!doc.findings.some((f: { checkId: string; resource: { namespace?: string } }) => f.checkId.startsWith('rbac.') && f.resource.namespace === 'payments'), 'payments passes every RBAC check');
  });

  it('rampart pss shows a namespace that can be raised and one whose workloads break its level', async () => {
    const doc = JSON.parse((await run(['pss', '-f', `${root}demo`, '-o', 'json'])).out);
    const ns = Object.fromEntries(doc.namespaces.map((n: { namespace: string }) => [n.namespace, n]));
    assert.equal(ns.blog.enforce.level, 'baseline');
    assert.equal(ns.blog.achievableLevel, 'restricted');
    assert.ok(ns.tools.violating > 0);
    assert.equal(ns.monitoring.achievableLevel, 'restricted');
    assert.equal(ns.shop.achievableLevel, 'privileged');
  });
});

describe('the demo supply chain (npm start: scripts/demo-supply-chain.ts)', () => {
  it('shows signature and vulnerability findings; the signed, described images pass; blog stays clean; the JSON is schema-valid', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeDemoSupplyChain } = await import('../scripts/demo-supply-chain.js');
    const dir = mkdtempSync(join(tmpdir(), 'rampart-demo-supply-'));
    try {
      writeDemoSupplyChain(dir);
      const inputs = ['--trusted-key', join(dir, 'keys/acme-release.pub'), '--signatures', join(dir, 'signatures'), '--sbom', join(dir, 'sboms'), '--osv', join(dir, 'osv')];
      const scanned = await run(['scan', '-f', `${root}demo`, ...inputs, '-o', 'json']);
      assert.equal(scanned.code, 0, scanned.err);
      assert.equal(scanned.err, '', 'fresh data: no stale warning, no input problem');
      const doc = JSON.parse(scanned.out);
      assert.deepEqual(doc.diagnostics, []);
      const { default: Ajv } = await import('ajv');
      const validate = new (Ajv as unknown as typeof import('ajv').default)({ allErrors: true }).compile(JSON.parse(readFileSync(`${root}docs/scan-result.schema.json`, 'utf8')));
      assert.ok(validate(JSON.parse(scanned.out)), JSON.stringify(validate.errors?.slice(0, 3)));
      const on = (checkId: string, name: string) => doc.findings.filter((f: { checkId: string; resource: { name: string } }) => f.checkId === checkId && f.resource.name === name);
      assert.equal(on('images.signature-invalid', 'log-agent').length, 1, 'a copied signature of another digest');
      assert.equal(on('images.signature-untrusted-key', 'legacy-reports').length, 1, 'signed with a retired key');
      assert.equal(on('images.signature-unverifiable', 'api').length, 1, 'a tag cannot be verified');
      const apiVulns = on('images.known-vulnerability', 'api').map((f: { evidence: { vulnerability: string } }) => f.evidence.vulnerability).sort();
      assert.deepEqual(apiVulns, ['CVE-2020-28500', 'CVE-2021-23337', 'CVE-2023-5678', 'CVE-2024-29041'], 'npm and Debian (source package openssl) findings; the withdrawn jsonwebtoken advisory is not one');
      assert.deepEqual(on('images.known-vulnerability', 'legacy-reports').map((f: { evidence: { vulnerability: string; fixed: string } }) => [f.evidence.vulnerability, f.evidence.fixed]).sort(), [
        ['CVE-2023-32681', '2.31.0'],
        ['CVE-2023-36053', '3.2.20'],
      ]);
      for (const name of ['payments-api', 'blog']) assert.deepEqual(doc.findings.filter((f: { checkId: string; resource: { name: string } }) => f.resource.name === name && /signature|unsigned|vulnerab|sbom/.test(f.checkId)), [], `${name} is signed, described and patched`);
      assert.ok(!doc.findings.some((f: { resource: { namespace?: string; name: string } }) => f.resource.namespace === 'blog' || f.resource.name === 'blog'), 'the blog namespace is still clean');
      const images = JSON.parse((await run(['images', '-f', `${root}demo`, ...inputs, '-o', 'json'])).out);
      const status = Object.fromEntries(images.images.map((i: { repository: string; signature: { status: string } }) => [i.repository, i.signature.status]));
      assert.equal(status['registry.acme-shop.example/shop/payments-api'], 'verified');
      assert.equal(status['registry.acme-shop.example/web/blog'], 'verified');
      assert.equal(status['docker.io/fluent/fluent-bit'], 'invalid');
      assert.equal(status['registry.acme-shop.example/tools/reports'], 'untrusted');
      assert.equal(images.data.osv.stale, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
