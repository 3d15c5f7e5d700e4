import { Option } from 'commander';
import type { DefineCommand } from './command.js';

export const defineFrameworks: DefineCommand = (program, { io, setExit }) => {
  const frameworks = program.command('frameworks').description('Compliance frameworks Rampart maps its checks to (CIS, NSA-CISA, MITRE ATT&CK, KCSA...)');
  frameworks
    .command('list')
    .description('Every framework with its versions and how many of its controls checks cover')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .action(async (opts) => {
      const { runFrameworksList } = await import('../commands/frameworks.js');
      setExit(runFrameworksList(opts, io));
    });
  frameworks
    .command('show')
    .description("A framework's controls, each with the checks that test it (manual: no check can)")
    .argument('<framework>', 'cis, nsa, mitre, microsoft, kcsa or rampart')
    .option('--version <version>', 'framework version (CIS: 1.8 to 1.12; default: the latest)')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .action(async (id: string, opts) => {
      const { runFrameworksShow } = await import('../commands/frameworks.js');
      setExit(runFrameworksShow(id, opts, io));
    });
};
