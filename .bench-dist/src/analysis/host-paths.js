import { posix } from 'node:path';
import { describeContainer } from './security-context.js';
import { isRecord } from '../k8s/types.js';
import { severityRank } from '../findings/finding.js';
const RUNTIME_SOCKET = 'whoever reaches it controls every container on the node';
/**
 * Host paths whose exposure is worse than the check's default. A hostPath at or under one of
 * these paths inherits its severity, and so does one that contains it (mounting /run exposes
 * /run/containerd/containerd.sock). `/` matches only itself: it contains everything.
 */
export const SENSITIVE_HOST_PATHS = [
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
const isWindowsPath = (p) => /^[a-zA-Z]:[\\/]|^\\\\/.test(p);
/** `//etc/` and `/etc/./` are `/etc`; Windows paths compare case-insensitively with backslashes. */
export function normalizeHostPath(path) {
    if (isWindowsPath(path))
        return path.replace(/\//g, '\\').toLowerCase();
    const n = posix.normalize(path.startsWith('/') ? path : `/${path}`);
    return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}
/** The worst table entry the path is at, under, or contains. */
export function classifyHostPath(path, table = SENSITIVE_HOST_PATHS) {
    const p = normalizeHostPath(path);
    let best;
    for (const entry of table) {
        const e = normalizeHostPath(entry.path);
        const relation = p === e || (e !== '/' && p.startsWith(e + '/')) ? 'at' : p === '/' || e.startsWith(p + '/') ? 'contains' : undefined;
        if (!relation)
            continue;
        const candidate = { entry, relation };
        if (!best || better(candidate, best))
            best = candidate;
    }
    return best;
}
function better(a, b) {
    const bySeverity = severityRank(a.entry.severity) - severityRank(b.entry.severity);
    if (bySeverity !== 0)
        return bySeverity > 0;
    if (a.relation !== b.relation)
        return a.relation === 'at';
    // At or under several entries: the most specific one. Containing several: the first in the table.
    return a.relation === 'at' && a.entry.path.length > b.entry.path.length;
}
export function mountsOf(containers, volume) {
    const out = [];
    for (const c of containers) {
        const mounts = Array.isArray(c.container.volumeMounts) ? c.container.volumeMounts.filter((m) => isRecord(m) && m.name === volume) : [];
        // A container that mounts the volume twice is as exposed as its most permissive mount.
        if (mounts.length)
            out.push({ container: c, readOnly: mounts.every((m) => m.readOnly === true) });
    }
    return out;
}
export function describeMounts(mounts, socket) {
    if (!mounts.length)
        return 'not mounted by any container';
    const list = (ms) => ms.map((m) => describeContainer(m.container)).join(', ');
    const rw = mounts.filter((m) => !m.readOnly);
    const ro = mounts.filter((m) => m.readOnly);
    const parts = [];
    if (rw.length)
        parts.push(`mounted read-write by ${list(rw)}`);
    if (ro.length)
        parts.push(`${rw.length ? '' : 'mounted '}read-only by ${list(ro)}${socket ? ' (read-only does not stop a process from connecting to a socket)' : ''}`);
    return parts.join('; ');
}
//# sourceMappingURL=host-paths.js.map