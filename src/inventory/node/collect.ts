import { lstatSync, readFileSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { join, posix } from 'node:path';
import jsyaml from 'js-yaml';
import { CommandLineFlags, parseCommandLine } from '../../analysis/components/flags.js';
import { recognize } from '../../analysis/components/components.js';
import { FLAG_TYPES, type ComponentType } from '../../analysis/components/specs.js';
import { findSecretFormats, isCredentialAssignment } from '../../analysis/credentials.js';
import { isRecord } from '../../k8s/types.js';
import { splitCommandLine } from './flags-file.js';
import { formatMode, NODE_API_VERSION, NODE_BUNDLE_KIND, type BundleFile, type ContentDisposition, type FileRole, type NodeBundleDocument } from './format.js';

/** Where a node keeps what CIS looks at: kubeadm's layout, each path configurable. */
export interface CollectPaths {
  readonly manifests: string;
  readonly kubernetesDir: string;
  readonly pki: string;
  readonly kubeletConfig: string;
  readonly kubeletKubeconfig: string;
  readonly kubeletServiceFiles: readonly string[];
  readonly kubeletServiceDropIns: readonly string[];
  readonly kubeProxyConfig: string;
  readonly kubeProxyKubeconfig: string;
  readonly etcdDataDir: string;
  readonly cniConfDir: string;
  readonly cniNetworksDir: string;
  readonly proc: string;
}

export const DEFAULT_COLLECT_PATHS: CollectPaths = {
  manifests: '/etc/kubernetes/manifests',
  kubernetesDir: '/etc/kubernetes',
  pki: '/etc/kubernetes/pki',
  kubeletConfig: '/var/lib/kubelet/config.yaml',
  kubeletKubeconfig: '/etc/kubernetes/kubelet.conf',
  kubeletServiceFiles: ['/etc/systemd/system/kubelet.service', '/lib/systemd/system/kubelet.service', '/usr/lib/systemd/system/kubelet.service'],
  kubeletServiceDropIns: ['/etc/systemd/system/kubelet.service.d', '/usr/lib/systemd/system/kubelet.service.d', '/lib/systemd/system/kubelet.service.d'],
  kubeProxyConfig: '/var/lib/kube-proxy/config.conf',
  kubeProxyKubeconfig: '/var/lib/kube-proxy/kubeconfig.conf',
  etcdDataDir: '/var/lib/etcd',
  cniConfDir: '/etc/cni/net.d',
  cniNetworksDir: '/var/lib/cni/networks',
  proc: '/proc',
};

export interface CollectOptions {
  /** The node's root file system (`/`, or a mounted image or a test fixture). */
  readonly root: string;
  readonly nodeName?: string;
  readonly paths?: Partial<CollectPaths>;
  readonly version: string;
  readonly now?: Date;
}

export interface CollectedBundle {
  readonly document: NodeBundleDocument;
  /** Copied or sanitized contents, by absolute path on the node. */
  readonly contents: ReadonlyMap<string, Buffer>;
  /** `<component>.flags` files. */
  readonly commandLines: ReadonlyMap<string, string>;
}

/**
 * Gathers, read-only, what the CIS Benchmark looks at on a node: the mode, owner and size of every
 * file it names, the contents of configuration files that hold no secrets, and the command lines
 * of the running components. Key material and credentials never leave the node: private keys,
 * kubeconfigs, token files and CNI files are recorded by metadata only, an EncryptionConfiguration
 * is copied with its keys replaced, and any copy that still looks like it holds a secret (a PEM
 * key, a token of a known format) is withheld.
 */
export function collectNode(options: CollectOptions): CollectedBundle {
  const paths: CollectPaths = { ...DEFAULT_COLLECT_PATHS, ...options.paths };
  const c = new Collector(options.root);

  // The running components, from /proc (their argv, with secret-looking values redacted).
  const running = c.processes(paths.proc);
  const flagsOf = (type: ComponentType): CommandLineFlags | undefined => {
    const argv = running.find((r) => r.type === type)?.argv;
    return argv ? flags(type, argv) : undefined;
  };

  // The kubelet: its command line from /proc, else as systemd would start it.
  let kubeletArgv = running.find((r) => r.type === 'kubelet')?.argv;
  const units = [...paths.kubeletServiceFiles, ...paths.kubeletServiceDropIns.flatMap((d) => c.list(d).filter((f) => f.endsWith('.conf')))];
  for (const unit of units) c.record(unit, ['kubelet-service'], 'copy', { optional: true });
  if (!kubeletArgv) kubeletArgv = c.kubeletFromSystemd(units);
  const kubelet = kubeletArgv ? flags('kubelet', kubeletArgv) : undefined;

  const kubeletConfigPath = kubelet?.string('config') ?? paths.kubeletConfig;
  const kubeletConfig = c.record(kubeletConfigPath, ['kubelet-config'], 'copy', { optional: true });
  const config = kubeletConfig ? c.yaml(kubeletConfigPath) : undefined;
  c.record(kubelet?.string('kubeconfig') ?? paths.kubeletKubeconfig, ['kubelet-kubeconfig'], 'withhold', { optional: true });
  const clientCA = kubelet?.string('client-ca-file') ?? (isRecord(config) ? pick(config, ['authentication', 'x509', 'clientCAFile']) : undefined);
  if (typeof clientCA === 'string' && clientCA !== '') c.record(clientCA, ['client-ca'], 'withhold', { optional: true });

  // Static pods: the manifests directory is the kubelet's staticPodPath.
  const staticPodPath = (kubelet?.string('pod-manifest-path') ?? (isRecord(config) && typeof config.staticPodPath === 'string' ? config.staticPodPath : undefined)) || paths.manifests;
  const staticPods = new Map<ComponentType, CommandLineFlags>();
  for (const file of c.list(staticPodPath)) {
    const pod = c.yaml(file);
    const found = componentOfPod(pod);
    const role = found ? MANIFEST_ROLES[found.type] : undefined;
    c.record(file, role ? [role] : [], 'manifest');
    if (found) staticPods.set(found.type, found.flags);
  }
  const component = (type: ComponentType): CommandLineFlags | undefined => staticPods.get(type) ?? flagsOf(type);

  // The control plane's kubeconfigs and PKI.
  c.record(join(paths.kubernetesDir, 'admin.conf'), ['admin-kubeconfig'], 'withhold', { optional: true });
  c.record(join(paths.kubernetesDir, 'super-admin.conf'), ['admin-kubeconfig'], 'withhold', { optional: true });
  c.record(component('kube-scheduler')?.string('kubeconfig') ?? join(paths.kubernetesDir, 'scheduler.conf'), ['scheduler-kubeconfig'], 'withhold', { optional: true });
  c.record(component('kube-controller-manager')?.string('kubeconfig') ?? join(paths.kubernetesDir, 'controller-manager.conf'), ['controller-manager-kubeconfig'], 'withhold', { optional: true });
  c.record(join(paths.kubernetesDir, 'bootstrap-kubelet.conf'), [], 'withhold', { optional: true });
  c.tree(paths.pki, (p, isDir) => (isDir ? ['pki'] : p.endsWith('.crt') ? ['pki', 'pki-certificate'] : p.endsWith('.key') ? ['pki', 'pki-key'] : ['pki']));

  // Files the API server's flags name.
  const apiserver = component('kube-apiserver');
  if (apiserver) {
    const file = (flag: string, roles: FileRole[], how: How): void => {
      const p = apiserver.string(flag);
      if (p) c.record(p, roles, how, { optional: true });
    };
    file('encryption-provider-config', ['encryption-config'], 'encryption-config');
    file('audit-policy-file', ['audit-policy'], 'copy');
    file('authentication-config', [], 'copy');
    file('authorization-config', [], 'copy');
    file('token-auth-file', ['token-file'], 'withhold');
    file('basic-auth-file', ['token-file'], 'withhold');
    const admission = apiserver.string('admission-control-config-file');
    if (admission) {
      c.record(admission, ['admission-config'], 'copy', { optional: true });
      // each plugin's configuration may live in a file of its own
      const doc = c.yaml(admission);
      const plugins = isRecord(doc) && Array.isArray(doc.plugins) ? doc.plugins : [];
      for (const p of plugins) {
        if (isRecord(p) && typeof p.path === 'string') c.record(posix.isAbsolute(p.path) ? p.path : posix.join(posix.dirname(admission), p.path), ['admission-config'], 'copy', { optional: true });
      }
    }
  }

  // etcd's data directory.
  const etcd = component('etcd');
  if (etcd || c.exists(paths.etcdDataDir)) c.record(etcd?.string('data-dir') ?? paths.etcdDataDir, ['etcd-data-dir'], 'withhold', { optional: !etcd });

  // CNI configuration (may hold a kubeconfig or credentials: metadata only).
  const cniDir = kubelet?.string('cni-conf-dir') ?? paths.cniConfDir;
  c.tree(cniDir, () => ['cni-config'], { skipRoot: true });
  c.tree(paths.cniNetworksDir, (_, isDir) => (isDir ? [] : ['cni-config']), { skipRoot: true });

  // kube-proxy, when it runs on the host (with kubeadm it runs as a DaemonSet with its config in a ConfigMap).
  const proxy = flagsOf('kube-proxy');
  c.record(proxy?.string('config') ?? paths.kubeProxyConfig, ['kube-proxy-config'], 'copy', { optional: true });
  c.record(proxy?.string('kubeconfig') ?? paths.kubeProxyKubeconfig, ['proxy-kubeconfig'], 'withhold', { optional: true });

  const commandLines = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const r of running) {
    if (staticPods.has(r.type)) continue; // the manifest is the better source: it has positions
    const n = (counts.get(r.type) ?? 0) + 1;
    counts.set(r.type, n);
    commandLines.set(`${r.type}${n > 1 ? `-${n}` : ''}.flags`, `# ${r.source}\n${r.argv.map(quote).join(' ')}\n`);
  }
  if (kubeletArgv && !running.some((r) => r.type === 'kubelet')) commandLines.set('kubelet.flags', `# from the kubelet's systemd unit (the kubelet was not found running)\n${kubeletArgv.map(quote).join(' ')}\n`);

  const nodeName = options.nodeName ?? c.hostname() ?? hostname();
  const document: NodeBundleDocument = {
    apiVersion: NODE_API_VERSION,
    kind: NODE_BUNDLE_KIND,
    metadata: { name: nodeName },
    collector: { version: options.version, root: options.root, collectedAt: (options.now ?? new Date()).toISOString() },
    files: c.files(),
    commandLines: [...commandLines.keys()].sort(),
  };
  return { document, contents: c.contents, commandLines };
}

