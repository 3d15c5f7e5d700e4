import { stringify } from 'yaml';
import { formatDiagnostic } from '../../inventory/diagnostics.js';
import type { Diagnostic } from '../../inventory/diagnostics.js';
import { describeOsvData } from '../../analysis/images/evidence.js';
import { imagesReport, type ImagesReport, type VulnerabilityCounts } from '../../analysis/images/report.js';
import { colourWanted, makeStyle, type Style } from '../../report/style.js';
import { EXIT, type CliIo } from '../io.js';
import { loadCluster, namespaceScope, type InputOptions } from '../inputs.js';
import { loadSupplyChain, type SupplyChainOptions } from '../supply-chain-inputs.js';

export interface ImagesCommandOptions extends InputOptions, SupplyChainOptions {
  readonly output: 'table' | 'json' | 'yaml';
}

/**
 * `rampart images`: the cluster's images with their workloads, pinning, signatures and
 * vulnerabilities. JSON: `{ images, workloads, namespaces, data, diagnostics }` (README, "Images").
 */
export async function runImages(opts: ImagesCommandOptions, io: CliIo, paths: readonly string[] = []): Promise<number> {
  const inventory = await loadCluster(opts, io, paths);
  const evidence = await loadSupplyChain(opts, io.env);
  const report = imagesReport(inventory, evidence, namespaceScope(opts));
  const diagnostics = [...inventory.diagnostics, ...(evidence?.diagnostics ?? [])];
  for (const d of diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
  const document = { ...report, diagnostics };
  if (opts.output === 'json') io.stdout.write(JSON.stringify(document, null, 2) + '\n');
  else if (opts.output === 'yaml') io.stdout.write(stringify(document));
  else io.stdout.write(renderImagesTable(report, diagnostics, makeStyle(colourWanted(io.stdout, io.env))));
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.usage : EXIT.ok;
}

function counts(c: VulnerabilityCounts | null, st: Style): string {
  if (c === null) return st.dim('-');
  if (c.total === 0) return '0';
  const parts = (['critical', 'high', 'medium', 'low'] as const).map((k) => (c[k] > 0 ? st.severity(k, `${c[k]}${k[0].toUpperCase()}`) : '')).filter(Boolean);
  if (c.unknown > 0) parts.push(`${c.unknown}?`);
  if (c.info > 0) parts.push(st.dim(`${c.info}i`));
  return `${c.total} (${parts.join(' ')})`;
}

const SIGNATURE_STYLE: Record<string, (st: Style, s: string) => string> = {
  verified: (_st, s) => s,
  invalid: (st, s) => st.severity('critical', s),
  untrusted: (st, s) => st.severity('high', s),
  unsigned: (st, s) => st.severity('high', s),
  'not-pinned': (st, s) => st.severity('medium', s),
  'not-checked': (st, s) => st.dim(s),
};

/** Plain width of a cell, without the colour codes. */
const width = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;

function table(header: string[], rows: string[][], st: Style): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd();
  return [st.bold(line(header)), ...rows.map(line)];
}

function shortImage(image: string): string {
  // the digest's first 12 hex digits identify it for a person; JSON has the whole of it
  return image.replace(/@sha256:([0-9a-f]{12})[0-9a-f]{52}$/, '@sha256:$1…');
}

export function renderImagesTable(report: ImagesReport, diagnostics: readonly Diagnostic[], st: Style): string {
  const out: string[] = [];
  const { data } = report;
  if (data.signatures) out.push(`Signatures: trusted keys ${data.signatures.keys.join(', ')}${data.signatures.dir ? `; material in ${data.signatures.dir}` : '; no signatures directory'}`);
  if (data.sboms !== null) out.push(`SBOMs: ${data.sboms}`);
  if (data.osv) {
    const { text, stale } = describeOsvData(data.osv);
    out.push(stale ? st.severity('high', text) : text);
  } else if (data.sboms !== null) out.push(st.dim('Vulnerability data: none given (--osv): vulnerabilities not checked'));
  if (out.length > 0) out.push('');
  const imageRows = report.images.map((i) => [
    shortImage(i.image),
    i.digestStatus,
    SIGNATURE_STYLE[i.signature.status](st, i.signature.status),
    i.sbom ? i.sbom.matchedBy : st.dim('-'),
    counts(i.vulnerabilities, st),
    i.vulnerabilities ? String(i.vulnerabilities.fixable) : st.dim('-'),
    i.workloads.map((w) => `${w.resource.kind}/${w.resource.namespace !== undefined ? `${w.resource.namespace}/` : ''}${w.resource.name}`).join(', '),
  ]);
  out.push(...table(['IMAGE', 'DIGEST', 'SIGNATURE', 'SBOM', 'VULNERABILITIES', 'FIXABLE', 'WORKLOADS'], imageRows, st));
  if (report.images.some((i) => i.vulnerabilities && i.vulnerabilities.total > 0)) out.push(st.dim('Vulnerabilities: C critical, H high, M medium, L low, ? unrated by the data; "-": not known (no SBOM or no vulnerability data).'));
  const worst = report.images.filter((i) => i.top.length > 0);
  if (worst.length > 0) {
    out.push('', st.bold('Worst vulnerabilities per image:'));
    for (const i of worst) {
      out.push(`  ${st.bold(shortImage(i.image))}`);
      for (const v of i.top) out.push(`    ${v.severity === 'unknown' ? 'unrated ' : st.severity(v.severity, v.severity.padEnd(8))} ${v.id}  ${v.package} ${v.installed}${v.fixed ? ` → ${v.fixed}` : st.dim(' (no fix)')}`);
    }
  }
  if (report.namespaces.length > 0) {
    out.push('');
    out.push(
      ...table(
        ['NAMESPACE', 'WORKLOADS', 'IMAGES', 'UNSIGNED', 'VULNERABILITIES'],
        report.namespaces.map((n) => [n.namespace || '(cluster)', String(n.workloads), String(n.images), data.signatures ? String(n.unsigned) : st.dim('-'), counts(n.vulnerabilities, st)]),
        st,
      ),
    );
  }
  const problems = diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length > 0) out.push('', st.severity('high', `${problems.length} input problem(s): see stderr.`));
  return out.join('\n') + '\n';
}
