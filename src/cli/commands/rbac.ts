import { stringify } from 'yaml';
import { loadCluster, type InputOptions } from '../inputs.js';
import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import type { Inventory } from '../../inventory/inventory.js';
import { rbacAnalysis, type RbacAnalysis } from '../../analysis/rbac/index.js';
import { can, MATRIX_VERBS, parseSubject, QueryError, resolveWhoCanQuery, whoCan, type CanResult, type PermissionRow, type Ref, type WhoCanResult } from '../../analysis/rbac/queries.js';
import { makeStyle, colourWanted, type Style } from '../../report/style.js';
import { renderColumns } from '../../report/columns.js';
import { wrap } from '../../report/text.js';
import type { Request } from '../../analysis/rbac/rules.js';
import { EXIT, type CliIo } from '../io.js';
import { EscalationGraph, GOALS, type EscalationPath } from '../../analysis/rbac/paths.js';
import { pathText, pathsDot, pathsMermaid } from '../../report/rbac/paths.js';
import { unusedRbac } from '../../analysis/rbac/unused.js';
import { bindingRef } from '../../analysis/rbac/queries.js';

type Format = 'table' | 'json' | 'yaml';

interface RbacCommonOptions extends InputOptions {
  readonly output: string;
  readonly builtinRoles: boolean;
}

export interface WhoCanOptions extends RbacCommonOptions {
  readonly output: Format;
  readonly apiGroup?: string;
  readonly name?: string;
}

export interface CanOptions extends RbacCommonOptions {
  readonly output: Format;
  readonly asGroup: readonly string[];
}

const TABLE_WIDTH = 100;