const MANIFEST_ROLES: Partial<Record<ComponentType, FileRole>> = {
  'kube-apiserver': 'apiserver-manifest',
  'kube-controller-manager': 'controller-manager-manifest',
  'kube-scheduler': 'scheduler-manifest',
  etcd: 'etcd-manifest',
};

function flags(type: ComponentType, argv: readonly string[]): CommandLineFlags {
  const start = recognize(argv)?.start ?? 1;
  return new CommandLineFlags(parseCommandLine(argv, FLAG_TYPES[type], start), FLAG_TYPES[type]);
}

function componentOfPod(pod: unknown): { type: ComponentType; flags: CommandLineFlags } | undefined {
  const containers = isRecord(pod) && isRecord(pod.spec) && Array.isArray(pod.spec.containers) ? pod.spec.containers : [];
  for (const c of containers) {
    if (!isRecord(c) || !Array.isArray(c.command)) continue;
    const argv = [...c.command, ...(Array.isArray(c.args) ? c.args : [])].map(String);
    const r = recognize(argv);
    if (r) return { type: r.type, flags: flags(r.type, argv) };
  }
  return undefined;
}

function pick(root: Record<string, unknown>, path: readonly string[]): unknown {
  let v: unknown = root;
  for (const seg of path) v = isRecord(v) ? v[seg] : undefined;
  return v;
}

