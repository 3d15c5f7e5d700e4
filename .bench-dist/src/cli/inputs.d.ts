import type { Command } from 'commander';
import type { Inventory } from '../inventory/inventory.js';
import { type LiveSpec, type SourceSpec } from '../inventory/sources.js';
import type { CliIo } from './io.js';
/**
 * The input options every command that reads a cluster shares, defined once: a new source is
 * added here and in `src/inventory/sources.ts`, and every command gets it.
 */
export interface InputOptions {
    /** `-f/--filename`, repeatable. */
    readonly filename: readonly string[];
    /** `-n/--namespace`: report on this namespace only (the whole input is still analysed); a live read lists only it. */
    readonly namespace?: string;
    /** `-A/--all-namespaces`: every namespace (the default for files); wins over `-n`, as in kubectl. */
    readonly allNamespaces?: boolean;
    /** `-v/--verbose`: also list what loading skipped and why (info notes). */
    readonly verbose?: boolean;
    /** `--snapshot`, repeatable. */
    readonly snapshot?: readonly string[];
    readonly kubeconfig?: string;
    readonly context?: string;
    readonly includeSecretData?: boolean;
    /** `--request-timeout`, as kubectl: `30s`, `1m`, `0` for none. */
    readonly requestTimeout?: string;
}
export declare const collect: (value: string, previous: string[]) => string[];
/**
 * Adds the shared input options. With `positional`, paths may also be given as arguments
 * (`rampart scan demo/`, as `kubescape scan .` and `trivy config .`); commands whose own
 * arguments are positional (`rbac who-can VERB RESOURCE`) take paths through `-f` only.
 */
export declare function addInputOptions(command: Command, { positional }?: {
    positional?: boolean | undefined;
}): Command;
/** How to reach a live cluster: shared by every command that reads one, and by `rampart snapshot`. */
export declare function addClusterOptions(command: Command): Command;
/** The namespace a command reports on, or undefined for all of them. */
export declare function namespaceScope(opts: InputOptions): string | undefined;
/**
 * Which sources the options name. A live cluster is read when `--kubeconfig` or `--context` is
 * given, or when nothing else is and a kubeconfig or a pod service account is there (as kubectl).
 */
export declare function sourceSpec(opts: InputOptions, io: CliIo, positional?: readonly string[], onProgress?: LiveSpec['onProgress']): SourceSpec;
/** kubectl's duration syntax: `30s`, `1m30s`, `500ms`, a bare number of seconds; 0 means no timeout. */
export declare function parseDuration(value: string): number;
/**
 * Builds the inventory for a command. Says on stderr, as kubectl does, when `-n` names a namespace
 * that nothing in the input lives in, so an empty report is not mistaken for a clean one; and names
 * each kind a cluster refused, so that a partial read is never mistaken for a full one.
 */
export declare function loadCluster(opts: InputOptions, io: CliIo, positional?: readonly string[]): Promise<Inventory>;
