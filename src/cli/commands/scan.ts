import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { scan, selectChecks, type ScanResult } from '../../scan.js';
import { ALL_CHECKS } from '../../checks/registry.js';
import { severityRank, type Severity } from '../../findings/finding.js';
import { renderJson } from '../../report/json.js';
import { renderYaml } from '../../report/yaml.js';
import { renderSarif } from '../../report/sarif.js';
import { renderTable } from '../../report/table.js';
import { colourWanted } from '../../report/style.js';
import { EXIT, type CliIo } from '../io.js';
import { DEFAULT_CONFIG, type ScanConfig } from '../../config.js';
import { parseVersion } from '../../analysis/pss/index.js';
import { progress } from '../progress.js';
import { loadCluster, namespaceScope, type InputOptions } from '../inputs.js';

export interface ScanCommandOptions extends InputOptions {
  readonly output: 'table' | 'json' | 'yaml' | 'sarif';
  readonly failOn: Severity | 'none';
  readonly checks: readonly string[];
  readonly skipChecks: readonly string[];
  readonly minSeverity?: Severity;
  readonly pssLevel: 'baseline' | 'restricted' | 'namespace';
  readonly pssVersion?: string;
}

export async function runScan(opts: ScanCommandOptions, io: CliIo, paths: readonly string[] = []): Promise<number> {
  const { unmatched } = selectChecks(ALL_CHECKS, opts.checks, opts.skipChecks);
  if (opts.pssVersion !== undefined) {
    try {
      parseVersion(opts.pssVersion);
    } catch (e) {
      throw new UsageError(`--pss-version: ${(e as Error).message}`);
    }
  }
  const config: ScanConfig = { ...DEFAULT_CONFIG, pss: { level: opts.pssLevel, version: opts.pssVersion } };
  if (unmatched.length > 0) throw new UsageError(`no check matches ${unmatched.map((p) => `"${p}"`).join(', ')}: see \`rampart checks list\``);

  const status = progress(io);
  status.update('loading…');
  const inventory = await loadCluster(opts, io, paths);
  status.update(`scanning ${inventory.objects.length} objects…`);
  let result = scan(inventory, { checks: opts.checks, skipChecks: opts.skipChecks, minSeverity: opts.minSeverity, config });
  status.done();
  const namespace = namespaceScope(opts);
  if (namespace !== undefined) result = onlyNamespace(result, namespace);

  for (const d of result.diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
  io.stdout.write(render(result, opts.output, io));

  if (result.diagnostics.some((d) => d.code === 'check-failed')) return EXIT.internal;
  if (result.diagnostics.some((d) => d.severity === 'error')) return EXIT.usage;
  if (opts.failOn !== 'none') {
    const threshold = severityRank(opts.failOn);
    if (result.findings.some((f) => severityRank(f.severity) >= threshold)) return EXIT.findings;
  }
  return EXIT.ok;
}

/**
 * `-n`: findings on objects in one namespace, and on the Namespace itself. The whole inventory is
 * still analysed, since RBAC and network reachability cross namespaces.
 */
function onlyNamespace(result: ScanResult, namespace: string): ScanResult {
  const findings = result.findings.filter((f) => f.resource.namespace === namespace || (f.resource.kind === 'Namespace' && f.resource.name === namespace));
  const bySeverity = { ...result.summary.bySeverity };
  for (const k of Object.keys(bySeverity) as Severity[]) bySeverity[k] = findings.filter((f) => f.severity === k).length;
  return { ...result, findings, summary: { ...result.summary, findings: findings.length, bySeverity } };
}

function render(result: ScanResult, format: ScanCommandOptions['output'], io: CliIo): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'yaml':
      return renderYaml(result);
    case 'sarif':
      return renderSarif(result);
    case 'table':
      return renderTable(result, { colour: colourWanted(io.stdout, io.env) });
  }
}
