/**
 * The demo's node bundles (demo/nodes/<node>/), as `rampart node collect` writes them on a badly
 * configured kubeadm control-plane node (cp-1) and worker (worker-1):
 *
 *   node dist/scripts/demo-node-bundles.js [demo/nodes]
 *
 * Each node is laid out in a temporary directory (files, modes, owners, /etc/passwd, the kubelet's
 * /proc/<pid>/cmdline), then collected with the real collector (`collectNode`, the code behind
 * `rampart node collect --root`), so the bundles hold exactly what a collection would: static pods,
 * the kubelet's config and command line, the EncryptionConfiguration with its keys replaced, and
 * only the mode, owner and size of keys, kubeconfigs and token files (the planted key material never
 * reaches the bundle; a test holds it to that). Modes and owners are those of the spec below, not of
 * whoever runs the script, so the bundles are the same on every machine (test/demo.test.ts checks
 * that the committed ones are current).
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectNode, type CollectedBundle } from '../src/inventory/node/collect.js';
import { writeBundle } from '../src/inventory/node/write.js';

interface NodeFile {
  readonly content: string;
  /** Octal, e.g. '644'. */
  readonly mode: string;
  /** Default root (0). */
  readonly uid?: number;
  readonly gid?: number;
}

/** Directories whose mode or owner CIS judges. */
interface NodeDirectory {
  readonly mode: string;
  readonly uid?: number;
  readonly gid?: number;
}

interface DemoNode {
  readonly name: string;
  readonly files: Readonly<Record<string, NodeFile>>;
  readonly directories?: Readonly<Record<string, NodeDirectory>>;
  /** The kubelet's argv, as /proc/<pid>/cmdline holds it. */
  readonly kubelet: readonly string[];
}

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\nubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\netcd:x:998:998:etcd:/var/lib/etcd:/usr/sbin/nologin\n';
const GROUP = 'root:x:0:\nubuntu:x:1000:\netcd:x:998:\n';
// planted so that a test can prove it never leaves the node
export const PLANTED_SECRETS = ['RAMPART-DEMO-PRIVATE-KEY-NOT-REAL', 'rampart-demo-static-token-0001', 'cmFtcGFydC1kZW1vLW5vdC1hLXJlYWwta2V5LTAwMDE='];
const KEY = `-----BEGIN PRIVATE KEY-----\n${PLANTED_SECRETS[0]}\n-----END PRIVATE KEY-----\n`;
const CERT = '-----BEGIN CERTIFICATE-----\nMIIBdemo\n-----END CERTIFICATE-----\n';
const kubeconfig = (user: string) => `apiVersion: v1
kind: Config
clusters:
- name: kubernetes
  cluster: {server: 'https://10.0.0.10:6443', certificate-authority-data: TUlJQmRlbW8=}
users:
- name: ${user}
  user: {client-certificate-data: TUlJQmRlbW8=, client-key-data: ${Buffer.from(KEY).toString('base64')}}
contexts:
- name: default
  context: {cluster: kubernetes, user: ${user}}
current-context: default
`;

const KUBEADM_DROP_IN = `# /etc/systemd/system/kubelet.service.d/10-kubeadm.conf (kubeadm's drop-in)
[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;

const staticPod = (component: string, image: string, command: readonly string[], mounts: readonly [string, string][]) => `# /etc/kubernetes/manifests/${component}.yaml (a kubelet static pod)
apiVersion: v1
kind: Pod
metadata:
  name: ${component}
  namespace: kube-system
  labels:
    component: ${component}
    tier: control-plane
spec:
  hostNetwork: true
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: ${component}
      image: ${image}
      imagePullPolicy: IfNotPresent
      command:
${command.map((c) => `        - ${c}`).join('\n')}
      resources:
        requests:
          cpu: 100m
      volumeMounts:
${mounts.map(([name, path]) => `        - name: ${name}\n          mountPath: ${path}\n          readOnly: true`).join('\n')}
  volumes:
