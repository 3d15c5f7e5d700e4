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

  audit
    .command('serve')
    .description('Receive audit events from kube-apiserver (audit webhook backend) and alert in real time')
    .option('--address <ip>', 'address to listen on', '0.0.0.0')
    .option('--port <port>', 'port to listen on', (v) => Number(v), 8443)
    .option('--tls-cert-file <file>', 'serving certificate (PEM); reloaded when it changes')
    .option('--tls-private-key-file <file>', 'its private key (PEM)')
    .option('--client-ca-file <file>', 'require client certificates signed by this CA (the API server presents its client certificate)')
    .option('--insecure-plain-http', 'serve plain HTTP (local testing only; the API server should reach the webhook over TLS)')
    .addOption(rules())
    .addOption(disable())
    .addOption(inventory())
    .option('--no-stdout', 'do not print alerts on stdout')
    .option('--alerts-file <file>', 'append alerts to this file, one JSON object a line')
    .addOption(new Option('--alerts-url <url>', 'POST each alert as JSON to this URL, with retries (repeatable)').argParser(collect).default([]))
    .option('--alerts-url-ca <file>', 'CA certificate for an https --alerts-url')
    .option('--max-body-bytes <bytes>', 'largest batch accepted (413 beyond)', (v) => Number(v), 32 * 1024 * 1024)
    .option('--max-queue-events <n>', 'events waiting at most; a batch that does not fit gets 429 and the API server retries it', (v) => Number(v), 100_000)
    .option('--request-timeout <seconds>', 'time a client has to send a whole request', (v) => Number(v), 30)
    .option('--shutdown-timeout <seconds>', 'on SIGTERM, time to finish requests, drain the queue and deliver alerts', (v) => Number(v), 30)
    .action(async (opts) => {
      const { runAuditServe } = await import('../commands/audit-serve.js');
      setExit(await runAuditServe(opts, io));
    });

  audit
    .command('report')
    .description('Summarize audit logs: top users and source IPs, refused requests, Secret readers, execs, a timeline, alerts')
    .argument('[logs...]', 'audit log files or directories; - for stdin')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--top <n>', 'rows in the top-users and top-addresses tables', (v) => Number(v), 10)
    .addOption(rules())
    .addOption(disable())
    .addOption(inventory())
    .action(async (logs: string[], opts) => {
      const { runAuditReport } = await import('../commands/audit-report.js');
      setExit(await runAuditReport(logs, opts, io));
    });

  audit
    .command('rbac')
    .description('Least privilege from observed use: the minimal Role/ClusterRole and bindings for a subject, and (with --inventory) the permissions it holds but never used')
    .argument('[logs...]', 'audit log files or directories; - for stdin')
    .option('--user <name>', 'the user (or system:serviceaccount:NS:NAME)')
    .option('--serviceaccount <ns/name>', 'the service account, as NAMESPACE/NAME')
    .addOption(new Option('-o, --output <format>', 'yaml: the objects, ready for kubectl apply, with unused grants as comments; json: everything').choices(['yaml', 'json']).default('yaml'))
    .addOption(inventory())
    .option('--fail-on-unused', 'exit 1 when the subject holds permissions it never used')
    .action(async (logs: string[], opts) => {
      const { runAuditRbac } = await import('../commands/audit-report.js');
      setExit(await runAuditRbac(logs, opts, io));
    });
};
