import { formatDiagnostic, UsageError } from '../inventory/diagnostics.js';
import { hasSources, loadSources } from '../inventory/sources.js';
import { defaultClusterAvailable } from '../inventory/live/kubeconfig.js';
import { progress, readStatus } from './progress.js';
export const collect = (value, previous) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
/**
 * Adds the shared input options. With `positional`, paths may also be given as arguments
 * (`rampart scan demo/`, as `kubescape scan .` and `trivy config .`); commands whose own
 * arguments are positional (`rbac who-can VERB RESOURCE`) take paths through `-f` only.
 */
export function addInputOptions(command, { positional = false } = {}) {
    if (positional)
        command.argument('[paths...]', 'files or directories to read (the same as -f)');
    command
        .option('-f, --filename <path>', 'file or directory to read (repeatable or comma-separated, as kubectl; - for stdin)', collect, [])
        .option('-n, --namespace <namespace>', 'report on objects in this namespace only (the whole input is still analysed; a live cluster is read in this namespace only)')
        .option('-A, --all-namespaces', 'report on every namespace (the default)')
        .option('-v, --verbose', 'also list on stderr what was skipped and why (files that are not Kubernetes objects, copies of one object)')
        .option('--snapshot <file>', 'read a snapshot written by `rampart snapshot` (repeatable)', collect, []);
    return addClusterOptions(command).option('--include-secret-data', 'read Secret values from a live cluster (default: metadata only); values never leave the process');
}
/** How to reach a live cluster: shared by every command that reads one, and by `rampart snapshot`. */
export function addClusterOptions(command) {
    return command
        .option('--kubeconfig <file>', 'read the live cluster of this kubeconfig (default: KUBECONFIG, ~/.kube/config, or the pod service account, when no files are given)')
        .option('--context <name>', 'the kubeconfig context to read')
        .option('--request-timeout <duration>', 'timeout of each API request, e.g. 30s, 2m; 0 for none', '30s');
}
/** The namespace a command reports on, or undefined for all of them. */
export function namespaceScope(opts) {
    return opts.allNamespaces ? undefined : opts.namespace;
}
/**
 * Which sources the options name. A live cluster is read when `--kubeconfig` or `--context` is
 * given, or when nothing else is and a kubeconfig or a pod service account is there (as kubectl).
 */
export function sourceSpec(opts, io, positional = [], onProgress) {
    const paths = [...positional, ...opts.filename];
    const snapshots = opts.snapshot ?? [];
    const explicit = opts.kubeconfig !== undefined || opts.context !== undefined;
    const live = explicit || (paths.length === 0 && snapshots.length === 0 && defaultClusterAvailable(io.env));
    return {
        paths,
        readStdin: io.readStdin,
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
export function parseDuration(value) {
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Number(v) === 0 ? 2 ** 31 - 1 : Number(v) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let matched = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) {
        total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2]];
        matched = re.lastIndex;
    }
    if (matched === 0 || matched !== v.length)
        throw new UsageError(`--request-timeout: invalid duration "${value}" (e.g. 30s, 2m, 0 for none)`);
    return total === 0 ? 2 ** 31 - 1 : total;
}
/**
 * Builds the inventory for a command. Says on stderr, as kubectl does, when `-n` names a namespace
 * that nothing in the input lives in, so an empty report is not mistaken for a clean one; and names
 * each kind a cluster refused, so that a partial read is never mistaken for a full one.
 */
export async function loadCluster(opts, io, positional = []) {
    const status = progress(io);
    const started = Date.now();
    let server = '';
    let shownAt = 0;
    const spec = sourceSpec(opts, io, positional, (p) => {
        // a status every half second is plenty, and keeps NO_COLOR's one-line-per-status output short
        if (Date.now() - shownAt < 500 && p.kindsDone < p.kindsTotal)
            return;
        shownAt = Date.now();
        status.update(readStatus(server, p, shownAt - started));
    });
    if (!hasSources(spec))
        throw new UsageError('no input: pass paths, -f FILE, -f DIR, -f - (stdin), --snapshot FILE, or --kubeconfig/--context for a live cluster');
    server = spec.cluster?.context ?? '';
    let inventory;
    try {
        inventory = await loadSources(spec);
    }
    finally {
        status.done();
    }
    if (opts.verbose)
        for (const note of inventory.notes)
            io.stderr.write(formatDiagnostic(note) + '\n');
    for (const g of inventory.gaps) {
        io.stderr.write(`rampart: warning: coverage gap: cannot list ${g.resource} (${g.apiVersion} ${g.kind})${g.namespace !== undefined ? ` in namespace ${g.namespace}` : ''}: ${g.message}\n`);
    }
    const namespace = namespaceScope(opts);
    if (namespace !== undefined && !inventory.objects.some((o) => o.namespace === namespace || (o.kind === 'Namespace' && o.name === namespace))) {
        io.stderr.write(`rampart: no objects found in namespace "${namespace}"\n`);
    }
    return inventory;
}
//# sourceMappingURL=inputs.js.map