${mounts.map(([name, path]) => `    - name: ${name}\n      hostPath:\n        path: ${path}\n        type: DirectoryOrCreate`).join('\n')}
`;

const APISERVER = staticPod(
  'kube-apiserver',
  'registry.k8s.io/kube-apiserver:v1.29.1',
  [
    'kube-apiserver',
    '--advertise-address=10.0.0.10',
    '--allow-privileged=true',
    '--anonymous-auth=true',
    '--authorization-mode=AlwaysAllow',
    '--client-ca-file=/etc/kubernetes/pki/ca.crt',
    '--enable-admission-plugins=AlwaysAdmit',
    '--enable-bootstrap-token-auth=true',
    '--encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml',
    '--etcd-servers=http://127.0.0.1:2379',
    '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt',
    '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key',
    '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
    '--profiling=true',
    '--secure-port=6443',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    '--service-account-key-file=/etc/kubernetes/pki/sa.pub',
    '--service-account-lookup=false',
    '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key',
    '--service-cluster-ip-range=10.96.0.0/12',
    '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt',
    '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
    '--tls-min-version=VersionTLS10',
    '--token-auth-file=/etc/kubernetes/known_tokens.csv',
  ],
  [['ca-certs', '/etc/ssl/certs'], ['k8s-certs', '/etc/kubernetes/pki'], ['encryption-config', '/etc/kubernetes/enc']],
);

// half-way through an upgrade: still 1.27, two minors behind the API server
const CONTROLLER_MANAGER = staticPod(
  'kube-controller-manager',
  'registry.k8s.io/kube-controller-manager:v1.27.16',
  [
    'kube-controller-manager',
    '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
    '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf',
    '--bind-address=0.0.0.0',
    '--client-ca-file=/etc/kubernetes/pki/ca.crt',
    '--cluster-name=kubernetes',
    '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt',
    '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key',
    '--controllers=*,bootstrapsigner,tokencleaner',
    '--kubeconfig=/etc/kubernetes/controller-manager.conf',
    '--leader-elect=true',
    '--profiling=true',
    '--service-cluster-ip-range=10.96.0.0/12',
    '--use-service-account-credentials=false',
  ],
  [['k8s-certs', '/etc/kubernetes/pki'], ['kubeconfig', '/etc/kubernetes/controller-manager.conf']],
);

const SCHEDULER = staticPod(
  'kube-scheduler',
  'registry.k8s.io/kube-scheduler:v1.29.4',
  ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf', '--bind-address=0.0.0.0', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true'],
  [['kubeconfig', '/etc/kubernetes/scheduler.conf']],
);

const ETCD = staticPod(
  'etcd',
  'registry.k8s.io/etcd:3.5.12-0',
  [
    'etcd',
    '--advertise-client-urls=http://10.0.0.10:2379',
    '--auto-tls=true',
    '--client-cert-auth=false',
    '--data-dir=/var/lib/etcd',
    '--initial-advertise-peer-urls=https://10.0.0.10:2380',
    '--initial-cluster=cp-1=https://10.0.0.10:2380',
    '--listen-client-urls=http://127.0.0.1:2379,http://10.0.0.10:2379',
    '--listen-peer-urls=https://10.0.0.10:2380',
    '--name=cp-1',
    '--peer-auto-tls=true',
    '--snapshot-count=10000',
  ],
  [['etcd-data', '/var/lib/etcd']],
);

const ENCRYPTION_CONFIG = `# /etc/kubernetes/enc/encryption-config.yaml, passed to the API server with
# --encryption-provider-config. The first provider encrypts new writes: with identity first,
# Secrets are stored in etcd in plain text and the aescbc key is only ever used to read.
apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources:
      - secrets
      - configmaps
    providers:
      - identity: {}
      - aescbc:
          keys:
            - name: key1
              secret: ${PLANTED_SECRETS[2]}