/** A word quoted for a POSIX shell when it needs it. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

type How = 'copy' | 'manifest' | 'encryption-config' | 'withhold';

/** Flags whose value is a path or a name, never a credential, although their name says "token" or "key". */
const REFERENCE_FLAG = /(-file|-dir|-path|-config|-kubeconfig|-url|-urls|-endpoint|-address|-ttl|-audiences|-issuer|-prefix|-lookup|-expiration|-auth|-algorithms|-count|-size|-type)$/;

class Collector {
  private readonly entries = new Map<string, BundleFile>();
  readonly contents = new Map<string, Buffer>();
  private users: Map<number, string> | undefined;
  private groups: Map<number, string> | undefined;

  constructor(private readonly root: string) {}

  private host(path: string): string {
    return join(this.root, path);
  }

  exists(path: string): boolean {
    try {
      lstatSync(this.host(path));
      return true;
    } catch {
      return false;
    }
  }

  hostname(): string | undefined {
    try {
      return readFileSync(this.host('/etc/hostname'), 'utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Files (not directories) directly in a directory, sorted; dot files skipped, as the kubelet does for manifests. */
  list(dir: string): string[] {
    try {
      return readdirSync(this.host(dir), { withFileTypes: true })
        .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
        .map((e) => posix.join(dir, e.name))
        .sort();
    } catch {
      return [];
    }
  }

  /** A directory and everything below it, metadata only. */
  tree(dir: string, roles: (path: string, isDirectory: boolean) => FileRole[], { skipRoot = false } = {}): void {
    let st: Stats;
    try {
      st = statSync(this.host(dir));
    } catch {
      return;
    }
    if (!st.isDirectory()) return;
    if (!skipRoot) this.record(dir, roles(dir, true), 'withhold');
    let names: string[];
    try {
      names = readdirSync(this.host(dir)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = posix.join(dir, name);
      let isDir = false;
      try {
        isDir = lstatSync(this.host(p)).isDirectory();
      } catch {
        /* recorded as unreadable below */
      }
      if (isDir) this.tree(p, roles);
      else this.record(p, roles(p, false), 'withhold');
    }
  }

  yaml(path: string): unknown {
    try {
      return jsyaml.load(readFileSync(this.host(path), 'utf8'));
    } catch {
      return undefined;
    }
  }

  /** Records a file's metadata (roles merge when a file has several) and, when allowed, its content. */
  record(path: string, roles: readonly FileRole[], how: How, { optional = false } = {}): BundleFile | undefined {
    const existing = this.entries.get(path);
    if (existing) {
      const merged = { ...existing, roles: [...new Set([...existing.roles, ...roles])] };
      this.entries.set(path, merged);
      return merged;
    }
    let lst: Stats;
    try {
      lst = lstatSync(this.host(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        if (optional) return undefined;
        this.entries.set(path, { path, type: 'missing', roles: [...roles] });
      } else this.entries.set(path, { path, type: 'unreadable', roles: [...roles], reason: (e as Error).message });
      return this.entries.get(path);
    }
    let st = lst;
    let target: string | undefined;
    if (lst.isSymbolicLink()) {
      target = readlinkSync(this.host(path));
      try {
        st = statSync(this.host(path));
      } catch {
        /* a dangling link: its own metadata */
      }
    }
    const type = st.isDirectory() ? 'directory' : st.isFile() ? 'file' : lst.isSymbolicLink() ? 'symlink' : 'other';
    const entry: BundleFile = {
      path,
      type,
      mode: formatMode(st.mode),
      uid: st.uid,
      gid: st.gid,
      user: this.userName(st.uid),
      group: this.groupName(st.gid),
      size: st.size,
      ...(target !== undefined ? { target } : {}),
      roles: [...roles],
    };
    const withContent = type === 'file' ? this.content(path, how) : undefined;
    this.entries.set(path, withContent ? { ...entry, content: withContent.content, ...(withContent.reason ? { reason: withContent.reason } : {}) } : entry);
    return this.entries.get(path);
  }

  private content(path: string, how: How): { content: ContentDisposition; reason?: string } {
    if (how === 'withhold') return { content: 'withheld', reason: 'may hold keys or credentials: metadata only' };
    let data: Buffer;
    try {
      data = readFileSync(this.host(path));
    } catch (e) {
      return { content: 'withheld', reason: `cannot read: ${(e as Error).message}` };
    }
    if (data.subarray(0, 8192).includes(0)) return { content: 'withheld', reason: 'binary file' };
    let text = data.toString('utf8');
    let content: ContentDisposition = 'copied';
    let reason: string | undefined;
    if (how === 'encryption-config') {
      const sanitized = sanitizeEncryptionConfig(text);
      if (sanitized === undefined) return { content: 'withheld', reason: 'not a readable EncryptionConfiguration: its keys cannot be removed' };
      if (sanitized !== text) {
        text = sanitized;
        content = 'sanitized';
        reason = 'key secrets replaced by their length';
      }
    } else if (how === 'manifest') {
      const sanitized = sanitizeManifest(text);
      if (sanitized !== text) {
        text = sanitized;
        content = 'sanitized';
        reason = 'credential-looking values replaced by their length';
      }
    }
    if (looksLikeKubeconfig(text)) return { content: 'withheld', reason: 'a kubeconfig: metadata only' };
    const secrets = findSecretFormats(text);
    if (secrets.length > 0) return { content: 'withheld', reason: `holds what looks like ${secrets.map((s) => s.format.description).join(', ')}: metadata only` };
    this.contents.set(path, Buffer.from(text, 'utf8'));
    return { content, ...(reason ? { reason } : {}) };
  }

  files(): BundleFile[] {
    return [...this.entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private userName(uid: number): string | undefined {
    this.users ??= this.idNames('/etc/passwd');
    return this.users.get(uid) ?? (uid === 0 ? 'root' : undefined);
  }

  private groupName(gid: number): string | undefined {
    this.groups ??= this.idNames('/etc/group');
    return this.groups.get(gid) ?? (gid === 0 ? 'root' : undefined);
  }

  private idNames(file: string): Map<number, string> {
    const out = new Map<number, string>();
    try {
      for (const line of readFileSync(this.host(file), 'utf8').split('\n')) {
        const [name, , id] = line.split(':');
        if (name && id && /^\d+$/.test(id) && !out.has(Number(id))) out.set(Number(id), name);
      }
    } catch {
      /* names stay unknown */
    }
    return out;
  }

  /** Kubernetes components among the processes: their argv from /proc/<pid>/cmdline. */
  processes(proc: string): { type: ComponentType; argv: string[]; source: string }[] {
    const out: { type: ComponentType; argv: string[]; source: string }[] = [];
    const seen = new Set<string>();
    let pids: string[];
    try {
      pids = readdirSync(this.host(proc)).filter((p) => /^\d+$/.test(p)).sort((a, b) => Number(a) - Number(b));
    } catch {
      return out;
    }
    for (const pid of pids) {
      let raw: string;
      try {
        raw = readFileSync(this.host(posix.join(proc, pid, 'cmdline')), 'utf8');
      } catch {
        continue;
      }
      const argv = raw.split('\0');
      if (argv[argv.length - 1] === '') argv.pop();
      const r = recognize(argv);
      if (!r) continue;
      const redacted = redactArgv(argv);
      const key = redacted.join('\0');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ type: r.type, argv: redacted, source: `from ${posix.join(proc, pid, 'cmdline')}` });
    }
    return out;
  }

  /**
   * The kubelet's command line as systemd starts it with kubeadm's drop-in:
   * `ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS`,
   * the variables from `Environment=` lines and `EnvironmentFile=` files (kubeadm-flags.env).
   */
  kubeletFromSystemd(units: readonly string[]): string[] | undefined {
    const env = new Map<string, string>();
    let exec: string | undefined;
    for (const unit of units) {
      let text: string;
      try {
        text = readFileSync(this.host(unit), 'utf8');
      } catch {
        continue;
      }
      for (const raw of text.split('\n')) {
        const line = raw.trim();
        const m = /^(Environment|EnvironmentFile|ExecStart)=(.*)$/.exec(line);
        if (!m) continue;
        const [, key, value] = m;
        if (key === 'ExecStart') exec = value.trim() === '' ? undefined : value; // an empty ExecStart= resets it
        else if (key === 'Environment') for (const w of splitCommandLine(value).words) assign(env, w.value);
        else {
          const file = value.replace(/^-/, '').trim();
          this.record(file, ['kubelet-service'], 'copy', { optional: true });
          try {
            for (const l of readFileSync(this.host(file), 'utf8').split('\n')) {
              const words = splitCommandLine(l).words;
              if (words.length > 0) assign(env, words.map((w) => w.value).join(' '));
            }
          } catch {
            /* a missing optional EnvironmentFile */
          }
        }
      }
    }
    if (!exec) return undefined;
    const expanded = exec.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a: string | undefined, b: string | undefined) => {
      const v = env.get((a ?? b)!);
      return v === undefined ? '' : v;
    });
    const argv = splitCommandLine(expanded).words.map((w) => w.value);
    return recognize(argv)?.type === 'kubelet' ? redactArgv(argv) : undefined;
  }
}

function assign(env: Map<string, string>, assignment: string): void {
  const eq = assignment.indexOf('=');
  if (eq > 0) env.set(assignment.slice(0, eq), assignment.slice(eq + 1));
}

/** Values of flags named like credentials (`--oidc-client-secret=...`), and any known secret format, replaced by their length. */
export function redactArgv(argv: readonly string[]): string[] {
  return argv.map((arg) => {
    const m = /^(--?[\w-]+)=(.*)$/s.exec(arg);
    if (m && !REFERENCE_FLAG.test(m[1]) && isCredentialAssignment(m[1].replace(/^-+/, ''), m[2])) return `${m[1]}=<redacted: ${m[2].length} chars>`;
    return findSecretFormats(arg).length > 0 ? `<redacted: ${arg.length} chars>` : arg;
  });
}

/** A static pod manifest with credential-named env values and flag values replaced. */
export function sanitizeManifest(text: string): string {
  let doc: unknown;
  try {
    doc = jsyaml.load(text);
  } catch {
    return text;
  }
  if (!isRecord(doc) || !isRecord(doc.spec)) return text;
  let changed = false;
  for (const kind of ['containers', 'initContainers']) {
    const list = doc.spec[kind];
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!isRecord(c)) continue;
      for (const field of ['command', 'args']) {
        if (!Array.isArray(c[field])) continue;
        const redacted = redactArgv(c[field].map(String));
        if (redacted.some((v, i) => v !== String((c[field] as unknown[])[i]))) {
          c[field] = redacted;
          changed = true;
        }
      }
      if (Array.isArray(c.env)) {
        for (const e of c.env) {
          if (isRecord(e) && typeof e.name === 'string' && typeof e.value === 'string' && isCredentialAssignment(e.name, e.value)) {
            e.value = `<redacted: ${e.value.length} chars>`;
            changed = true;
          }
        }
      }
    }
  }
  return changed ? jsyaml.dump(doc, { lineWidth: -1 }) : text;
}

/**
 * An EncryptionConfiguration with every key's secret replaced by its decoded length, so that the
 * scanner still sees the providers, their order, the key names and whether keys are 32 bytes.
 * Undefined when the text cannot be parsed (then it is not copied at all).
 */
export function sanitizeEncryptionConfig(text: string): string | undefined {
  let doc: unknown;
  try {
    doc = jsyaml.load(text);
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isRecord(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'secret' && typeof child === 'string') v[k] = `<redacted: ${Buffer.from(child, 'base64').length} bytes>`;
        else visit(child);
      }
    }
  };
  visit(doc);
  return jsyaml.dump(doc, { lineWidth: -1 });
}

function looksLikeKubeconfig(text: string): boolean {
  return /^kind:\s*Config\s*$/m.test(text) && /^users:/m.test(text);
}
