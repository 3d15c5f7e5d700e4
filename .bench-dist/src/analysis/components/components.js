import { dirname } from 'node:path';
import { joinPointer } from '../../inventory/pointer.js';
import { nodeOrigin } from '../../inventory/node/origin.js';
import { isRecord } from '../../k8s/types.js';
import { parseImageReference } from '../images/reference.js';
import { parseKubeVersion } from '../versions/version.js';
import { basename, CommandLineFlags, parseCommandLine } from './flags.js';
import { FLAG_TYPES, HYPERKUBE_ALIASES, isComponentType } from './specs.js';
/** The API version of the objects Rampart makes from node files (command lines, node bundles). */
export const NODE_API_VERSION = 'node.rampart.dev/v1';
/** A component's command line read from a `*.flags` file or a node bundle: `{command: [argv...]}`. */
export const COMMAND_LINE_KIND = 'CommandLine';
/** Every component in the inventory, recognized by its command line. Use through inventory.analysis(). */
export function findComponents(inventory) {
    const out = [];
    for (const view of inventory.podSpecs()) {
        for (const c of view.containers) {
            if (c.kind === 'ephemeralContainers')
                continue;
            const component = fromContainer(view, c);
            if (component)
                out.push(component);
        }
    }
    for (const o of inventory.ofKind(COMMAND_LINE_KIND)) {
        if (o.ref.apiVersion !== NODE_API_VERSION)
            continue;
        const component = fromCommandLine(o);
        if (component)
            out.push(component);
    }
    return out;
}
export function componentsOf(inventory, type) {
    return inventory.analysis(findComponents, undefined).filter((c) => c.type === type);
}
/** The component an argv runs, and where its flags start (after `hyperkube <name>`). */
export function recognize(argv) {
    const program = basename(argv[0] ?? '');
    if (isComponentType(program))
        return { type: program, start: 1 };
    if (program === 'hyperkube' && argv.length > 1) {
        const type = HYPERKUBE_ALIASES[argv[1]];
        if (type)
            return { type, start: 2 };
    }
    return undefined;
}
function fromContainer(view, c) {
    const command = strings(c.container.command);
    const args = strings(c.container.args);
    if (command.length === 0)
        return undefined; // the image's entrypoint is unknown
    const env = literalEnv(c);
    const argv = [...command, ...args].map((a) => expand(a, env));
    const recognized = recognize(argv);
    if (!recognized)
        return undefined;
    const { type, start } = recognized;
    const flags = new CommandLineFlags(parseCommandLine(argv, FLAG_TYPES[type], start), FLAG_TYPES[type]);
    const pointerOf = (i) => (i < command.length ? joinPointer(c.pointer, 'command', i) : joinPointer(c.pointer, 'args', i - command.length));
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
function fromCommandLine(o) {
    const argv = strings(o.object.command);
    const recognized = recognize(argv);
    if (!recognized)
        return undefined;
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
function strings(value) {
    return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String(v))) : [];
}
function literalEnv(c) {
    const env = new Map();
    if (!Array.isArray(c.container.env))
        return env;
    c.container.env.forEach((e, i) => {
        if (isRecord(e) && typeof e.name === 'string' && typeof e.value === 'string')
            env.set(e.name, { value: e.value, pointer: joinPointer(c.pointer, 'env', i, 'value') });
    });
    return env;
}
/**
 * Kubernetes expands `$(VAR)` in command and args from the container's environment; `$$(VAR)`
 * is an escaped `$(VAR)`, and a reference to an undefined variable stays as written.
 */
export function expand(arg, env) {
    if (!arg.includes('$'))
        return arg;
    return arg.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name) => {
        if (m === '$$')
            return '$';
        const v = name !== undefined ? env.get(name) : undefined;
        return v ? v.value : m;
    });
}
//# sourceMappingURL=components.js.map