/**
 * Dashboards and admin consoles among the pod templates: the Kubernetes Dashboard and its
 * look-alikes (Weave Scope, kube-ops-view, Headlamp, Rancher, Argo CD, Jenkins), recognized from
 * a table of kinds (a check option, so users can add their own): by image repository, by the
 * program the container runs, or by well-known pod labels. For each instance: the container, and
 * how its login is set up (flags, environment, ConfigMaps), so the dashboard checks only judge.
 */
import type { Inventory } from '../inventory/inventory.js';
import type { ContainerView, PodSpecView } from '../inventory/pod-spec.js';
import { parseImageReference } from './images/reference.js';
import { parseCommandLine, parseGoBool } from './components/flags.js';
import { isRecord } from '../k8s/types.js';

/** A setting read from a ConfigMap of the dashboard's namespace. */
export interface ConfigMapSetting {
  readonly name: string;
  readonly key: string;
}

/** One kind of dashboard: how to recognize it and which of its settings weaken its login. */
export interface DashboardKind {
  readonly name: string;
  /**
   * Image repositories, compared with the last path components of the image's repository, so
   * mirrors match too: `kubernetesui/dashboard` matches `registry.example.com/mirror/kubernetesui/dashboard:v2.7.0`.
   */
  readonly images?: readonly string[];
  /** Programs the container runs (basename of a command or args item), e.g. `argocd-server` (its image is shared with other Argo CD parts). */
  readonly programs?: readonly string[];
  /** Pod label sets, any of which marks the pod; the container is then the one whose image matches, else the first. */
  readonly labels?: readonly Readonly<Record<string, string>>[];
  /** Arguments that say the container is not the dashboard (Weave Scope's probes run the same image with `--mode=probe`). */
  readonly notArgs?: readonly string[];
  /** `login`: the dashboard asks who you are; `none`: it has no authentication at all, anyone who reaches it is in. */
  readonly authentication: 'login' | 'none';
  /** Boolean flags that let a visitor skip the login and act as the dashboard's own service account. */
  readonly skipLoginFlags?: readonly string[];
  /** Boolean flags that allow logging in over plain HTTP. */
  readonly insecureLoginFlags?: readonly string[];
  /** Boolean flags that turn authentication off. */
  readonly disableAuthFlags?: readonly string[];
  /** Environment variables that turn authentication off when true (read through configMapKeyRef too). */
  readonly disableAuthEnv?: readonly string[];
  /** ConfigMap keys in the dashboard's namespace that turn authentication off (or on for anonymous users) when true. */
  readonly disableAuthConfigMaps?: readonly ConfigMapSetting[];
}

/** The kinds Rampart knows; the checks' `dashboards` option defaults to this table. */
export const DASHBOARD_KINDS: readonly DashboardKind[] = [
  {
    name: 'Kubernetes Dashboard',
    images: ['kubernetesui/dashboard', 'kubernetesui/dashboard-api', 'kubernetesui/dashboard-web', 'kubernetesui/dashboard-auth', 'kubernetes-dashboard-amd64', 'kubernetes-dashboard-arm64', 'kubernetes-dashboard'],
    labels: [{ 'k8s-app': 'kubernetes-dashboard' }, { 'app.kubernetes.io/name': 'kubernetes-dashboard' }],
    authentication: 'login',
    skipLoginFlags: ['enable-skip-login'],
    insecureLoginFlags: ['enable-insecure-login'],
  },
  {
    name: 'Argo CD server',
    programs: ['argocd-server'],
    labels: [{ 'app.kubernetes.io/name': 'argocd-server' }],
    authentication: 'login',
    disableAuthFlags: ['disable-auth'],
    disableAuthEnv: ['ARGOCD_SERVER_DISABLE_AUTH'],
    // argocd-cmd-params-cm's server.disable.auth reaches the server only as ARGOCD_SERVER_DISABLE_AUTH (a configMapKeyRef
    // in the stock manifests, the default of --disable-auth); argocd-cm's users.anonymous.enabled, which the server reads
    // itself, lets anyone in with the default role.
    disableAuthConfigMaps: [{ name: 'argocd-cm', key: 'users.anonymous.enabled' }],
  },
  {
    name: 'Weave Scope',
    images: ['weaveworks/scope'],
    labels: [{ 'weave-scope-component': 'app' }, { name: 'weave-scope-app' }],
    notArgs: ['--mode=probe', '-mode=probe'],
    authentication: 'none',
  },
  {
    name: 'kube-ops-view',
    images: ['kube-ops-view'],
    labels: [{ application: 'kube-ops-view' }, { 'app.kubernetes.io/name': 'kube-ops-view' }],
    authentication: 'none',
  },
  {
    name: 'Headlamp',
    images: ['headlamp-k8s/headlamp', 'kinvolk/headlamp'],
    labels: [{ 'app.kubernetes.io/name': 'headlamp' }],
    authentication: 'login',
  },
  {
    name: 'Rancher',
    images: ['rancher/rancher'],
    labels: [{ app: 'rancher' }],
    authentication: 'login',
  },
  {
    name: 'Jenkins',
    images: ['jenkins/jenkins', 'jenkinsci/blueocean', 'bitnami/jenkins'],
    labels: [{ 'app.kubernetes.io/component': 'jenkins-controller' }, { app: 'jenkins' }],
    authentication: 'login',
  },
];

