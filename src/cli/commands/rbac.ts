import { stringify } from 'yaml';
import { loadCluster, type InputOptions } from '../inputs.js';
import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import type { Inventory } from '../../inventory/inventory.js';
import { rbacAnalysis, type RbacAnalysis } from '../../analysis/rbac/index.js';
import { can, MATRIX_VERBS, parseSubject, QueryError, resolveWhoCanQuery, whoCan, type CanResult, type PermissionRow, type Ref, type WhoCanResult } from '../../analysis/rbac/queries.js';
import { makeStyle, colourWanted, type Style } from '../../report/style.js';
import { renderColumns } from '../../report/columns.js';
import type { Request } from '../../analysis/rbac/rules.js';
import { EXIT, type CliIo } from '../io.js';

type Format = 'table' | 'json' | 'yaml';

interface RbacCommonOptions extends InputOptions {
  readonly output: Format;
  readonly builtinRoles: boolean;
}

export interface WhoCanOptions extends RbacCommonOptions {
  readonly apiGroup?: string;
  readonly name?: string;
}

export interface CanOptions extends RbacCommonOptions {
  readonly asGroup: readonly string[];
}

const TABLE_WIDTH = 100;

async function analyse(opts: RbacCommonOptions, io: CliIo): Promise<{ inventory: Inventory; rbac: RbacAnalysis }> {
  const inventory = await loadCluster(opts, io);
  for (const d of inventory.diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
  const rbac = inventory.analysis(rbacAnalysis, opts.builtinRoles === false ? { assumeBuiltinRoles: false } : undefined);
  return { inventory, rbac };
}

function write(io: CliIo, format: Format, document: unknown, table: () => string): void {
  if (format === 'json') io.stdout.write(JSON.stringify(document, null, 2) + '\n');
  else if (format === 'yaml') io.stdout.write(stringify(document));
  else io.stdout.write(table());
}

function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  }
}

/** `rampart rbac who-can VERB RESOURCE`: `{"subjects": [{kind, name, namespace?, grants: [{binding, role}]}]}`. */
export async function runWhoCan(verb: string, target: string, opts: WhoCanOptions, io: CliIo): Promise<number> {
  const namespace = opts.allNamespaces ? undefined : opts.namespace;
  const { request, notes } = usage(() => resolveWhoCanQuery({ verb, target, apiGroup: opts.apiGroup, name: opts.name, namespace }));
  for (const n of notes) io.stderr.write(`rampart: ${n}\n`);
  const { inventory, rbac } = await analyse(opts, io);
  const result = whoCan(rbac.world, request);
  write(io, opts.output, result, () => whoCanTable(result, request, makeStyle(colourWanted(io.stdout, io.env))));
  return inventory.hasErrors() ? EXIT.usage : EXIT.ok;
}

function describeRequest(r: Request): string {
  if (!r.resourceRequest) return `${r.verb} ${r.path}`;
  const resource = `${r.resource}${r.apiGroup ? `.${r.apiGroup}` : ''}${r.subresource ? `/${r.subresource}` : ''}`;
  return `${r.verb} ${resource}${r.name ? ` named "${r.name}"` : ''}${r.namespace ? ` in namespace ${r.namespace}` : ' cluster-wide'}`;
}

const SHORT: Readonly<Record<string, string>> = { ClusterRoleBinding: 'CRB', RoleBinding: 'RB', ClusterRole: 'CR', Role: 'Role' };
/** `CRB ops-superuser`, `RB shop/edit-all`, `CR edit`, `Role shop/reader`: short enough for 100 columns. */
const refText = (r: Ref) => `${SHORT[r.kind] ?? r.kind} ${r.namespace !== undefined ? `${r.namespace}/` : ''}${r.name}`;

function whoCanTable(result: WhoCanResult, request: Request, st: Style): string {
  const out = [st.bold(`Who can ${describeRequest(request)}:`)];
  if (result.subjects.length === 0) return [...out, 'nobody (no binding grants it)', ''].join('\n');
  const rows = result.subjects.flatMap((s) => {
    const subject = `${s.kind} ${s.namespace !== undefined ? `${s.namespace}/` : ''}${s.name}`;
    return s.grants.map((g, i) => [i === 0 ? subject : '', refText(g.binding), refText(g.role)]);
  });
  out.push(...renderColumns(['SUBJECT', 'BINDING', 'ROLE'], rows, { width: TABLE_WIDTH, header: st.bold }));
  out.push(st.dim(`${result.subjects.length} subject${result.subjects.length === 1 ? '' : 's'}; CRB = ClusterRoleBinding, RB = RoleBinding, CR = ClusterRole`));
  return out.join('\n') + '\n';
}

/** `rampart rbac can SUBJECT`: the subject's effective permissions per scope. */
export async function runCan(subjectArg: string, opts: CanOptions, io: CliIo): Promise<number> {
  const namespace = opts.allNamespaces ? undefined : opts.namespace;
  const subject = usage(() => parseSubject(subjectArg, namespace));
  const { inventory, rbac } = await analyse(opts, io);
  const result = can(rbac, subject, { namespace, groups: opts.asGroup });
  write(io, opts.output, result, () => canTable(result, makeStyle(colourWanted(io.stdout, io.env))));
  return inventory.hasErrors() ? EXIT.usage : EXIT.ok;
}

function rowName(r: PermissionRow): string {
  if (r.apiGroup === undefined) return r.resource;
  return r.apiGroup === '' ? r.resource : `${r.resource.replace(/\/.*$/, '')}.${r.apiGroup}${r.resource.includes('/') ? r.resource.slice(r.resource.indexOf('/')) : ''}`;
}

function canTable(result: CanResult, st: Style): string {
  const s = result.subject;
  const who = s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace}/${s.name}` : `${s.kind} ${s.name}`;
  const out = [st.bold(`${who}`) + st.dim(` (authenticates as ${result.user.name ?? 'a member'}${result.user.groups.length ? ` in groups ${result.user.groups.join(', ')}` : ''})`)];
  if (result.superuser) out.push('member of system:masters: every request is allowed before RBAC is consulted');
  for (const scope of result.scopes) {
    out.push('', st.bold(scope.namespace === undefined ? 'Cluster-wide (ClusterRoleBindings; applies in every namespace):' : result.scopes.length === 1 ? `In namespace ${scope.namespace} (cluster-wide grants included):` : `In namespace ${scope.namespace} (RoleBindings; in addition to the cluster-wide grants):`));
    if (scope.rows.length === 0) {
      out.push('  nothing');
      continue;
    }
    const mark = (verbs: readonly string[], v: string) => (verbs.includes('*') || verbs.includes(v) ? '✔' : '·');
    const rows = scope.rows.map((r) => [
      rowName(r),
      r.resourceNames.length ? r.resourceNames.join(',') : '',
      ...MATRIX_VERBS.map((v) => mark(r.verbs, v)),
      r.verbs.filter((v) => !(MATRIX_VERBS as readonly string[]).includes(v)).join(','),
    ]);
    out.push(...renderColumns(['RESOURCE', 'NAMES', ...MATRIX_VERBS.map((v) => (v === 'deletecollection' ? 'DELCOL' : v.toUpperCase())), 'OTHER'], rows, { width: TABLE_WIDTH - 2, header: st.bold, minWidth: 3 }).map((l) => `  ${l}`));
  }
  return out.join('\n') + '\n';
}
