import { addClusterOptions } from '../inputs.js';
export const defineSnapshot = (program, { io, setExit }) => {
    const snapshot = program
        .command('snapshot')
        .description('Read a live cluster and write everything Rampart reads, with the server version and the time, to a file that every command reads with --snapshot');
    addClusterOptions(snapshot)
        .requiredOption('-o, --output <file>', 'where to write: a .gz name is gzip-compressed; - writes JSON to stdout')
        .option('-n, --namespace <namespace>', 'read namespaced kinds in this namespace only')
        .option('-A, --all-namespaces', 'read every namespace (the default)')
        .action(async (opts) => {
        const { runSnapshot } = await import('../commands/snapshot.js');
        setExit(await runSnapshot(opts, io));
    });
};
//# sourceMappingURL=snapshot.js.map