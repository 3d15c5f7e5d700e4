import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError } from '../inventory/diagnostics.js';
import { SEVERITIES } from '../findings/finding.js';
import { VERSION } from '../version.js';
import { EXIT, processIo, type CliIo } from './io.js';

const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('rampart')
    .description('Kubernetes security in one run: workloads, RBAC, network, control plane, audit logs, compliance.')
    .version(VERSION)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true);

  program
    .command('scan')
    .description('Scan manifests, kubectl output or snapshots and report findings')
    .option('-f, --filename <path>', 'file or directory to scan (repeatable; - for stdin)', collect, [])
    .option('-n, --namespace <namespace>', 'report findings only for objects in this namespace')
    .option('-A, --all-namespaces', 'report findings in every namespace (the default)')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml', 'sarif']).default('table'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices([...SEVERITIES, 'none']).default('none'))
    .addOption(new Option('--min-severity <severity>', 'drop findings below this severity').choices([...SEVERITIES]))
    .option('--checks <ids>', 'run only these checks: ids or globs, comma-separated (repeatable)', collect, [])
    .option('--skip-checks <ids>', 'skip these checks: ids or globs, comma-separated (repeatable)', collect, [])
    .addOption(
      new Option('--pss-level <level>', "report Pod Security Standards controls up to this level; namespace: what each namespace's enforce label covers")
        .choices(['baseline', 'restricted', 'namespace'])
        .default('restricted'),
    )
    .option('--pss-version <version>', "evaluate Pod Security Standards at this version (v1.N or latest) instead of each namespace's enforce-version label")
    .action(async (opts) => {
      const { runScan } = await import('./commands/scan.js');
      setExit(runScan(opts, io));
    });

  program
    .command('pss')
    .description('Evaluate pod templates against the Pod Security Standards; show the level each namespace could enforce today')
    .option('-f, --filename <path>', 'file or directory to read (repeatable; - for stdin)', collect, [])
    .option('-n, --namespace <namespace>', 'only this namespace')
    .option('--level <level>', 'evaluate at this level (privileged, baseline, restricted) instead of each namespace\'s enforce label')
    .option('--version <version>', 'evaluate at this policy version (v1.N or latest) instead of each namespace\'s enforce-version label')
    .addOption(new Option('--pss-level <level>', 'the same as --level').hideHelp())
    .addOption(new Option('--pss-version <version>', 'the same as --version').hideHelp())
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .option('--fail-on-violation', 'exit 1 when a pod template violates the level it is evaluated at')
    .action(async (opts) => {
      const { runPss } = await import('./commands/pss.js');
      setExit(runPss({ ...opts, level: opts.level ?? opts.pssLevel, version: opts.version ?? opts.pssVersion }, io));
    });

  const checks = program.command('checks').description('List and explain checks');
  checks
    .command('list')
    .description('List every check with its severity and area')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .action(async (opts) => {
      const { runChecksList } = await import('./commands/checks.js');
      setExit(runChecksList(opts, io));
    });
  checks
    .command('explain')
    .description('Explain a check: why it matters, how to fix it, references')
    .argument('<id>', 'check id, e.g. workload.privileged')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts) => {
      const { runChecksExplain } = await import('./commands/checks.js');
      setExit(runChecksExplain(id, opts, io));
    });
  return program;
}

/** Runs the CLI and returns its exit code; errors for users become one line, never a stack. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; everything else commander rejects is bad usage
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr.write(`rampart: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`rampart: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
