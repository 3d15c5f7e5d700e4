import { dirname } from 'node:path';
import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';
import { joinPointer } from '../../inventory/pointer.js';
import { nodeOrigin } from '../../inventory/node/origin.js';
import { isRecord } from '../../k8s/types.js';
import { parseImageReference } from '../images/reference.js';
import { parseKubeVersion, type KubeVersion } from '../versions/version.js';
import { basename, CommandLineFlags, parseCommandLine } from './flags.js';
import { FLAG_TYPES, HYPERKUBE_ALIASES, isComponentType, type ComponentType } from './specs.js';

/** The API version of the objects Rampart makes from node files (command lines, node bundles). */
export const NODE_API_VERSION = 'node.rampart.dev/v1';
/** A component's command line read from a `*.flags` file or a node bundle: `{command: [argv...]}`. */
export const COMMAND_LINE_KIND = 'CommandLine';

/** A running (or configured) Kubernetes component: where its command line is and what it says. */
export interface Component {
  readonly type: ComponentType;
  /** The object that holds the command line: a Pod (static pod manifest), a DaemonSet, a CommandLine. */
  readonly object: InventoryObject;
  readonly argv: readonly string[];
  readonly flags: CommandLineFlags;
  /** JSON pointer of argv[i] inside the object. */
  pointerOf(index: number): string;
  /** Where a missing flag would be added: the command (or args) list. */
  readonly flagsPointer: string;
  /** The container's literal environment (etcd also reads ETCD_* variables). */
  readonly env: ReadonlyMap<string, { readonly value: string; readonly pointer: string }>;
  /** The Kubernetes version, from the component's image tag (not for etcd, which has its own). */
  readonly version?: KubeVersion;
  readonly view?: PodSpecView;
  readonly container?: ContainerView;
  /** The node it runs on: the node bundle's node, or a Pod's spec.nodeName. */
  readonly node?: string;
  /** The directory of the file it was read from: pairs a kubelet's flags with its config file. */
  readonly directory: string;
}

/** Every component in the inventory, recognized by its command line. Use through inventory.analysis(). */
export function findComponents(inventory: Inventory): readonly Component[] {
  const out: Component[] = [];
  for (const view of inventory.podSpecs()) {
    for (const c of view.containers) {
      if (c.kind === 'ephemeralContainers') continue;
      const component = fromContainer(view, c);
      if (component) out.push(component);
    }
  }
  for (const o of inventory.ofKind(COMMAND_LINE_KIND)) {
    if (o.ref.apiVersion !== NODE_API_VERSION) continue;
    const component = fromCommandLine(o);
    if (component) out.push(component);
  }
  return out;
}

export function componentsOf(inventory: Inventory, type: ComponentType): readonly Component[] {
  return inventory.analysis(findComponents, undefined).filter((c) => c.type === type);
}

/** The component an argv runs, and where its flags start (after `hyperkube <name>`). */
export function recognize(argv: readonly string[]): { type: ComponentType; start: number } | undefined {
  const program = basename(argv[0] ?? '');
  if (isComponentType(program)) return { type: program, start: 1 };
  if (program === 'hyperkube' && argv.length > 1) {
    const type = HYPERKUBE_ALIASES[argv[1]];
    if (type) return { type, start: 2 };
  }
  return undefined;
}

function fromContainer(view: PodSpecView, c: ContainerView): Component | undefined {
  const command = strings(c.container.command);
  const args = strings(c.container.args);
  if (command.length === 0) return undefined; // the image's entrypoint is unknown
  const env = literalEnv(c);
  const argv = [...command, ...args].map((a) => expand(a, env));
  const recognized = recognize(argv);
  if (!recognized) return undefined;
  const { type, start } = recognized;
  const flags = new CommandLineFlags(parseCommandLine(argv, FLAG_TYPES[type], start), FLAG_TYPES[type]);
  const pointerOf = (i: number): string => (i < command.length ? joinPointer(c.pointer, 'command', i) : joinPointer(c.pointer, 'args', i - command.length));
  const image = typeof c.container.image === 'string' ? parseImageReference(c.container.image) : undefined;
  const tag = image && image.ok ? image.reference.tag : undefined;
  const origin = nodeOrigin(view.owner);
  const nodeName = typeof view.spec.nodeName === 'string' ? view.spec.nodeName : undefined;
  return {
    type,
    object: view.owner,
    argv,
    flags,
    pointerOf,
    flagsPointer: joinPointer(c.pointer, args.length > 0 ? 'args' : 'command'),
    env: new Map([...env].map(([k, v]) => [k, v])),
    version: type === 'etcd' || tag === undefined ? undefined : parseKubeVersion(tag),
    view,
    container: c,
    node: origin?.node ?? nodeName,
    directory: dirname(view.owner.file),
  };
}

function fromCommandLine(o: InventoryObject): Component | undefined {
  const argv = strings(o.object.command);
  const recognized = recognize(argv);
  if (!recognized) return undefined;
  const { type, start } = recognized;
  const flags = new CommandLineFlags(parseCommandLine(argv, FLAG_TYPES[type], start), FLAG_TYPES[type]);
  const version = typeof o.object.version === 'string' ? parseKubeVersion(o.object.version) : undefined;
  return {
    type,
    object: o,
    argv,
    flags,
    pointerOf: (i) => joinPointer('/command', i),
    flagsPointer: '/command',
    env: new Map(),
    version: type === 'etcd' ? undefined : version,
    node: nodeOrigin(o)?.node ?? (typeof o.object.node === 'string' ? o.object.node : undefined),
    directory: dirname(o.file),
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String(v))) : [];
}

function literalEnv(c: ContainerView): Map<string, { value: string; pointer: string }> {
  const env = new Map<string, { value: string; pointer: string }>();
  if (!Array.isArray(c.container.env)) return env;
  c.container.env.forEach((e, i) => {
    if (isRecord(e) && typeof e.name === 'string' && typeof e.value === 'string') env.set(e.name, { value: e.value, pointer: joinPointer(c.pointer, 'env', i, 'value') });
  });
  return env;
}

/**
 * Kubernetes expands `$(VAR)` in command and args from the container's environment; `$$(VAR)`
 * is an escaped `$(VAR)`, and a reference to an undefined variable stays as written.
 */
export function expand(arg: string, env: ReadonlyMap<string, { value: string }>): string {
  if (!arg.includes('$')) return arg;
  return arg.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    const v = name !== undefined ? env.get(name) : undefined;
    return v ? v.value : m;
  });
}
