import { Option } from 'commander';
import { SEVERITIES } from '../../findings/finding.js';
import { addInputOptions, collect } from '../inputs.js';
import { addSupplyChainOptions } from '../supply-chain-inputs.js';
import type { DefineCommand } from './command.js';

export const defineScan: DefineCommand = (program, { io, setExit }) => {
  const scan = program.command('scan').description('Scan manifests, kubectl output or snapshots and report findings');
  addInputOptions(scan, { positional: true })
    .addOption(new Option('-o, --output <format>', 'output format (wide: the table without a width limit; markdown: a pull-request comment; html: a self-contained report)').choices(['table', 'wide', 'json', 'yaml', 'sarif', 'markdown', 'junit', 'csv', 'html']).default('table'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding that is not waived is at or above this severity (default: the configuration\'s failOn, else none)').choices([...SEVERITIES, 'none']))
    .option('--fail-on-new', 'with --baseline: exit 1 only for new findings at or above --fail-on (default threshold: any)')
    .addOption(new Option('--min-severity <severity>', 'drop findings below this severity').choices([...SEVERITIES]))
    .option('--checks <ids>', 'run only these checks: ids or globs, comma-separated (repeatable)', collect, [])
    .option('--skip-checks <ids>', 'skip these checks: ids or globs, comma-separated (repeatable)', collect, [])
    .addOption(
      new Option('--pss-level <level>', "report Pod Security Standards controls up to this level; namespace: what each namespace's enforce label covers")
        .choices(['baseline', 'restricted', 'namespace']),
    )
    .option('--report-html <file>', 'also write the self-contained HTML report to this file')
    .option('--pss-version <version>', "evaluate Pod Security Standards at this version (v1.N or latest) instead of each namespace's enforce-version label")
    .option('--config <file>', 'configuration file (default: the nearest .rampart.yaml from the working directory up)')
    .option('--no-config', 'ignore .rampart.yaml files')
    .option('--exceptions <file>', 'exceptions file (kind: Exceptions) that waives findings (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--baseline <report.json>', 'an earlier -o json report: mark findings new or unchanged, list the fixed ones')
    .option('--framework <ids>', 'show per-control status for these frameworks: cis, nsa, mitre, microsoft, kcsa, rampart or all (comma-separated)', collect, [])
    .option('--cis-version <version>', 'CIS Kubernetes Benchmark version whose numbers references carry (1.8 to 1.12; default: the latest)')
    .option('--kubernetes-version <version>', "the cluster's Kubernetes version (v1.N.P) when the input does not show it: end of life, patches and CVEs")
    .option('--version-data-max-age <days>', 'warn when the Kubernetes release and CVE data is older than this many days (default 90)');
  addSupplyChainOptions(scan)
    .action(async (paths: string[], opts) => {
      const { runScan } = await import('../commands/scan.js');
      setExit(await runScan(opts, io, paths));
    });
};
