import { Option } from 'commander';
import { SEVERITIES } from '../../findings/finding.js';
import { collect } from '../inputs.js';
import type { DefineCommand } from './command.js';

/** `rampart audit detect|serve|report|rbac`: threat detection and least privilege from Kubernetes audit logs. */
export const defineAudit: DefineCommand = (program, { io, setExit }) => {
  const audit = program.command('audit').description('Detect threats in Kubernetes audit logs, receive them from the API server, report on them, derive least-privilege RBAC');
  const inventory = () => new Option('--inventory <path>', "the cluster's objects (files, directories or - as for scan -f): RBAC power raises alerts; Nodes give the cluster's address ranges").argParser(collect).default([]);
  const rules = () => new Option('--rules <file>', 'a rule file of your own (repeatable): rules, lists and macros added to the built-in ones').argParser(collect).default([]);
  const disable = () => new Option('--disable-rules <ids>', 'leave out these rules: ids or globs, comma-separated (repeatable)').argParser(collect).default([]);

  audit
    .command('detect')
    .description('Run the detection rules over audit logs (JSON lines, EventList documents, .gz, directories, - for stdin)')
    .argument('[logs...]', 'audit log files or directories; - for stdin')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'jsonl']).default('table'))
    .addOption(rules())
    .addOption(disable())
    .addOption(inventory())
    .addOption(new Option('--min-severity <severity>', 'drop alerts below this severity').choices([...SEVERITIES]))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when an alert is at or above this severity').choices([...SEVERITIES, 'none']).default('none'))
    .option('--follow', 'keep reading the file as it grows, across log rotation, and print alerts as they fire (stop with Ctrl-C)')
    .action(async (logs: string[], opts) => {
      const { runAuditDetect } = await import('../commands/audit.js');
      setExit(await runAuditDetect(logs, opts, io));
    });
};
