import { Option } from 'commander';
import { SEVERITIES } from '../../findings/finding.js';
import { addInputOptions, collect } from '../inputs.js';
export const defineScan = (program, { io, setExit }) => {
    const scan = program.command('scan').description('Scan manifests, kubectl output or snapshots and report findings');
    addInputOptions(scan, { positional: true })
        .addOption(new Option('-o, --output <format>', 'output format (wide: the table without a width limit)').choices(['table', 'wide', 'json', 'yaml', 'sarif']).default('table'))
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices([...SEVERITIES, 'none']).default('none'))
        .addOption(new Option('--min-severity <severity>', 'drop findings below this severity').choices([...SEVERITIES]))
        .option('--checks <ids>', 'run only these checks: ids or globs, comma-separated (repeatable)', collect, [])
        .option('--skip-checks <ids>', 'skip these checks: ids or globs, comma-separated (repeatable)', collect, [])
        .addOption(new Option('--pss-level <level>', "report Pod Security Standards controls up to this level; namespace: what each namespace's enforce label covers")
        .choices(['baseline', 'restricted', 'namespace'])
        .default('restricted'))
        .option('--pss-version <version>', "evaluate Pod Security Standards at this version (v1.N or latest) instead of each namespace's enforce-version label")
        .action(async (paths, opts) => {
        const { runScan } = await import('../commands/scan.js');
        setExit(await runScan(opts, io, paths));
    });
};
//# sourceMappingURL=scan.js.map