/** JSON Schema of one table entry, for the configuration file. */
export const DASHBOARD_KIND_SCHEMA: Readonly<Record<string, unknown>> = {
  type: 'object',
  required: ['name', 'authentication'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    images: { type: 'array', items: { type: 'string' } },
    programs: { type: 'array', items: { type: 'string' } },
    labels: { type: 'array', items: { type: 'object', additionalProperties: { type: 'string' } } },
    notArgs: { type: 'array', items: { type: 'string' } },
    authentication: { enum: ['login', 'none'] },
    skipLoginFlags: { type: 'array', items: { type: 'string' } },
    insecureLoginFlags: { type: 'array', items: { type: 'string' } },
    disableAuthFlags: { type: 'array', items: { type: 'string' } },
    disableAuthEnv: { type: 'array', items: { type: 'string' } },
    disableAuthConfigMaps: { type: 'array', items: { type: 'object', required: ['name', 'key'], properties: { name: { type: 'string' }, key: { type: 'string' } } } },
  },
};

/** A setting that weakens the login, where it is written. */
export interface DashboardSetting {
  /** In words: `--enable-skip-login`, `ARGOCD_SERVER_DISABLE_AUTH=true (from ConfigMap argocd-cmd-params-cm key server.disable.auth)`. */
  readonly text: string;
  /** JSON pointer in the pod-bearing object, or undefined when the setting sits in a ConfigMap. */
  readonly pointer?: string;
  /** The ConfigMap holding the setting, when it is one. */
  readonly configMap?: string;
}

export interface Dashboard {
  readonly kind: DashboardKind;
  readonly view: PodSpecView;
  readonly container: ContainerView;
  /** How it was recognized, e.g. `image kubernetesui/dashboard`, `label k8s-app=kubernetes-dashboard`. */
  readonly recognizedBy: string;
  readonly skipLogin: readonly DashboardSetting[];
  readonly insecureLogin: readonly DashboardSetting[];
  /** Settings that turn authentication off; empty when the kind has none to turn off. */
  readonly authDisabled: readonly DashboardSetting[];
}

/** Every dashboard instance, in input order. Run through `inventory.analysis(dashboards, kinds)`. */
export function dashboards(inventory: Inventory, kinds: readonly DashboardKind[]): readonly Dashboard[] {
  const out: Dashboard[] = [];
  const mayMatch = prefilter(kinds);
  for (const view of inventory.podSpecs()) {
    if (view.owner.kind === 'PodTemplate' || !mayMatch(view)) continue;
    for (const kind of kinds) {
      const found = recognize(view, kind);
      if (!found) continue;
      const argv = commandLine(found.container);
      const flags = booleanFlags(argv, [...(kind.skipLoginFlags ?? []), ...(kind.insecureLoginFlags ?? []), ...(kind.disableAuthFlags ?? [])]);
      const pick = (names: readonly string[] | undefined): DashboardSetting[] =>
        (names ?? []).flatMap((n) => {
          const f = flags.get(n);
          return f?.value ? [{ text: f.text, pointer: `${found.container.pointer}/${f.where}` }] : [];
        });
      out.push({
        kind,
        view,
        container: found.container,
        recognizedBy: found.by,
        skipLogin: pick(kind.skipLoginFlags),
        insecureLogin: pick(kind.insecureLoginFlags),
        // An explicit flag overrides the environment variable that only supplies its default.
        authDisabled: authDisabled(inventory, view, found.container, kind, pick(kind.disableAuthFlags), (kind.disableAuthFlags ?? []).some((n) => flags.has(n))),
      });
      break; // one kind per pod template
    }
  }
  return out;
}

