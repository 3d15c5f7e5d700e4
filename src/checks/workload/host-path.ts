import { posix } from 'node:path';
import { defineCheck } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { isRecord } from '../../k8s/types.js';
import { joinPointer } from '../../inventory/pointer.js';
import { severityRank, type Severity } from '../../findings/finding.js';
import type { ContainerView } from '../../inventory/pod-spec.js';

export interface SensitiveHostPath {
  /** Absolute, normalized. Windows named pipes are written as Windows writes them. */
  readonly path: string;
  readonly severity: Severity;
  /** What lives there, for the message. */
  readonly what: string;
  /** A container runtime socket: read-only mounts do not protect it. */
  readonly socket?: boolean;
}

const RUNTIME_SOCKET = 'whoever reaches it controls every container on the node';

/**
 * Host paths whose exposure is worse than the check's default. A hostPath at or under one of
 * these paths inherits its severity, and so does one that contains it (mounting /run exposes
 * /run/containerd/containerd.sock). `/` matches only itself: it contains everything.
 */
export const SENSITIVE_HOST_PATHS: readonly SensitiveHostPath[] = [
  { path: '/', severity: 'critical', what: "the node's whole filesystem" },
  // /var/run is a symlink to /run on current distributions; manifests use both spellings.
  { path: '/var/run/docker.sock', severity: 'critical', what: `the Docker socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/run/docker.sock', severity: 'critical', what: `the Docker socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/var/run/containerd/containerd.sock', severity: 'critical', what: `the containerd socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/run/containerd/containerd.sock', severity: 'critical', what: `the containerd socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/run/k3s/containerd/containerd.sock', severity: 'critical', what: `the k3s containerd socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/var/run/crio/crio.sock', severity: 'critical', what: `the CRI-O socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/run/crio/crio.sock', severity: 'critical', what: `the CRI-O socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/var/run/cri-dockerd.sock', severity: 'critical', what: `the cri-dockerd socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/run/cri-dockerd.sock', severity: 'critical', what: `the cri-dockerd socket: ${RUNTIME_SOCKET}`, socket: true },
  { path: '\\\\.\\pipe\\docker_engine', severity: 'critical', what: `the Docker named pipe: ${RUNTIME_SOCKET}`, socket: true },
  { path: '\\\\.\\pipe\\containerd-containerd', severity: 'critical', what: `the containerd named pipe: ${RUNTIME_SOCKET}`, socket: true },
  { path: '/var/lib/etcd', severity: 'critical', what: "etcd's data: every Secret of the cluster" },
  { path: '/etc', severity: 'high', what: "the node's configuration, with kubelet and control-plane credentials under /etc/kubernetes" },
  { path: '/proc', severity: 'high', what: 'the kernel and every process on the node' },
  { path: '/sys', severity: 'high', what: 'kernel and cgroup settings' },
  { path: '/dev', severity: 'high', what: "the node's devices" },
  { path: '/boot', severity: 'high', what: 'the kernel and boot loader' },
  { path: '/var/lib/kubelet', severity: 'high', what: "the kubelet's state: every pod's volumes, Secrets and service-account tokens" },
  { path: '/var/lib/docker', severity: 'high', what: "Docker's images and container filesystems" },
  { path: '/var/lib/containerd', severity: 'high', what: "containerd's images and container filesystems" },
  { path: '/root', severity: 'high', what: "root's home: SSH keys and kubeconfigs" },
  { path: '/home', severity: 'high', what: "users' homes: SSH keys and kubeconfigs" },
  { path: '/var/log', severity: 'high', what: "the node's logs; a pod that writes there can make the kubelet serve any host file through its log endpoint" },
];

/** `C:\...`, `C:/...` or a UNC / named-pipe path `\\.\pipe\...`. */
const isWindowsPath = (p: string): boolean => /^[a-zA-Z]:[\\/]|^\\\\/.test(p);

/** `//etc/` and `/etc/./` are `/etc`; Windows paths compare case-insensitively with backslashes. */
export function normalizeHostPath(path: string): string {
  if (isWindowsPath(path)) return path.replace(/\//g, '\\').toLowerCase();
  const n = posix.normalize(path.startsWith('/') ? path : `/${path}`);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

export interface HostPathMatch {
  readonly entry: SensitiveHostPath;
  /** `at`: the path is the entry or under it; `contains`: the entry is under the path. */
  readonly relation: 'at' | 'contains';
}

/** The worst table entry the path is at, under, or contains. */
export function classifyHostPath(path: string, table: readonly SensitiveHostPath[] = SENSITIVE_HOST_PATHS): HostPathMatch | undefined {
  const p = normalizeHostPath(path);
  let best: HostPathMatch | undefined;
  for (const entry of table) {
    const e = normalizeHostPath(entry.path);
    const relation = p === e || (e !== '/' && p.startsWith(e + '/')) ? 'at' : p === '/' || e.startsWith(p + '/') ? 'contains' : undefined;
    if (!relation) continue;
    const candidate: HostPathMatch = { entry, relation };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best;
}

function better(a: HostPathMatch, b: HostPathMatch): boolean {
  const bySeverity = severityRank(a.entry.severity) - severityRank(b.entry.severity);
  if (bySeverity !== 0) return bySeverity > 0;
  if (a.relation !== b.relation) return a.relation === 'at';
  // At or under several entries: the most specific one. Containing several: the first in the table.
  return a.relation === 'at' && a.entry.path.length > b.entry.path.length;
}

interface Mount {
  readonly container: ContainerView;
  readonly readOnly: boolean;
}

function mountsOf(containers: readonly ContainerView[], volume: string): Mount[] {
  const out: Mount[] = [];
  for (const c of containers) {
    const mounts = Array.isArray(c.container.volumeMounts) ? c.container.volumeMounts.filter((m) => isRecord(m) && m.name === volume) : [];
    // A container that mounts the volume twice is as exposed as its most permissive mount.
    if (mounts.length) out.push({ container: c, readOnly: mounts.every((m) => m.readOnly === true) });
  }
  return out;
}

function describeMounts(mounts: readonly Mount[], socket: boolean): string {
  if (!mounts.length) return 'not mounted by any container';
  const list = (ms: readonly Mount[]) => ms.map((m) => describeContainer(m.container)).join(', ');
  const rw = mounts.filter((m) => !m.readOnly);
  const ro = mounts.filter((m) => m.readOnly);
  const parts = [];
  if (rw.length) parts.push(`mounted read-write by ${list(rw)}`);
  if (ro.length) parts.push(`${rw.length ? '' : 'mounted '}read-only by ${list(ro)}${socket ? ' (read-only does not stop a process from connecting to a socket)' : ''}`);
  return parts.join('; ');
}

export default defineCheck({
  meta: {
    id: 'workload.host-path',
    title: 'Pod mounts a directory or file of the node (hostPath)',
    severity: 'medium',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'A hostPath volume puts part of the node\'s filesystem inside the container, outside the isolation the container ' +
      'otherwise gets. The container runtime socket hands over every container on the node; /etc, /var/lib/kubelet or /root ' +
      'hold credentials; writable host paths let an attacker plant files the node will run. Even a read-only mount leaks ' +
      'what it exposes, and it does not protect a socket at all. Use hostPath only for node agents that truly need it, ' +
      'on the narrowest path, read-only.',
    remediation:
      'Replace the hostPath with a volume type made for the job (emptyDir, configMap, secret, a PersistentVolumeClaim). ' +
      'When a node agent truly needs host files, mount the narrowest path, read-only:\n\n' +
      '```yaml\nvolumes:\n- name: varlog\n  hostPath:\n    path: /var/log/pods\n    type: Directory\ncontainers:\n- name: agent\n  volumeMounts:\n  - name: varlog\n    mountPath: /var/log/pods\n    readOnly: true\n```',
    references: {
      cis: ['5.2.12'],
      nsa: ['Pod security: Pod security enforcement', 'Pod security: Hardening container environments'],
      mitre: ['T1611', 'T1552.001', 'T1005'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      const volumes = Array.isArray(pod.spec.volumes) ? pod.spec.volumes : [];
      volumes.forEach((volume, i) => {
        if (!isRecord(volume) || !isRecord(volume.hostPath)) return;
        const name = typeof volume.name === 'string' ? volume.name : `#${i}`;
        const path = typeof volume.hostPath.path === 'string' ? volume.hostPath.path : '';
        const match = path ? classifyHostPath(path) : undefined;
        const socket = volume.hostPath.type === 'Socket' || (match?.relation === 'at' && match.entry.socket === true);
        const mounts = mountsOf(pod.containers, name);
        const what = !match
          ? ''
          : match.relation === 'contains'
            ? `, which contains ${match.entry.path} (${match.entry.what})`
            : normalizeHostPath(path) === normalizeHostPath(match.entry.path)
              ? ` (${match.entry.what})`
              : `, under ${match.entry.path} (${match.entry.what})`;
        ctx.report({
          object: pod.owner,
          pointer: joinPointer(pod.pointer, 'volumes', i, 'hostPath', 'path'),
          key: `volume[${name}]`,
          severity: match?.entry.severity,
          message: `hostPath volume "${name}" exposes the node's ${path ? `"${path}"` : 'path (none given)'}${what}; ${describeMounts(mounts, socket)}`,
          evidence: {
            volume: name,
            path,
            ...(match ? { matched: match.entry.path, relation: match.relation } : {}),
            mounts: mounts.map((m) => ({ container: m.container.name, kind: m.container.kind, readOnly: m.readOnly })),
          },
        });
      });
    }
  },
});
