import type { ScanResult } from '../scan.js';
import { SEVERITIES, type Finding } from '../findings/finding.js';
import { refToString } from '../inventory/object.js';
import { makeStyle } from './style.js';

/** Human report: findings grouped by severity, then by resource, each with its file:line. */
export function renderTable(result: ScanResult, options: { colour: boolean }): string {
  const st = makeStyle(options.colour);
  const out: string[] = [];
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(st.severity(severity, st.bold(`${severity.toUpperCase()} (${group.length})`)));
    const byResource = new Map<string, Finding[]>();
    for (const f of group) {
      const key = refToString(f.resource);
      let list = byResource.get(key);
      if (!list) byResource.set(key, (list = []));
      list.push(f);
    }
    for (const [resource, findings] of byResource) {
      const file = findings[0].location?.file;
      out.push(`  ${st.bold(resource)}${file ? st.dim(`  ${file}`) : ''}`);
      const width = Math.max(...findings.map((f) => f.checkId.length));
      for (const f of findings) {
        const line = f.location ? st.dim(`:${f.location.line}`.padEnd(6)) : ''.padEnd(6);
        out.push(`    ${line}${st.severity(severity, f.checkId.padEnd(width))}  ${f.message}`);
      }
    }
    out.push('');
  }
  const s = result.summary;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => st.severity(sev, `${s.bySeverity[sev]} ${sev}`));
  out.push(
    s.findings === 0
      ? `No findings in ${s.objects} objects (${s.checks} checks).`
      : `${s.findings} findings (${counts.join(', ')}) in ${s.objects} objects, ${s.checks} checks.`,
  );
  if (s.diagnostics > 0) out.push(st.severity('high', `${s.diagnostics} input problem(s): see stderr.`));
  const gaps = result.coverage?.gaps ?? [];
  if (gaps.length > 0) {
    out.push('', st.severity('medium', st.bold(`Coverage gaps (${gaps.length}): the cluster did not let Rampart read these kinds, so findings may be missing`)));
    for (const g of gaps) {
      out.push(`  ${st.bold(g.resource)} (${g.apiVersion} ${g.kind}) in ${g.namespace !== undefined ? `namespace ${g.namespace}` : 'all namespaces'}: ${g.reason}: ${g.message}`);
      out.push(st.dim(`    ${g.checks.length > 0 ? `checks that could not run fully: ${g.checks.join(', ')}` : 'no check reads this kind'}`));
    }
  }
  return out.join('\n') + '\n';
}
