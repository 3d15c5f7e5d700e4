import { Option } from 'commander';
export const defineChecks = (program, { io, setExit }) => {
    const checks = program.command('checks').description('List and explain checks');
    checks
        .command('list')
        .description('List every check with its severity and area')
        .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
        .action(async (opts) => {
        const { runChecksList } = await import('../commands/checks.js');
        setExit(runChecksList(opts, io));
    });
    checks
        .command('explain')
        .description('Explain a check: why it matters, how to fix it, references')
        .argument('<id>', 'check id, e.g. pss.privileged')
        .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (id, opts) => {
        const { runChecksExplain } = await import('../commands/checks.js');
        setExit(runChecksExplain(id, opts, io));
    });
};
//# sourceMappingURL=checks.js.map