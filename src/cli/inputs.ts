import type { Command } from 'commander';
import { formatDiagnostic, UsageError } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { hasSources, loadSources, type LiveSpec, type SourceSpec } from '../inventory/sources.js';
import { defaultClusterAvailable } from '../inventory/live/kubeconfig.js';
import type { CliIo } from './io.js';
import { progress, readStatus } from './progress.js';

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
  /** `--helm-values`, repeatable: values files for every Helm chart rendered from a directory. */
  readonly helmValues?: readonly string[];
  /** `--helm-set`, repeatable: `key=value` for every Helm chart rendered from a directory. */
  readonly helmSet?: readonly string[];
}

/** A repeatable option whose values may hold commas (`--helm-set a={x,y}`). */
const repeat = (value: string, previous: string[]): string[] => [...previous, value];

export const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/**
 * Adds the shared input options. With `positional`, paths may also be given as arguments
 * (`rampart scan demo/`, as `kubescape scan .` and `trivy config .`); commands whose own
 * arguments are positional (`rbac who-can VERB RESOURCE`) take paths through `-f` only.
 */
export function addInputOptions(command: Command, { positional = false } = {}): Command {
  if (positional) command.argument('[paths...]', 'files or directories to read (the same as -f)');
  command
    .option('-f, --filename <path>', 'file or directory to read (repeatable or comma-separated, as kubectl; - for stdin)', collect, [])
    .option('-n, --namespace <namespace>', 'report on objects in this namespace only (the whole input is still analysed; a live cluster is read in this namespace only)')
    .option('-A, --all-namespaces', 'report on every namespace (the default)')
    .option('-v, --verbose', 'also list on stderr what was skipped and why (files that are not Kubernetes objects, copies of one object)')
    .option('--snapshot <file>', 'read a snapshot written by `rampart snapshot` (repeatable)', collect, [])
    .option('--helm-values <file>', 'values file for Helm charts found in directories (repeatable, as helm --values)', repeat, [])
    .option('--helm-set <key=value>', 'value for Helm charts found in directories (repeatable, as helm --set)', repeat, []);
  return addClusterOptions(command).option('--include-secret-data', 'read Secret values from a live cluster (default: metadata only); values never leave the process');
}

/** How to reach a live cluster: shared by every command that reads one, and by `rampart snapshot`. */
export function addClusterOptions(command: Command): Command {
  return command
    .option('--kubeconfig <file>', 'read the live cluster of this kubeconfig (default: KUBECONFIG, ~/.kube/config, or the pod service account, when no files are given)')
    .option('--context <name>', 'the kubeconfig context to read')
    .option('--request-timeout <duration>', 'timeout of each API request, e.g. 30s, 2m; 0 for none', '30s');
}

/** The namespace a command reports on, or undefined for all of them. */
export function namespaceScope(opts: InputOptions): string | undefined {
  return opts.allNamespaces ? undefined : opts.namespace;
}

/**
 * Which sources the options name. A live cluster is read when `--kubeconfig` or `--context` is
 * given, or when nothing else is and a kubeconfig or a pod service account is there (as kubectl).
 */
export function sourceSpec(opts: InputOptions, io: CliIo, positional: readonly string[] = [], onProgress?: LiveSpec['onProgress']): SourceSpec {
  const paths = [...positional, ...opts.filename];
  const snapshots = opts.snapshot ?? [];
  const explicit = opts.kubeconfig !== undefined || opts.context !== undefined;
  const live = explicit || (paths.length === 0 && snapshots.length === 0 && defaultClusterAvailable(io.env));
  return {
    paths,
    readStdin: io.readStdin,
    render: { env: io.env, helmValues: opts.helmValues, helmSet: opts.helmSet },
    snapshots,
    cluster: live
      ? {
          kubeconfig: opts.kubeconfig,
          context: opts.context,
          env: io.env,
          namespace: namespaceScope(opts),
          includeSecretData: opts.includeSecretData,
          requestTimeoutMs: parseDuration(opts.requestTimeout ?? '30s'),
          onProgress,
        }
      : undefined,
  };
}

/** kubectl's duration syntax: `30s`, `1m30s`, `500ms`, a bare number of seconds; 0 means no timeout. */
export function parseDuration(value: string): number {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) === 0 ? 2 ** 31 - 1 : Number(v) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== v.length) throw new UsageError(`--request-timeout: invalid duration "${value}" (e.g. 30s, 2m, 0 for none)`);
  return total === 0 ? 2 ** 31 - 1 : total;
}

/**
 * Builds the inventory for a command. Says on stderr, as kubectl does, when `-n` names a namespace
 * that nothing in the input lives in, so an empty report is not mistaken for a clean one; and names
 * each kind a cluster refused, so that a partial read is never mistaken for a full one.
 */
export async function loadCluster(opts: InputOptions, io: CliIo, positional: readonly string[] = []): Promise<Inventory> {
  const status = progress(io);
  const started = Date.now();
  let shownAt = 0;
  const spec = sourceSpec(opts, io, positional, (p) => {
    // a status every half second is plenty, and keeps NO_COLOR's one-line-per-status output short
    if (Date.now() - shownAt < 500 && p.kindsDone < p.kindsTotal) return;
    shownAt = Date.now();
    status.update(readStatus(p, shownAt - started));
  });
  if (!hasSources(spec)) throw new UsageError('no input: pass paths, -f FILE, -f DIR, -f - (stdin), --snapshot FILE, or --kubeconfig/--context for a live cluster');
  let inventory: Inventory;
  try {
    inventory = await loadSources(spec);
  } finally {
    status.done();
  }
  if (opts.verbose) for (const note of inventory.notes) io.stderr.write(formatDiagnostic(note) + '\n');
  for (const g of inventory.gaps) {
    io.stderr.write(`rampart: warning: coverage gap: cannot list ${g.resource} (${g.apiVersion} ${g.kind})${g.namespace !== undefined ? ` in namespace ${g.namespace}` : ''}: ${g.message}\n`);
  }
  const namespace = namespaceScope(opts);
  if (namespace !== undefined && !inventory.objects.some((o) => o.namespace === namespace || (o.kind === 'Namespace' && o.name === namespace))) {
    io.stderr.write(`rampart: no objects found in namespace "${namespace}"\n`);
  }
  return inventory;
}
