import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { collectNode, sanitizeEncryptionConfig } from './collect.js';
import { writeBundle } from './write.js';
import { loadSources } from '../sources.js';
import { nodeOrigin } from './origin.js';
import { kubeApiServer, etcd, kubeControllerManager, kubeScheduler, kubeletConfig } from '../../checks/kubeadm-fixtures.js';
import type { BundleFile } from './format.js';

/** A temporary directory laid out like a kubeadm control-plane node, with secrets planted in it. */
function makeNode(root: string, secrets: { privateKey: string; aescbcKey: string; token: string }): void {
  const put = (path: string, content: string, mode = 0o600): void => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    chmodSync(file, mode);
  };
  put('/etc/hostname', 'cp-1\n', 0o644);
  put('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\netcd:x:999:999::/var/lib/etcd:/usr/sbin/nologin\n', 0o644);
  put('/etc/group', 'root:x:0:\netcd:x:999:\n', 0o644);
  put('/etc/kubernetes/manifests/kube-apiserver.yaml', kubeApiServer({ 'token-auth-file': '/etc/kubernetes/known_tokens.csv' }), 0o644);
  put('/etc/kubernetes/manifests/kube-controller-manager.yaml', kubeControllerManager());
  put('/etc/kubernetes/manifests/kube-scheduler.yaml', kubeScheduler());
  put('/etc/kubernetes/manifests/etcd.yaml', etcd());
  // a "manifest" somebody pasted a key into: must not leave the node
  put('/etc/kubernetes/manifests/debug.yaml', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  annotations:\n    key: |\n${secrets.privateKey.split('\n').map((l) => `      ${l}`).join('\n')}\nspec:\n  containers:\n  - name: x\n    image: busybox\n`);
  put(
    '/etc/kubernetes/enc/encryption-config.yaml',
    `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - aescbc:\n      keys:\n      - name: key1\n        secret: ${secrets.aescbcKey}\n  - identity: {}\n`,
  );
  put('/etc/kubernetes/audit/policy.yaml', 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n');
  put('/etc/kubernetes/admission/admission.yaml', 'apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n- name: EventRateLimit\n  path: eventratelimit.yaml\n');
  put('/etc/kubernetes/admission/eventratelimit.yaml', 'apiVersion: eventratelimit.admission.k8s.io/v1alpha1\nkind: Configuration\nlimits:\n- type: Server\n  qps: 50\n  burst: 100\n');
  put('/etc/kubernetes/known_tokens.csv', `${secrets.token},admin,1,system:masters\n`);
  put('/etc/kubernetes/admin.conf', `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-key-data: ${Buffer.from(secrets.privateKey).toString('base64')}\n`, 0o644);
  put('/etc/kubernetes/scheduler.conf', 'apiVersion: v1\nkind: Config\nusers: []\n');
  put('/etc/kubernetes/controller-manager.conf', 'apiVersion: v1\nkind: Config\nusers: []\n');
  put('/etc/kubernetes/kubelet.conf', 'apiVersion: v1\nkind: Config\nusers: []\n');
  put('/etc/kubernetes/pki/ca.crt', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', 0o644);
  put('/etc/kubernetes/pki/ca.key', secrets.privateKey, 0o644);
  put('/etc/kubernetes/pki/etcd/ca.key', secrets.privateKey);
  put('/var/lib/kubelet/config.yaml', kubeletConfig({ readOnlyPort: '10255' }).replace(/metadata:\n {2}name: worker-1\n/, ''), 0o644);
  put('/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"\n', 0o644);
  put(
    '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf',
    '[Service]\nEnvironment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n',
    0o644,
  );
  put('/etc/cni/net.d/10-calico.conflist', '{"name":"k8s-pod-network","cniVersion":"0.3.1"}', 0o644);
  put('/etc/cni/net.d/calico-kubeconfig', `apiVersion: v1\nkind: Config\nusers:\n- name: calico\n  user:\n    token: ${secrets.token}\n`);
  mkdirSync(join(root, '/var/lib/etcd/member'), { recursive: true });
  chmodSync(join(root, '/var/lib/etcd'), 0o755);
  // the kube-apiserver is also running (its static pod); a host kube-proxy with a secret-named flag
  put('/proc/4242/cmdline', ['kube-apiserver', '--anonymous-auth=false', '--secure-port=6443'].join('\0') + '\0', 0o444);
  put('/proc/777/cmdline', ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', `--oidc-client-secret=${secrets.token}`].join('\0') + '\0', 0o444);
  put('/proc/1/cmdline', '/sbin/init\0', 0o444);
  put('/var/lib/kube-proxy/config.conf', 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmetricsBindAddress: 0.0.0.0:10249\n', 0o644);
}

/** Every byte of a bundle, directory or archive, as one string. */
function allBytes(path: string): string {
  if (statSync(path).isDirectory()) {
    const out: string[] = [];
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else out.push(readFileSync(p, 'latin1'));
      }
    };
    walk(path);
    return out.join('\n');
  }
  return gunzipSync(readFileSync(path)).toString('latin1');
}

describe('rampart node collect', () => {
  let work: string;
  let root: string;
  const privateKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const aescbcKey = randomBytes(32).toString('base64');
  const token = randomBytes(24).toString('hex');
  const keyBody = privateKey.split('\n')[1];

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'rampart-node-'));
    root = join(work, 'root');
    makeNode(root, { privateKey, aescbcKey, token });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const collect = () => collectNode({ root, version: 'test', now: new Date('2026-01-01T00:00:00Z') });
  const entry = (files: readonly BundleFile[], path: string): BundleFile => {
    const f = files.find((x) => x.path === path);
    assert.ok(f, `${path} recorded`);
    return f;
  };

  it('records mode, owner and size of every file CIS names, with its roles', () => {
    const { document } = collect();
    assert.equal(document.metadata.name, 'cp-1');
    const apiserver = entry(document.files, '/etc/kubernetes/manifests/kube-apiserver.yaml');
    assert.deepEqual([apiserver.mode, apiserver.user, apiserver.group, apiserver.roles, apiserver.content], ['0644', statSync(join(root, 'etc/kubernetes/manifests/kube-apiserver.yaml')).uid === 0 ? 'root' : apiserver.user, apiserver.group, ['apiserver-manifest'], 'copied']);
    assert.equal(apiserver.size, statSync(join(root, 'etc/kubernetes/manifests/kube-apiserver.yaml')).size);
    assert.deepEqual(entry(document.files, '/etc/kubernetes/manifests/etcd.yaml').roles, ['etcd-manifest']);
    assert.deepEqual(entry(document.files, '/etc/kubernetes/admin.conf').roles, ['admin-kubeconfig']);
    assert.equal(entry(document.files, '/etc/kubernetes/admin.conf').mode, '0644');
    assert.deepEqual(entry(document.files, '/etc/kubernetes/pki/ca.key').roles, ['pki', 'pki-key']);
    assert.deepEqual(entry(document.files, '/etc/kubernetes/pki/ca.crt').roles, ['client-ca', 'pki', 'pki-certificate']); // also the kubelet's clientCAFile
    assert.deepEqual(entry(document.files, '/etc/kubernetes/pki').roles, ['pki']);
    assert.equal(entry(document.files, '/var/lib/etcd').type, 'directory');
    assert.equal(entry(document.files, '/var/lib/etcd').mode, '0755');
    assert.deepEqual(entry(document.files, '/var/lib/kubelet/config.yaml').roles, ['kubelet-config']);
    assert.deepEqual(entry(document.files, '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf').roles, ['kubelet-service']);
    assert.deepEqual(entry(document.files, '/etc/cni/net.d/calico-kubeconfig').roles, ['cni-config']);
    assert.deepEqual(entry(document.files, '/etc/kubernetes/admission/eventratelimit.yaml').roles, ['admission-config']);
    assert.deepEqual(entry(document.files, '/etc/kubernetes/known_tokens.csv').roles, ['token-file']);
    assert.deepEqual(entry(document.files, '/var/lib/kube-proxy/config.conf').roles, ['kube-proxy-config']);
  });

  it('withholds keys, kubeconfigs, token files and anything that looks like a secret', () => {
    const { document, contents } = collect();
    for (const path of ['/etc/kubernetes/pki/ca.key', '/etc/kubernetes/pki/etcd/ca.key', '/etc/kubernetes/admin.conf', '/etc/kubernetes/known_tokens.csv', '/etc/cni/net.d/calico-kubeconfig', '/etc/kubernetes/manifests/debug.yaml']) {
      assert.equal(entry(document.files, path).content, 'withheld', path);
      assert.ok(!contents.has(path), `${path} not copied`);
    }
    assert.match(entry(document.files, '/etc/kubernetes/manifests/debug.yaml').reason ?? '', /private key/);
    const enc = entry(document.files, '/etc/kubernetes/enc/encryption-config.yaml');
    assert.equal(enc.content, 'sanitized');
    const copy = contents.get('/etc/kubernetes/enc/encryption-config.yaml')!.toString();
    assert.match(copy, /secret: '?<redacted: 32 bytes>'?/);
    assert.match(copy, /identity/);
  });

  it('records command lines: from /proc, else from the kubelet\'s systemd unit, with secret-named values redacted', () => {
    const { commandLines } = collect();
    assert.deepEqual([...commandLines.keys()].sort(), ['kube-proxy.flags', 'kubelet.flags']); // kube-apiserver runs from its static pod
    const kubelet = commandLines.get('kubelet.flags')!;
    assert.match(kubelet, /^# from the kubelet's systemd unit/);
    assert.match(kubelet, /\/usr\/bin\/kubelet --bootstrap-kubeconfig=\/etc\/kubernetes\/bootstrap-kubelet.conf --kubeconfig=\/etc\/kubernetes\/kubelet.conf --config=\/var\/lib\/kubelet\/config.yaml --container-runtime-endpoint=/);
    assert.match(commandLines.get('kube-proxy.flags')!, /--oidc-client-secret=<redacted: 48 chars>/);
  });

  for (const out of ['bundle.tgz', 'bundle-dir']) {
    it(`never copies key material or secrets (${out})`, () => {
      const path = join(work, out);
      writeBundle(collect(), path);
      const bytes = allBytes(path);
      assert.ok(bytes.includes('kube-apiserver'), 'the bundle has content');
      assert.ok(!bytes.includes(keyBody), 'the private key never leaves the node');
      assert.ok(!bytes.includes('PRIVATE KEY'), 'no PEM key marker');
      assert.ok(!bytes.includes(Buffer.from(privateKey).toString('base64').slice(0, 40)), 'nor its base64');
      assert.ok(!bytes.includes(aescbcKey), 'the encryption key never leaves the node');
      assert.ok(!bytes.includes(token), 'tokens never leave the node');
    });

    it(`is read back by rampart scan's sources (${out})`, async () => {
      const path = join(work, out);
      writeBundle(collect(), path);
      const inventory = await loadSources({ paths: [path], readStdin: () => Buffer.alloc(0) });
      assert.deepEqual(inventory.diagnostics, []);
      const pods = inventory.ofKind('Pod').map((o) => o.name).sort();
      assert.deepEqual(pods, ['etcd-cp-1', 'kube-apiserver-cp-1', 'kube-controller-manager-cp-1', 'kube-scheduler-cp-1']);
      const apiserver = inventory.ofKind('Pod').find((o) => o.name === 'kube-apiserver-cp-1')!;
      assert.deepEqual(nodeOrigin(apiserver), { node: 'cp-1', path: '/etc/kubernetes/manifests/kube-apiserver.yaml' });
      assert.deepEqual(inventory.ofKind('CommandLine').map((o) => o.name).sort(), ['kube-proxy-cp-1', 'kubelet-cp-1']);
      assert.deepEqual(inventory.ofKind('KubeletConfiguration').map((o) => o.name), ['cp-1']);
      assert.deepEqual(inventory.ofKind('EncryptionConfiguration').map((o) => o.name), ['cp-1']);
      assert.equal(inventory.ofKind('NodeBundle').length, 1);
    });
  }

  it('a bundle inside a scanned directory is read as a bundle, not as loose manifests', async () => {
    const tree = join(work, 'tree');
    writeBundle(collect(), join(tree, 'nodes', 'cp-1'));
    writeBundle(collect(), join(tree, 'nodes', 'cp-1.tgz'));
    const inventory = await loadSources({ paths: [tree], readStdin: () => Buffer.alloc(0) });
    assert.equal(inventory.ofKind('NodeBundle').length, 2);
    assert.equal(inventory.ofKind('Pod').filter((o) => o.name === 'kube-apiserver').length, 0);
  });

  it('sanitizes every key of an EncryptionConfiguration, and refuses one it cannot parse', () => {
    const text = 'kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - secretbox:\n      keys:\n      - {name: a, secret: c2VjcmV0}\n      - {name: b, secret: b3RoZXI=}\n';
    const out = sanitizeEncryptionConfig(text)!;
    assert.doesNotMatch(out, /c2VjcmV0|b3RoZXI=/);
    assert.match(out, /<redacted: 6 bytes>[\s\S]*<redacted: 5 bytes>/);
    assert.equal(sanitizeEncryptionConfig('secret: [unclosed'), undefined);
  });
});
