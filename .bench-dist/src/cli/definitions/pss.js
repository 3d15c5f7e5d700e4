import { Option } from 'commander';
import { addInputOptions } from '../inputs.js';
export const definePss = (program, { io, setExit }) => {
    const pss = program.command('pss').description('Evaluate pod templates against the Pod Security Standards; show the level each namespace could enforce today');
    addInputOptions(pss, { positional: true })
        .option('--level <level>', "evaluate at this level (privileged, baseline, restricted) instead of each namespace's enforce label")
        .option('--version <version>', "evaluate at this policy version (v1.N or latest) instead of each namespace's enforce-version label")
        .addOption(new Option('--pss-level <level>', 'the same as --level').hideHelp())
        .addOption(new Option('--pss-version <version>', 'the same as --version').hideHelp())
        .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
        .option('--fail-on-violation', 'exit 1 when a pod template violates the level it is evaluated at')
        .action(async (paths, opts) => {
        const { runPss } = await import('../commands/pss.js');
        setExit(await runPss({ ...opts, level: opts.level ?? opts.pssLevel, version: opts.version ?? opts.pssVersion }, io, paths));
    });
};
//# sourceMappingURL=pss.js.map