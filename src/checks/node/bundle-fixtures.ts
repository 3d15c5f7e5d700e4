import type { BundleFile, FileRole } from '../../inventory/node/format.js';

const PATHS: Partial<Record<FileRole, string>> = {
  'apiserver-manifest': '/etc/kubernetes/manifests/kube-apiserver.yaml',
  'controller-manager-manifest': '/etc/kubernetes/manifests/kube-controller-manager.yaml',
  'scheduler-manifest': '/etc/kubernetes/manifests/kube-scheduler.yaml',
  'etcd-manifest': '/etc/kubernetes/manifests/etcd.yaml',
  'cni-config': '/etc/cni/net.d/10-calico.conflist',
  'etcd-data-dir': '/var/lib/etcd',
  'admin-kubeconfig': '/etc/kubernetes/admin.conf',
  'scheduler-kubeconfig': '/etc/kubernetes/scheduler.conf',
  'controller-manager-kubeconfig': '/etc/kubernetes/controller-manager.conf',
  pki: '/etc/kubernetes/pki',
  'pki-certificate': '/etc/kubernetes/pki/apiserver.crt',
  'pki-key': '/etc/kubernetes/pki/ca.key',
  'kubelet-service': '/etc/systemd/system/kubelet.service.d/10-kubeadm.conf',
  'proxy-kubeconfig': '/var/lib/kube-proxy/kubeconfig.conf',
  'kubelet-kubeconfig': '/etc/kubernetes/kubelet.conf',
  'client-ca': '/etc/kubernetes/pki/ca.crt',
  'kubelet-config': '/var/lib/kubelet/config.yaml',
  'token-file': '/etc/kubernetes/known_tokens.csv',
};

/** A node bundle's rampart-node.json with one file of a role (root:root 0600 unless told otherwise). */
export function bundle(role: FileRole, attrs: Partial<BundleFile> = {}, node = 'cp-1'): string {
  const directory = role === 'etcd-data-dir' || role === 'pki';
  const file: BundleFile = { path: PATHS[role] ?? `/${role}`, type: directory ? 'directory' : 'file', mode: directory ? '0700' : '0600', uid: 0, gid: 0, user: 'root', group: 'root', size: 1024, roles: [role], content: 'withheld', ...attrs };
  return JSON.stringify(
    {
      apiVersion: 'node.rampart.dev/v1',
      kind: 'NodeBundle',
      metadata: { name: node },
      collector: { version: 'test', root: '/', collectedAt: '2026-01-01T00:00:00.000Z' },
      files: [file],
      commandLines: [],
    },
    null,
    2,
  );
}
