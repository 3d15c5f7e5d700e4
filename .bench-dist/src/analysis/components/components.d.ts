import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';
import { type KubeVersion } from '../versions/version.js';
import { CommandLineFlags } from './flags.js';
import { type ComponentType } from './specs.js';
/** The API version of the objects Rampart makes from node files (command lines, node bundles). */
export declare const NODE_API_VERSION = "node.rampart.dev/v1";
/** A component's command line read from a `*.flags` file or a node bundle: `{command: [argv...]}`. */
export declare const COMMAND_LINE_KIND = "CommandLine";
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
    readonly env: ReadonlyMap<string, {
        readonly value: string;
        readonly pointer: string;
    }>;
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
export declare function findComponents(inventory: Inventory): readonly Component[];
export declare function componentsOf(inventory: Inventory, type: ComponentType): readonly Component[];
/** The component an argv runs, and where its flags start (after `hyperkube <name>`). */
export declare function recognize(argv: readonly string[]): {
    type: ComponentType;
    start: number;
} | undefined;
/**
 * Kubernetes expands `$(VAR)` in command and args from the container's environment; `$$(VAR)`
 * is an escaped `$(VAR)`, and a reference to an undefined variable stays as written.
 */
export declare function expand(arg: string, env: ReadonlyMap<string, {
    value: string;
}>): string;
