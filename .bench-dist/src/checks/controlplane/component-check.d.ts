import { type Check, type CheckMeta } from '../check.js';
import type { Severity } from '../../findings/finding.js';
import type { Inventory } from '../../inventory/inventory.js';
import { type Component } from '../../analysis/components/components.js';
import type { ComponentType } from '../../analysis/components/specs.js';
import type { OptionSpecs, OptionValues } from '../options.js';
/** What a component check finds wrong with one component. */
export interface ComponentProblem {
    readonly message: string;
    /** Where to point; default: the flag's last occurrence, else the command list. */
    readonly pointer?: string;
    readonly evidence?: Readonly<Record<string, unknown>>;
    readonly severity?: Severity;
    readonly remediation?: string;
    /** Distinguishes several problems of one check on one component. */
    readonly key?: string;
}
export interface ComponentCheckSpec<O extends OptionSpecs> extends CheckMeta<O> {
    readonly component: ComponentType;
    readonly evaluate: (c: Component, context: {
        readonly inventory: Inventory;
        readonly options: OptionValues<O>;
    }) => ComponentProblem | readonly ComponentProblem[] | undefined;
}
/**
 * A check over one kind of component's command line (kube-apiserver, etcd...): runs on every
 * instance the input holds (static pod manifests, DaemonSets, `*.flags` files, node bundles) and
 * says "not applicable" when there is none.
 */
export declare function componentCheck<O extends OptionSpecs>(spec: ComponentCheckSpec<O>): Check<O>;
/** Pointer to a flag's deciding occurrence, or to the command list when it is absent. */
export declare function flagPointer(c: Component, name: string): string;
/** `--name=value` as written (last occurrence), for messages and evidence. */
export declare function flagText(c: Component, name: string): string | undefined;
/** "kube-apiserver" or "kube-apiserver on node cp-1", for messages. */
export declare function describe(c: Component): string;
/**
 * A boolean flag that must have a given value. `defaultValue` is the component's default when the
 * flag is absent (so "absent" is a problem only when the default is wrong).
 */
export declare function requireBool(c: Component, name: string, wanted: boolean, defaultValue: boolean | undefined): ComponentProblem | undefined;
/** A flag that must be present with a non-empty value. */
export declare function requireSet(c: Component, names: readonly string[], what: string): ComponentProblem | undefined;
/** The API server's admission plugins: on by default unless disabled, plus the ones enabled. */
export declare function admissionPlugins(c: Component): {
    readonly enabled: readonly string[];
    readonly disabled: readonly string[];
};
/** Where admission plugins are enabled (the last --enable-admission-plugins), for findings. */
export declare function enablePointer(c: Component): string;
/**
 * The API server's authorization modes: --authorization-mode (default AlwaysAllow), or the types of
 * the authorizers in the AuthorizationConfiguration file named by --authorization-config (v1.29+),
 * when the input holds it. Undefined when it cannot be known.
 */
export declare function authorizationModes(c: Component, inventory: Inventory): {
    readonly modes: readonly string[];
    readonly pointer: string;
    readonly from: string;
} | undefined;
