import type { Command } from 'commander';
import { formatDiagnostic, UsageError } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { hasSources, loadSources, type SourceSpec } from '../inventory/sources.js';
import type { CliIo } from './io.js';

/**
 * The input options every command that reads a cluster shares, defined once: a new source is
 * added here and in `src/inventory/sources.ts`, and every command gets it.
 */
export interface InputOptions {
  /** `-f/--filename`, repeatable. */
  readonly filename: readonly string[];
  /** `-n/--namespace`: report on this namespace only (the whole input is still analysed). */
  readonly namespace?: string;
  /** `-A/--all-namespaces`: every namespace (the default for files); wins over `-n`, as in kubectl. */
  readonly allNamespaces?: boolean;
  /** `-v/--verbose`: also list what loading skipped and why (info notes). */
  readonly verbose?: boolean;
}

export const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/**
 * Adds the shared input options. With `positional`, paths may also be given as arguments
 * (`rampart scan demo/`, as `kubescape scan .` and `trivy config .`); commands whose own
 * arguments are positional (`rbac who-can VERB RESOURCE`) take paths through `-f` only.
 */
export function addInputOptions(command: Command, { positional = false } = {}): Command {
  if (positional) command.argument('[paths...]', 'files or directories to read (the same as -f)');
  return command
    .option('-f, --filename <path>', 'file or directory to read (repeatable or comma-separated, as kubectl; - for stdin)', collect, [])
    .option('-n, --namespace <namespace>', 'report on objects in this namespace only (the whole input is still analysed)')
    .option('-A, --all-namespaces', 'report on every namespace (the default)')
    .option('-v, --verbose', 'also list on stderr what was skipped and why (files that are not Kubernetes objects, copies of one object)');
}

/** The namespace a command reports on, or undefined for all of them. */
export function namespaceScope(opts: InputOptions): string | undefined {
  return opts.allNamespaces ? undefined : opts.namespace;
}

export function sourceSpec(opts: InputOptions, io: CliIo, positional: readonly string[] = []): SourceSpec {
  return { paths: [...positional, ...opts.filename], readStdin: io.readStdin };
}

/**
 * Builds the inventory for a command. Says on stderr, as kubectl does, when `-n` names a namespace
 * that nothing in the input lives in, so an empty report is not mistaken for a clean one.
 */
export async function loadCluster(opts: InputOptions, io: CliIo, positional: readonly string[] = []): Promise<Inventory> {
  const spec = sourceSpec(opts, io, positional);
  if (!hasSources(spec)) throw new UsageError('no input: pass paths, -f FILE, -f DIR or -f - (stdin)');
  const inventory = await loadSources(spec);
  if (opts.verbose) for (const note of inventory.notes) io.stderr.write(formatDiagnostic(note) + '\n');
  const namespace = namespaceScope(opts);
  if (namespace !== undefined && !inventory.objects.some((o) => o.namespace === namespace || (o.kind === 'Namespace' && o.name === namespace))) {
    io.stderr.write(`rampart: no objects found in namespace "${namespace}"\n`);
  }
  return inventory;
}