/**
 * A cheap test that a pod template may be one of the kinds: an image whose last path component, a
 * program whose basename or a label pair that some kind names. Most templates fail it at the cost
 * of a few string operations, so the exact recognition below runs on few.
 */
function prefilter(kinds: readonly DashboardKind[]): (view: PodSpecView) => boolean {
  const images = new Set(kinds.flatMap((k) => (k.images ?? []).map((p) => p.slice(p.lastIndexOf('/') + 1))));
  const programs = [...new Set(kinds.flatMap((k) => k.programs ?? []))];
  const suffixes = programs.map((p) => `/${p}`);
  const labels = new Map<string, Set<string>>();
  for (const k of kinds) for (const set of k.labels ?? []) for (const [key, value] of Object.entries(set)) (labels.get(key) ?? labels.set(key, new Set()).get(key)!).add(value);
  const lastComponent = (image: string): string => {
    const at = image.indexOf('@');
    const name = at === -1 ? image : image.slice(0, at);
    const slash = name.lastIndexOf('/');
    const colon = name.indexOf(':', slash + 1);
    return name.slice(slash + 1, colon === -1 ? undefined : colon);
  };
  const isProgram = (a: unknown): boolean => typeof a === 'string' && programs.some((p, i) => a === p || a.endsWith(suffixes[i]));
  const hasProgram = (list: unknown): boolean => Array.isArray(list) && list.some(isProgram);
  return (view) => {
    for (const c of view.containers) {
      if (typeof c.container.image === 'string' && images.has(lastComponent(c.container.image))) return true;
      if (programs.length > 0 && (hasProgram(c.container.command) || hasProgram(c.container.args))) return true;
    }
    const own = view.metadata.labels;
    if (own) for (const key in own) if (labels.get(key)?.has(own[key])) return true;
    return false;
  };
}

function recognize(view: PodSpecView, kind: DashboardKind): { container: ContainerView; by: string } | undefined {
  const candidates = view.containers.filter((c) => c.kind === 'containers' && !(kind.notArgs ?? []).some((a) => commandLine(c).argv.includes(a)));
  for (const c of candidates) {
    const image = imageMatch(c, kind);
    if (image) return { container: c, by: `image ${image}` };
  }
  for (const c of candidates) {
    const program = commandLine(c).argv.find((a) => (kind.programs ?? []).includes(basename(a)));
    if (program) return { container: c, by: `program ${basename(program)}` };
  }
  const labels = view.metadata.labels ?? {};
  const set = (kind.labels ?? []).find((s) => Object.keys(s).length > 0 && Object.entries(s).every(([k, v]) => labels[k] === v));
  if (set && candidates.length > 0) {
    return { container: candidates[0], by: `label ${Object.entries(set).map(([k, v]) => `${k}=${v}`).join(',')}` };
  }
  return undefined;
}

function imageMatch(c: ContainerView, kind: DashboardKind): string | undefined {
  const image = c.container.image;
  if (typeof image !== 'string' || !kind.images?.length) return undefined;
  // Cheap test before parsing: the repository's last component must appear in the text.
  const wanted = kind.images.filter((p) => image.includes(p.slice(p.lastIndexOf('/') + 1)));
  if (wanted.length === 0) return undefined;
  const parsed = parseImageReference(image);
  if (!parsed.ok) return undefined;
  const components = parsed.reference.path.split('/');
  return wanted.find((p) => {
    const want = p.split('/');
    return want.length <= components.length && want.every((w, i) => components[components.length - want.length + i] === w);
  });
}