`;

const CONTROL_PLANE_KUBELET = `# /var/lib/kubelet/config.yaml on cp-1, as kubeadm wrote it, minus the hardening nobody added
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous:
    enabled: false
  webhook:
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
cgroupDriver: systemd
clusterDNS:
  - 10.96.0.10
clusterDomain: cluster.local
rotateCertificates: true
staticPodPath: /etc/kubernetes/manifests
containerRuntimeEndpoint: unix:///var/run/containerd/containerd.sock
`;

const WORKER_KUBELET = `# /var/lib/kubelet/config.yaml on worker-1 (kubelet --config)
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous:
    enabled: true
  webhook:
    enabled: false
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: AlwaysAllow
readOnlyPort: 10255
address: 0.0.0.0
port: 10250
protectKernelDefaults: false
makeIPTablesUtilChains: true
rotateCertificates: false
serverTLSBootstrap: false
streamingConnectionIdleTimeout: 0s
eventRecordQPS: 0
cgroupDriver: systemd
clusterDNS:
  - 10.96.0.10
clusterDomain: cluster.local
staticPodPath: /etc/kubernetes/manifests
containerRuntimeEndpoint: unix:///var/run/containerd/containerd.sock
`;

const KUBE_PROXY_CONFIG = `# /var/lib/kube-proxy/config.conf on worker-1 (kube-proxy --config)
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
bindAddress: 0.0.0.0
clientConnection:
  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf
