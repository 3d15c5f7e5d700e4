import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../inventory/diagnostics.js';
import type { DefineCommand } from './definitions/command.js';
import { defineScan } from './definitions/scan.js';
import { definePss } from './definitions/pss.js';
import { defineImages } from './definitions/images.js';
import { defineChecks } from './definitions/checks.js';
import { defineFrameworks } from './definitions/frameworks.js';
import { defineNode } from './definitions/node.js';
import { defineRbac } from './definitions/rbac.js';
import { defineNetpol } from './definitions/netpol.js';
import { defineAudit } from './definitions/audit.js';
import { defineSnapshot } from './definitions/snapshot.js';
import { defineProbe } from './definitions/probe.js';
import { VERSION } from '../version.js';
import { EXIT, processIo, type CliIo } from './io.js';

/**
 * Every command, one definition file each in ./definitions/ (options as data; the implementation in
 * ./commands/ is imported lazily). Add a command by adding its definition here.
 */
const COMMANDS: readonly DefineCommand[] = [
  defineScan,
  definePss,
  defineChecks,
  defineRbac,
  defineNetpol,
  defineAudit,
  defineSnapshot,
  defineImages,
  defineProbe,
  defineFrameworks,
  defineNode,
];

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('rampart')
    .description('Kubernetes security in one run: workloads, RBAC, network, control plane, audit logs, compliance.')
    .version(VERSION)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true);
  for (const define of COMMANDS) define(program, { io, setExit });
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
