import { InvalidArgumentError, Option } from 'commander';
import { SEVERITIES } from '../../findings/finding.js';
import { addInputOptions, collect } from '../inputs.js';
import type { DefineCommand } from './command.js';

const integer = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new InvalidArgumentError(`not a port or count: ${v}`);
  return n;
};

export const defineProbe: DefineCommand = (program, { io, setExit }) => {
  const probe = program
    .command('probe')
    .description(
      'Penetration test (read-only GETs, short timeouts): does the API server answer anonymous requests, a kubelet answer without authentication (10250) or on its read-only port (10255), etcd without a client certificate (2379), a dashboard without login, a pod reach the cloud metadata address? Probe only clusters you are allowed to test.',
    );
  addInputOptions(probe)
    .option('--targets <groups>', 'which endpoints of the cluster to probe: apiserver, nodes, services (comma-separated)', collect, [])
    .option('--target <host>', 'also probe this host as a node: kubelet ports and etcd (repeatable)', collect, [])
    .option('--apiserver <url>', 'also probe this API server URL (repeatable)', collect, [])
    .option('--from-pod', 'running inside a pod: also probe the cloud metadata address')
    .option('--metadata-address <host[:port]>', 'the metadata service address', '169.254.169.254')
    .option('--kubelet-port <port>', 'the kubelet API port', integer, 10250)
    .option('--read-only-port <port>', "the kubelet's read-only port", integer, 10255)
    .option('--etcd-port <port>', "etcd's client port", integer, 2379)
    .option('--timeout <duration>', 'timeout of each probe, connection included', '3s')
    .option('--concurrency <n>', 'probes in flight at once', integer, 16)
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'wide', 'json', 'yaml', 'sarif']).default('table'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when an open door is at or above this severity').choices([...SEVERITIES, 'none']).default('none'))
    .action(async (opts) => {
      const { runProbe } = await import('../commands/probe.js');
      setExit(await runProbe(opts, io));
    });
};