clusterCIDR: 10.244.0.0/16
metricsBindAddress: 0.0.0.0:10249
mode: iptables
`;

const common = {
  '/etc/passwd': { content: PASSWD, mode: '644' },
  '/etc/group': { content: GROUP, mode: '644' },
  '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf': { content: KUBEADM_DROP_IN, mode: '644' },
  '/etc/kubernetes/pki/ca.crt': { content: CERT, mode: '644' },
} satisfies Record<string, NodeFile>;

export const DEMO_NODES: readonly DemoNode[] = [
  {
    name: 'cp-1',
    files: {
      ...common,
      '/etc/kubernetes/manifests/kube-apiserver.yaml': { content: APISERVER, mode: '644' },
      '/etc/kubernetes/manifests/kube-controller-manager.yaml': { content: CONTROLLER_MANAGER, mode: '600', uid: 1000, gid: 1000 },
      '/etc/kubernetes/manifests/kube-scheduler.yaml': { content: SCHEDULER, mode: '640' },
      '/etc/kubernetes/manifests/etcd.yaml': { content: ETCD, mode: '600' },
      '/etc/kubernetes/enc/encryption-config.yaml': { content: ENCRYPTION_CONFIG, mode: '644' },
      '/etc/kubernetes/known_tokens.csv': { content: `${PLANTED_SECRETS[1]},admin,1,system:masters\n`, mode: '644' },
      '/etc/kubernetes/admin.conf': { content: kubeconfig('kubernetes-admin'), mode: '644' },
      '/etc/kubernetes/scheduler.conf': { content: kubeconfig('system:kube-scheduler'), mode: '600' },
      '/etc/kubernetes/controller-manager.conf': { content: kubeconfig('system:kube-controller-manager'), mode: '600', uid: 1000, gid: 1000 },
      '/etc/kubernetes/kubelet.conf': { content: kubeconfig('system:node:cp-1'), mode: '600' },
      '/etc/kubernetes/pki/ca.key': { content: KEY, mode: '644' },
      '/etc/kubernetes/pki/apiserver.crt': { content: CERT, mode: '644' },
      '/etc/kubernetes/pki/apiserver.key': { content: KEY, mode: '600' },
      '/etc/kubernetes/pki/apiserver-kubelet-client.crt': { content: CERT, mode: '644' },
      '/etc/kubernetes/pki/apiserver-kubelet-client.key': { content: KEY, mode: '600' },
      '/etc/kubernetes/pki/sa.key': { content: KEY, mode: '600' },
      '/etc/kubernetes/pki/sa.pub': { content: '-----BEGIN PUBLIC KEY-----\nMIIBdemo\n-----END PUBLIC KEY-----\n', mode: '644' },
      '/var/lib/kubelet/config.yaml': { content: CONTROL_PLANE_KUBELET, mode: '644' },
      '/var/lib/etcd/member/snap/db': { content: 'etcd data\n', mode: '600', uid: 998, gid: 998 },
    },
    directories: { '/etc/kubernetes/pki': { mode: '755' }, '/var/lib/etcd': { mode: '755', uid: 1000, gid: 1000 } },
    kubelet: ['/usr/bin/kubelet', '--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf', '--kubeconfig=/etc/kubernetes/kubelet.conf', '--config=/var/lib/kubelet/config.yaml', '--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock', '--pod-infra-container-image=registry.k8s.io/pause:3.9'],
  },
  {
    name: 'worker-1',
    files: {
      ...common,
      '/etc/kubernetes/kubelet.conf': { content: kubeconfig('system:node:worker-1'), mode: '644' },
      '/var/lib/kubelet/config.yaml': { content: WORKER_KUBELET, mode: '644' },
      '/var/lib/kube-proxy/config.conf': { content: KUBE_PROXY_CONFIG, mode: '644' },
      '/var/lib/kube-proxy/kubeconfig.conf': { content: kubeconfig('system:kube-proxy'), mode: '666' },
    },
    // the flags win over the config file: --hostname-override is set only here, --read-only-port repeats the file's port
    kubelet: ['/usr/bin/kubelet', '--kubeconfig=/etc/kubernetes/kubelet.conf', '--config=/var/lib/kubelet/config.yaml', '--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock', '--hostname-override=worker-1', '--read-only-port=10255'],
  },
];

/** When the demo nodes were collected: fixed, so the bundles do not change between runs. */
const COLLECTED_AT = new Date('2024-05-14T08:00:00Z');

/** Lays `node` out under a temporary root and collects it as `rampart node collect --root` would. */
export function collectDemoNode(node: DemoNode): CollectedBundle {
  const root = mkdtempSync(join(tmpdir(), `rampart-demo-${node.name}-`));
  try {
    for (const [path, file] of Object.entries(node.files)) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), file.content);
      chmodSync(join(root, path), parseInt(file.mode, 8));
    }
    for (const [path, d] of Object.entries(node.directories ?? {})) {
      mkdirSync(join(root, path), { recursive: true });
      chmodSync(join(root, path), parseInt(d.mode, 8));
    }
    mkdirSync(join(root, 'proc/4242'), { recursive: true });
    writeFileSync(join(root, 'proc/4242/cmdline'), node.kubelet.join('\0') + '\0');
    const collected = collectNode({ root, nodeName: node.name, version: 'demo', now: COLLECTED_AT });
    // modes and owners as the spec says, whoever runs this (only root could chown)
    const attrs = new Map<string, { mode: string; uid?: number; gid?: number }>([...Object.entries(node.files), ...Object.entries(node.directories ?? {})]);
    const names = new Map([[0, 'root'], [998, 'etcd'], [1000, 'ubuntu']]);
    const files = collected.document.files.map((f) => {
      const a = attrs.get(f.path);
      if (!a || f.type === 'missing') return f;
      const uid = a.uid ?? 0;
      const gid = a.gid ?? 0;
      return { ...f, mode: `0${a.mode}`, uid, gid, user: names.get(uid), group: names.get(gid) };
    });
    return { ...collected, document: { ...collected.document, collector: { ...collected.document.collector, root: '/' }, files } };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function writeDemoNodeBundles(out: string): void {
  for (const node of DEMO_NODES) {
    rmSync(join(out, node.name), { recursive: true, force: true });
    writeBundle(collectDemoNode(node), join(out, node.name));
  }
}

export function demoNodesDirectory(): string {
  return fileURLToPath(new URL('../../demo/nodes/', import.meta.url));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeDemoNodeBundles(process.argv[2] ?? demoNodesDirectory());
}
