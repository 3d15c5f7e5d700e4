import { Option } from 'commander';
import { addInputOptions, collect } from '../inputs.js';
const hostNetwork = () => new Option('--host-network <mode>', 'how hostNetwork pods are treated: node (their traffic is the node\'s, policies do not select them; the common CNI behaviour) or pod (policies apply to them like to any pod, as np-guard assumes)')
    .choices(['node', 'pod'])
    .default('node');
const cidr = () => new Option('--cidr <name=CIDR>', 'name an address range (repeatable; CIDRs comma-separated): external endpoints are split there and labelled with the name').argParser(collect).default([]);
export const defineNetpol = (program, { io, setExit }) => {
    const netpol = program.command('netpol').description('NetworkPolicy reachability: the map of allowed connections, why a connection is allowed, what a change opens');
    addInputOptions(netpol.command('map').description('Print every allowed connection between workloads and external address ranges'), { positional: true })
        .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml', 'csv', 'dot', 'mermaid']).default('table'))
        .addOption(cidr())
        .addOption(hostNetwork())
        .action(async (paths, opts) => {
        const { runNetpolMap } = await import('../commands/netpol.js');
        setExit(await runNetpolMap(opts, io, paths));
    });
    addInputOptions(netpol
        .command('explain')
        .description('Explain whether SRC may connect to DST: every policy and rule that decides it, on the egress side and on the ingress side')
        .argument('<src>', 'a workload (Kind/namespace/name, namespace/name or a unique name) or an IP address')
        .argument('<dst>', 'a workload or an IP address'))
        .option('--port <port>', 'decide for one port: 443, 443/TCP, 53/UDP')
        .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json', 'yaml']).default('text'))
        .addOption(hostNetwork())
        .action(async (src, dst, opts) => {
        const { runNetpolExplain } = await import('../commands/netpol.js');
        setExit(await runNetpolExplain(src, dst, opts, io));
    });
    netpol
        .command('diff')
        .description('The connections a change opens and closes (for pull-request review)')
        .requiredOption('--before <path>', 'manifests before the change: file or directory (repeatable)', collect, [])
        .requiredOption('--after <path>', 'manifests after the change: file or directory (repeatable)', collect, [])
        .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
        .option('-n, --namespace <namespace>', 'only connections from or to this namespace')
        .option('--fail-on-opened', 'exit 1 when the change opens a connection')
        .addOption(cidr())
        .addOption(hostNetwork())
        .action(async (opts) => {
        const { runNetpolDiff } = await import('../commands/netpol.js');
        setExit(await runNetpolDiff(opts, io));
    });
};
//# sourceMappingURL=netpol.js.map