import { Option } from 'commander';
import { addInputOptions, collect } from '../inputs.js';
import type { DefineCommand } from './command.js';

const output = (formats: string[]) => new Option('-o, --output <format>', 'output format').choices(formats).default('table');
const builtins = new Option('--no-builtin-roles', "do not assume Kubernetes' built-in roles (cluster-admin, admin, edit, view, system:*) exist when the input lacks them");

export const defineRbac: DefineCommand = (program, { io, setExit }) => {
  const rbac = program.command('rbac').description('RBAC: who can do what, what a subject can do, privilege-escalation paths, unused roles');

  // Paths come through -f only: the verb and resource are the positional arguments.
  const whoCan = rbac
    .command('who-can')
    .description('List the subjects (as bindings write them) that can make a request, with every binding and role that grants it')
    .argument('<verb>', 'get, list, create, impersonate, ... or *')
    .argument('<resource>', 'RESOURCE[/SUBRESOURCE] (pods, pods/exec, deployments.apps/scale) or a non-resource URL (/healthz)');
  addInputOptions(whoCan)
    .option('--api-group <group>', 'the API group ("" for core); default: the group of the built-in resource')
    .option('--name <name>', 'a request for this object (rules with resourceNames match only their names)')
    .addOption(output(['table', 'json', 'yaml']))
    .addOption(builtins)
    .action(async (verb: string, resource: string, opts) => {
      const { runWhoCan } = await import('../commands/rbac.js');
      setExit(await runWhoCan(verb, resource, opts, io));
    });

  const can = rbac
    .command('can')
    .description("A subject's effective permissions: resource x verb per namespace (with what it gets through its groups)")
    .argument('<subject>', 'User/NAME, Group/NAME or ServiceAccount/NAMESPACE/NAME');
  addInputOptions(can)
    .option('--as-group <group>', 'groups the user is in, which objects cannot tell (repeatable or comma-separated)', collect, [])
    .addOption(output(['table', 'json', 'yaml']))
    .addOption(builtins)
    .action(async (subject: string, opts) => {
      const { runCan } = await import('../commands/rbac.js');
      setExit(await runCan(subject, opts, io));
    });

  const paths = rbac
    .command('paths')
    .description('Privilege-escalation paths to cluster-admin or kube-system Secrets, with the binding and rule behind every step');
  addInputOptions(paths, { positional: true })
    .option('--from <subject>', 'only paths from this subject or workload: ServiceAccount/NS/NAME, User/NAME, Group/NAME, Deployment/NS/NAME...')
    .addOption(new Option('--to <goal>', 'only paths to this goal').choices(['cluster-admin', 'kube-system-secrets']))
    .option('--max-depth <steps>', 'longest path searched', (v: string) => Number(v), 8)
    .addOption(output(['table', 'json', 'yaml', 'dot', 'mermaid']))
    .addOption(builtins)
    .action(async (paths: string[], opts) => {
      const { runPaths } = await import('../commands/rbac.js');
      setExit(await runPaths(opts, io, paths));
    });

  const unused = rbac.command('unused').description('Roles and ClusterRoles bound to nobody, and bindings that bind nothing (no role, or no subject)');
  addInputOptions(unused, { positional: true })
    .addOption(output(['table', 'json', 'yaml']))
    .addOption(builtins)
    .action(async (paths: string[], opts) => {
      const { runUnused } = await import('../commands/rbac.js');
      setExit(await runUnused(opts, io, paths));
    });
};