async function analyse(opts: RbacCommonOptions, io: CliIo, paths: readonly string[] = []): Promise<{ inventory: Inventory; rbac: RbacAnalysis }> {
  const inventory = await loadCluster(opts, io, paths);
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

/** A heading row per API group (core first, unheaded), the resources of that group under it. */
function groupLabel(r: PermissionRow): string | undefined {
  if (r.apiGroup === undefined) return 'non-resource URLs';
  if (r.apiGroup === '') return undefined;
  return r.apiGroup === '*' ? 'every API group (*)' : r.apiGroup;
}

const MATRIX_HEADERS = MATRIX_VERBS.map((v) => (v === 'deletecollection' ? 'DELCOL' : v.toUpperCase()));

/**
 * A resource cut to a width: the subresource stays whole (`certificatesigningre…/approval`), so that
 * `persistentvolumeclaims` and `persistentvolumeclaims/status` stay apart; else cut in the middle.
 */
export function cutResource(text: string, width: number): string {
  if (text.length <= width) return text;
  const slash = text.indexOf('/');
  const sub = slash > 0 ? text.slice(slash) : '';
  if (sub !== '' && sub.length <= width / 2) return `${text.slice(0, width - 1 - sub.length)}…${sub}`;
  const tail = Math.floor((width - 1) / 2);
  return `${text.slice(0, width - 1 - tail)}…${text.slice(text.length - tail)}`;
}

function canTable(result: CanResult, st: Style): string {
  const s = result.subject;
  const who = s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace}/${s.name}` : `${s.kind} ${s.name}`;
  const out = [st.bold(who), ...wrap(`authenticates as ${result.user.name ?? 'a member of the group'}${result.user.groups.length ? `, in groups ${result.user.groups.join(', ')}` : ''}`, TABLE_WIDTH - 2).lines.map((l) => st.dim(`  ${l}`))];
  if (result.superuser) out.push('member of system:masters: every request is allowed before RBAC is consulted');
  for (const scope of result.scopes) {
    out.push('', st.bold(scope.namespace === undefined ? 'Cluster-wide (ClusterRoleBindings; applies in every namespace):' : result.scopes.length === 1 ? `In namespace ${scope.namespace} (cluster-wide grants included):` : `In namespace ${scope.namespace} (RoleBindings; in addition to the cluster-wide grants):`));
    if (scope.rows.length === 0) {
      out.push('  nothing');
      continue;
    }
    const mark = (verbs: readonly string[], v: string) => (verbs.includes('*') || verbs.includes(v) ? '✔' : '·');
    // the verb columns are as wide as their headers; what is left goes to the resource, cut in the
    // middle when it must be, so that persistentvolumeclaims and persistentvolumeclaims/status stay apart
    const names = Math.min(16, Math.max(5, ...scope.rows.map((r) => r.resourceNames.join(',').length)));
    const other = Math.min(12, Math.max(5, ...scope.rows.map((r) => r.verbs.filter((v) => !(MATRIX_VERBS as readonly string[]).includes(v)).join(',').length)));
    const resourceWidth = Math.max(16, TABLE_WIDTH - 2 - MATRIX_HEADERS.reduce((n, h) => n + h.length, 0) - names - other - 2 * (MATRIX_HEADERS.length + 2));
    const rows: string[][] = [];
    let heading: string | undefined;
    for (const r of scope.rows) {
      const label = groupLabel(r);
      if (label !== heading && label !== undefined) rows.push([st.dim(`${label}:`)]);
      heading = label;
      rows.push([
        `${label !== undefined ? '  ' : ''}${cutResource(r.resource, resourceWidth - (label !== undefined ? 2 : 0))}`,
        r.resourceNames.length ? r.resourceNames.join(',') : '',
        ...MATRIX_VERBS.map((v) => mark(r.verbs, v)),
        r.verbs.filter((v) => !(MATRIX_VERBS as readonly string[]).includes(v)).join(','),
      ]);
    }
    out.push(...renderColumns(['RESOURCE', 'NAMES', ...MATRIX_HEADERS, 'OTHER'], rows, { width: TABLE_WIDTH - 2, header: st.bold, minWidth: 3 }).map((l) => `  ${l}`));
  }
  return out.join('\n') + '\n';
}

export interface PathsOptions extends RbacCommonOptions {
  readonly from?: string;
  readonly to?: 'cluster-admin' | 'kube-system-secrets';
  readonly maxDepth: number;
  readonly output: Format | 'dot' | 'mermaid';
}

/** `rampart rbac paths`: `{"paths": [{source, exposure?, goal, steps: [{from, to, action, short, grants, fact?}]}]}`. */
export async function runPaths(opts: PathsOptions, io: CliIo, positional: readonly string[] = []): Promise<number> {
  if (!Number.isInteger(opts.maxDepth) || opts.maxDepth < 1 || opts.maxDepth > 50) throw new UsageError('--max-depth must be a whole number of steps from 1 to 50');
  const { inventory, rbac } = await analyse(opts, io, positional);
  const graph = new EscalationGraph(inventory, rbac, { maxDepth: opts.maxDepth });
  let paths: EscalationPath[];
  if (opts.from !== undefined) {
    const id = fromId(graph, inventory, opts.from, opts.allNamespaces ? undefined : opts.namespace);
    paths = id === undefined ? [] : graph.pathsFrom(id, graph.exposureOf(id));
    if (id === undefined) io.stderr.write(`rampart: ${opts.from} is not in the graph (no binding names it and no workload is it)\n`);
  } else paths = graph.paths();
  if (opts.to) paths = paths.filter((p) => p.goal === opts.to);
  const namespace = opts.allNamespaces ? undefined : opts.namespace;
  if (namespace !== undefined && opts.from === undefined) paths = paths.filter((p) => p.source.namespace === namespace);
  const format = opts.output as string;
  if (format === 'dot') io.stdout.write(pathsDot(paths));
  else if (format === 'mermaid') io.stdout.write(pathsMermaid(paths));
  else
    write(io, opts.output as Format, { paths }, () => {
      const st = makeStyle(colourWanted(io.stdout, io.env));
      if (paths.length === 0) return `No escalation path${opts.from ? ` from ${opts.from}` : ''} to ${opts.to ?? GOALS.join(' or ')} within ${opts.maxDepth} steps.\n`;
      const blocks = paths.map((p) => pathText(p, st, TABLE_WIDTH).join('\n'));
      return `${blocks.join('\n\n')}\n\n${st.dim(`${paths.length} path${paths.length === 1 ? '' : 's'}`)}\n`;
    });
  return inventory.hasErrors() ? EXIT.usage : EXIT.ok;
}

/** `--from`: a subject (User/x, Group/x, ServiceAccount/ns/x) or a workload (Deployment/ns/x). */
function fromId(graph: EscalationGraph, inventory: Inventory, arg: string, namespace: string | undefined): string | undefined {
  const parts = arg.split('/');
  const kind = parts[0];
  if (['user', 'group', 'serviceaccount', 'sa'].includes(kind.toLowerCase())) {
    const s = usage(() => parseSubject(arg, namespace));
    return graph.idOf(s.kind, s.name, s.namespace);
  }
  const [ns, name] = parts.length === 3 ? [parts[1], parts[2]] : [namespace ?? 'default', parts[1]];
  if (!name) throw new UsageError(`--from ${arg}: expected KIND/NAME or KIND/NAMESPACE/NAME`);
  const object = inventory.get(kind, ns, name);
  if (!object) throw new UsageError(`--from ${arg}: no ${kind} ${ns}/${name} in the input`);
  return graph.workloadIdOf(object);
}

/** `rampart rbac unused`: `{"roles": [{kind, namespace?, name, boundBy}], "bindings": [{kind, namespace?, name, reason}]}`. */
export async function runUnused(opts: RbacCommonOptions & { readonly output: Format }, io: CliIo, positional: readonly string[] = []): Promise<number> {
  const { inventory, rbac } = await analyse(opts, io, positional);
  const unused = unusedRbac(rbac.world);
  const namespace = opts.allNamespaces ? undefined : opts.namespace;
  const inScope = (ns: string | undefined) => namespace === undefined || ns === namespace;
  const roleRef = (r: { kind: string; namespace?: string; name: string }): Ref => (r.namespace !== undefined && r.kind === 'Role' ? { kind: r.kind, namespace: r.namespace, name: r.name } : { kind: r.kind, name: r.name });
  const document = {
    roles: unused.roles.filter((u) => inScope(u.role.namespace)).map((u) => ({ ...roleRef(u.role), rules: u.role.writtenRules.length, boundBy: u.boundBy.map(bindingRef) })),
    bindings: unused.bindings.filter((u) => inScope(u.binding.namespace)).map((u) => ({ ...bindingRef(u.binding), reason: u.reason, roleRef: { kind: u.binding.roleRef.kind, name: u.binding.roleRef.name } })),
  };
  write(io, opts.output, document, () => {
    const st = makeStyle(colourWanted(io.stdout, io.env));
    const out = [st.bold('Roles bound to nobody:')];
    if (document.roles.length === 0) out.push('  none');
    else out.push(...renderColumns(['ROLE', 'RULES', 'NOTE'], document.roles.map((r) => [refText(r), String(r.rules), r.boundBy.length ? `only bound by bindings without subjects: ${r.boundBy.map(refText).join(', ')}` : '']), { width: TABLE_WIDTH - 2, header: st.bold }).map((l) => `  ${l}`));
    out.push('', st.bold('Bindings that bind nothing:'));
    if (document.bindings.length === 0) out.push('  none');
    else out.push(...renderColumns(['BINDING', 'WHY'], document.bindings.map((b) => [refText(b), b.reason === 'missing-role' ? `${b.roleRef.kind} "${b.roleRef.name}" does not exist` : 'no subject that matches anyone']), { width: TABLE_WIDTH - 2, header: st.bold }).map((l) => `  ${l}`));
    return out.join('\n') + '\n';
  });
  return inventory.hasErrors() ? EXIT.usage : EXIT.ok;
}
