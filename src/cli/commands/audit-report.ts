import { stringify } from 'yaml';
import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { SEVERITIES } from '../../findings/finding.js';
import { auditReport, type AuditReport } from '../../audit/report.js';
import { leastPrivilege, parseSubject } from '../../audit/least-privilege.js';
import { ruleSetFor } from '../../audit/detect.js';
import { makeStyle, colourWanted, type Style } from '../../report/style.js';
import { EXIT, type CliIo } from '../io.js';
import { loadAuditInventory, stdinOf } from './audit.js';

export interface AuditReportOptions {
  readonly output: 'table' | 'json';
  readonly top: number;
  readonly rules: readonly string[];
  readonly disableRules: readonly string[];
  readonly inventory: readonly string[];
}

/** `rampart audit report`: what happened in the logs, for a person. */
export async function runAuditReport(logs: readonly string[], opts: AuditReportOptions, io: CliIo): Promise<number> {
  if (logs.length === 0) throw new UsageError('no audit logs: pass files, directories or - (stdin)');
  if (!Number.isInteger(opts.top) || opts.top < 1) throw new UsageError('--top must be a positive integer');
  const inventory = await loadAuditInventory(opts.inventory, io);
  const ruleSet = ruleSetFor({ rules: opts.rules, disable: opts.disableRules, inventory });
  const report = await auditReport(logs, { ruleSet, inventory, top: opts.top, stdin: stdinOf(io) }, (d) => io.stderr.write(formatDiagnostic(d) + '\n'));
  io.stdout.write(opts.output === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderReport(report, makeStyle(colourWanted(io.stdout, io.env))));
  return report.diagnostics.length > 0 || inventory?.hasErrors() ? EXIT.usage : EXIT.ok;
}

function table(header: string[], rows: string[][], st: Style): string[] {
  if (rows.length === 0) return ['  (none)'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [st.bold(line(header)), ...rows.map(line)];
}

export function renderReport(r: AuditReport, st: Style): string {
  const out: string[] = [];
  const s = r.summary;
  out.push(st.bold(`Audit log: ${s.requests} requests (${s.events} events) in ${s.files} file${s.files === 1 ? '' : 's'}${s.from ? `, ${s.from} to ${s.to}` : ''}`));
  if (s.malformed) out.push(st.severity('high', `${s.malformed} malformed line(s): see stderr`));
  const a = r.alerts.summary;
  out.push('', st.bold('Alerts by severity'), '  ' + (SEVERITIES.map((k) => st.severity(k, `${k} ${a.bySeverity[k]}`)).join('  ')));
  for (const al of r.alerts.list.filter((x) => x.severity === 'critical' || x.severity === 'high').slice(0, 15)) out.push(`  ${st.dim(al.time)} ${st.severity(al.severity, al.severity.toUpperCase())} ${al.ruleId}: ${al.message}`);
  out.push('', st.bold('Top users'), ...table(['USER', 'REQUESTS', 'REFUSED'], r.topUsers.map((u) => [u.user || '(none)', String(u.requests), String(u.forbidden)]), st));
  out.push('', st.bold('Top source addresses'), ...table(['ADDRESS', 'REQUESTS', 'REFUSED', 'USERS'], r.topSourceIPs.map((u) => [u.ip || '(none)', String(u.requests), String(u.forbidden), u.users.join(', ')]), st));
  out.push('', st.bold('Refused requests (401/403) by user'), ...table(['USER', 'REFUSED', 'LAST', 'EXAMPLES'], r.forbiddenByUser.map((u) => [u.user || '(none)', String(u.count), u.last, u.examples.join(' | ')]), st));
  out.push('', st.bold('Who read Secrets'), ...table(['USER', 'GET', 'LIST/WATCH', 'SECRETS'], r.secretReaders.map((u) => [u.user, String(u.gets), String(u.lists), u.secrets.join(', ')]), st));
  out.push('', st.bold("Who exec'd, attached or port-forwarded where"), ...table(['USER', 'POD', 'KIND', 'COUNT', 'FIRST', 'LAST'], r.execs.map((u) => [u.user, u.pod, u.kind, String(u.count), u.first, u.last]), st));
  const max = Math.max(1, ...r.timeline.map((t) => t.requests));
  out.push(
    '',
    st.bold('Timeline'),
    ...table(
      ['START', 'REQUESTS', 'REFUSED', 'ALERTS', ''],
      r.timeline.map((t) => [t.start, String(t.requests), String(t.forbidden), String(t.alerts), '#'.repeat(Math.ceil((30 * t.requests) / max)) + (t.alerts ? st.severity('high', ' !') : '')]),
      st,
    ),
  );
  return out.join('\n') + '\n';
}

export interface AuditRbacOptions {
  readonly user?: string;
  readonly serviceaccount?: string;
  readonly output: 'yaml' | 'json';
  readonly inventory: readonly string[];
  readonly failOnUnused?: boolean;
}

/** `rampart audit rbac`: the minimal RBAC for what a subject did, and what it holds but never used. */
export async function runAuditRbac(logs: readonly string[], opts: AuditRbacOptions, io: CliIo): Promise<number> {
  if (logs.length === 0) throw new UsageError('no audit logs: pass files, directories or - (stdin)');
  const subject = parseSubject(opts);
  if (typeof subject === 'string') throw new UsageError(subject);
  const inventory = await loadAuditInventory(opts.inventory, io);
  const result = await leastPrivilege(logs, subject, { inventory, stdin: stdinOf(io) }, (d) => io.stderr.write(formatDiagnostic(d) + '\n'));
  if (opts.output === 'json') io.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    const s = result.summary;
    const head = [
      `# Least privilege for ${subject.kind} ${subject.namespace ? `${subject.namespace}/` : ''}${subject.name}, from ${s.requests} successful requests${s.from ? ` between ${s.from} and ${s.to}` : ''}.`,
      '# Requests every authenticated identity may make (discovery, self reviews) are left out.',
    ];
    if (s.requests === 0) head.push('# No successful request by this subject in the logs: it needs no permissions that the logs show.');
    const docs = result.objects.map((o) => stringify(o)).join('---\n');
    const tail = result.findings.length
      ? ['', `# ${result.findings.length} grant(s) held but never used (from --inventory):`, ...result.findings.map((f) => `#   [${f.severity}] ${f.message}`)]
      : inventory
        ? ['', '# Every permission the subject holds was used.']
        : [];
    io.stdout.write([...head, docs.trimEnd(), ...tail].filter((l) => l !== '').join('\n') + '\n');
  }
  if (result.diagnostics.length > 0 || inventory?.hasErrors()) return EXIT.usage;
  return opts.failOnUnused && result.findings.length > 0 ? EXIT.findings : EXIT.ok;
}
