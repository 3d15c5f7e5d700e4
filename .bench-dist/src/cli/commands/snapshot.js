import { writeFileSync, renameSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { UsageError } from '../../inventory/diagnostics.js';
import { readLiveCluster } from '../../inventory/sources.js';
import { gapsOf } from '../../inventory/live/read.js';
import { writeSnapshotBuffer } from '../../inventory/snapshot.js';
import { EXIT } from '../io.js';
import { parseDuration } from '../inputs.js';
import { progress, readStatus } from '../progress.js';
/**
 * `rampart snapshot -o cluster.json.gz`: one read of a live cluster, written for offline use. The
 * file is written whole or not at all (a temporary name, then a rename), so an interrupted run never
 * leaves half a snapshot behind.
 */
export async function runSnapshot(opts, io) {
    if (opts.output === '')
        throw new UsageError('-o: name a file, or - for stdout');
    const status = progress(io);
    const started = Date.now();
    let shownAt = 0;
    let read;
    try {
        read = await readLiveCluster({
            kubeconfig: opts.kubeconfig,
            context: opts.context,
            env: io.env,
            namespace: opts.allNamespaces ? undefined : opts.namespace,
            requestTimeoutMs: parseDuration(opts.requestTimeout ?? '30s'),
            onProgress: (p) => {
                if (Date.now() - shownAt < 500 && p.kindsDone < p.kindsTotal)
                    return;
                shownAt = Date.now();
                status.update(readStatus('cluster', p, shownAt - started));
            },
        });
    }
    finally {
        status.done();
    }
    const gaps = gapsOf(read);
    for (const g of gaps)
        io.stderr.write(`rampart: warning: coverage gap: cannot list ${g.resource} (${g.apiVersion} ${g.kind})${g.namespace !== undefined ? ` in namespace ${g.namespace}` : ''}: ${g.message}\n`);
    if (opts.output === '-') {
        io.stdout.write(writeSnapshotBuffer(read, false).toString('utf8'));
    }
    else {
        const data = writeSnapshotBuffer(read, /\.gz$/i.test(opts.output));
        const temporary = join(dirname(opts.output), `.${basename(opts.output)}.${process.pid}.tmp`);
        try {
            writeFileSync(temporary, data);
            renameSync(temporary, opts.output);
        }
        catch (e) {
            throw new UsageError(`cannot write ${opts.output}: ${e.code === 'ENOENT' ? 'no such directory' : e.message}`);
        }
        const kinds = read.resources.filter((r) => r.status === 'read').length;
        io.stderr.write(`rampart: wrote ${opts.output}: ${read.items.length} objects of ${kinds} kinds from ${read.server}${read.version ? ` (${read.version.gitVersion})` : ''} at ${read.readAt}${gaps.length ? `; ${gaps.length} coverage gap(s)` : ''}\n`);
    }
    return EXIT.ok;
}
//# sourceMappingURL=snapshot.js.map