interface CommandLine {
  readonly argv: readonly string[];
  /** Where argv[i] is in the container: `command/0`, `args/2`. */
  readonly where: readonly string[];
}

const commandLines = new WeakMap<ContainerView, CommandLine>();

function commandLine(c: ContainerView): CommandLine {
  let cl = commandLines.get(c);
  if (!cl) commandLines.set(c, (cl = readCommandLine(c)));
  return cl;
}

function readCommandLine(c: ContainerView): CommandLine {
  const argv: string[] = [];
  const where: string[] = [];
  for (const field of ['command', 'args'] as const) {
    const list = c.container[field];
    if (!Array.isArray(list)) continue;
    list.forEach((a, i) => {
      if (typeof a !== 'string') return;
      argv.push(a);
      where.push(`${field}/${i}`);
    });
  }
  return { argv, where };
}

/** The boolean flags given, with their value, parsed as pflag does (the last occurrence wins). */
function booleanFlags(cl: CommandLine, names: readonly string[]): Map<string, { value: boolean; text: string; where: string }> {
  const out = new Map<string, { value: boolean; text: string; where: string }>();
  if (names.length === 0) return out;
  // argv[0] is parsed as a flag too: a container may give only args, and the image supplies the program.
  const parsed = parseCommandLine(['', ...cl.argv], { syntax: 'pflag', booleans: new Set(names) });
  for (const o of parsed.occurrences) {
    if (!names.includes(o.name)) continue;
    out.set(o.name, { value: parseGoBool(o.value) === true, text: cl.argv[o.index - 1], where: cl.where[o.index - 1] });
  }
  return out;
}

function authDisabled(inventory: Inventory, view: PodSpecView, c: ContainerView, kind: DashboardKind, flags: DashboardSetting[], explicitFlag: boolean): DashboardSetting[] {
  const env = explicitFlag ? [] : envSettings(inventory, view, c, kind);
  // A ConfigMap the environment already reads is reported once, at the env entry.
  const configMaps = configMapSettings(inventory, view, kind).filter((s) => !env.some((e) => e.configMap === s.configMap));
  return [...flags, ...env, ...configMaps];
}

function envSettings(inventory: Inventory, view: PodSpecView, c: ContainerView, kind: DashboardKind): DashboardSetting[] {
  const env = c.container.env;
  if (!kind.disableAuthEnv?.length || !Array.isArray(env)) return [];
  const out: DashboardSetting[] = [];
  env.forEach((e, i) => {
    if (!isRecord(e) || typeof e.name !== 'string' || !kind.disableAuthEnv!.includes(e.name)) return;
    const pointer = `${c.pointer}/env/${i}`;
    if (typeof e.value === 'string') {
      if (parseGoBool(e.value) === true) out.push({ text: `${e.name}=${e.value}`, pointer });
      return;
    }
    const ref = isRecord(e.valueFrom) && isRecord(e.valueFrom.configMapKeyRef) ? e.valueFrom.configMapKeyRef : undefined;
    if (!ref || typeof ref.name !== 'string' || typeof ref.key !== 'string') return;
    const value = configMapValue(inventory, view.namespace, ref.name, ref.key);
    if (value !== undefined && parseGoBool(value.trim()) === true) {
      out.push({ text: `${e.name}=${value} (from ConfigMap ${ref.name} key ${ref.key})`, pointer, configMap: ref.name });
    }
  });
  return out;
}

function configMapSettings(inventory: Inventory, view: PodSpecView, kind: DashboardKind): DashboardSetting[] {
  const out: DashboardSetting[] = [];
  for (const { name, key } of kind.disableAuthConfigMaps ?? []) {
    const value = configMapValue(inventory, view.namespace, name, key);
    if (value !== undefined && parseGoBool(value.trim()) === true && !out.some((s) => s.configMap === name)) {
      out.push({ text: `${key}: "${value}" in ConfigMap ${view.namespace}/${name}`, configMap: name });
    }
  }
  return out;
}

function configMapValue(inventory: Inventory, namespace: string, name: string, key: string): string | undefined {
  const cm = inventory.get('ConfigMap', namespace, name);
  const data = cm && isRecord(cm.object.data) ? cm.object.data : undefined;
  const value = data?.[key];
  return typeof value === 'string' ? value : undefined;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
