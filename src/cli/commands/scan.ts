import { formatDiagnostic, UsageError } from '../../inventory/diagnostics.js';
import { scan, selectChecks, withBaseline, withCompliance, type ScanResult } from '../../scan.js';
import { ALL_CHECKS } from '../../checks/registry.js';
import { severityRank, type Severity } from '../../findings/finding.js';
import { jsonReport } from '../../report/json.js';
import { yamlReport } from '../../report/yaml.js';
import { sarifReport } from '../../report/sarif.js';
import { tableReport } from '../../report/table.js';
import { colourWanted } from '../../report/style.js';
import { writeChunks, type Chunks } from '../../report/stream.js';
import { renderMarkdown } from '../../report/markdown.js';
import { junitReport } from '../../report/junit.js';
import { csvReport } from '../../report/csv.js';
import { htmlReport } from '../../report/html.js';
import { writeReportFile } from '../report-file.js';
import { EXIT, type CliIo } from '../io.js';
import type { ScanConfig } from '../../config.js';
import { loadConfig } from '../../config-file.js';
import { readBaseline } from '../../policy/baseline.js';
import { isCisVersion, CIS_VERSIONS } from '../../frameworks/cis/index.js';
import { findFramework, frameworks, type FrameworkId } from '../../frameworks/catalogue.js';
import { parseVersion } from '../../analysis/pss/index.js';
import { parseKubeVersion } from '../../analysis/versions/version.js';
import { progress } from '../progress.js';
import { loadCluster, namespaceScope, type InputOptions } from '../inputs.js';
import { loadSupplyChain, type SupplyChainOptions } from '../supply-chain-inputs.js';

export const OUTPUT_FORMATS = ['table', 'wide', 'json', 'yaml', 'sarif', 'markdown', 'junit', 'csv', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ScanCommandOptions extends InputOptions, SupplyChainOptions {
  readonly output: OutputFormat;
  /** Default: the configuration file's `failOn`, else none. */
  readonly failOn?: Severity | 'none';
  readonly failOnNew?: boolean;
  readonly checks: readonly string[];
  readonly skipChecks: readonly string[];
  readonly minSeverity?: Severity;
  readonly pssLevel?: 'baseline' | 'restricted' | 'namespace';
  readonly pssVersion?: string;
  /** `--config FILE`; false with `--no-config` (no discovery either). */
  readonly config?: string | false;
  readonly exceptions?: readonly string[];
  readonly baseline?: string;
  /** `--framework`: frameworks whose per-control status the table shows (JSON always has all). */
  readonly framework?: readonly string[];
  readonly cisVersion?: string;
  /** `--report-html FILE`: the HTML report too, beside the format on stdout. */
  readonly reportHtml?: string;
  readonly kubernetesVersion?: string;
  readonly versionDataMaxAge?: string;
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
  if (opts.cisVersion !== undefined && !isCisVersion(opts.cisVersion)) throw new UsageError(`--cis-version: "${opts.cisVersion}" is not a benchmark version Rampart knows (${CIS_VERSIONS.join(', ')})`);
  if (opts.kubernetesVersion !== undefined && parseKubeVersion(opts.kubernetesVersion) === undefined) throw new UsageError(`--kubernetes-version: "${opts.kubernetesVersion}" is not a Kubernetes version (expected v1.N or v1.N.P, e.g. v1.29.4)`);
  const maxAge = opts.versionDataMaxAge !== undefined ? Number(opts.versionDataMaxAge) : undefined;
  if (maxAge !== undefined && !(Number.isInteger(maxAge) && maxAge >= 0)) throw new UsageError(`--version-data-max-age: "${opts.versionDataMaxAge}" is not a number of days`);
  const selectedFrameworks = frameworkSelection(opts.framework ?? []);
  const loaded = loadConfig({ configFile: typeof opts.config === 'string' ? opts.config : undefined, discover: opts.config !== false, exceptionFiles: opts.exceptions, cwd: io.cwd });
  const config: ScanConfig = {
    ...loaded.config,
    pss: { level: opts.pssLevel ?? loaded.config.pss.level, version: opts.pssVersion ?? loaded.config.pss.version },
    ...(opts.cisVersion !== undefined && isCisVersion(opts.cisVersion) ? { cisVersion: opts.cisVersion } : {}),
    ...(opts.kubernetesVersion !== undefined ? { kubernetesVersion: opts.kubernetesVersion } : {}),
    ...(maxAge !== undefined ? { versionDataMaxAgeDays: maxAge } : {}),
  };
  const baseline = opts.baseline !== undefined ? readBaseline(opts.baseline) : undefined;
  if (unmatched.length > 0) throw new UsageError(`no check matches ${unmatched.map((p) => `"${p}"`).join(', ')}: see \`rampart checks list\``);

  const status = progress(io);
  status.update('loading…');
  // The inventory (every object, its source text, the analyses) is held only inside this call:
  // once the scan returns it can be collected, and the output has that memory.
  let result = await (async () => {
    const inventory = await loadCluster(opts, io, paths);
    const supplyChain = await loadSupplyChain(opts, io.env);
    status.update(`scanning ${inventory.objects.length} objects…`);
    return scan(inventory, { checks: opts.checks, skipChecks: opts.skipChecks, minSeverity: opts.minSeverity ?? loaded.minSeverity, config, supplyChain });
  })();
  status.done();
  const namespace = namespaceScope(opts);
  if (namespace !== undefined) result = onlyNamespace(result, namespace);
  if (baseline) result = withBaseline(result, baseline);
  result = withCompliance(result, { versions: { cis: config.cisVersion }, ...(selectedFrameworks.length > 0 ? { shown: selectedFrameworks } : {}) });

  for (const d of result.diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
  // the exit status is known before the output is written: a reader that stops early (| head) does not change it
  await writeChunks(report(result, opts.output, io), io.stdout);
  if (opts.reportHtml !== undefined) await writeReportFile(opts.reportHtml, htmlReport(result), io, 'HTML report');
  const failOn = opts.failOn ?? loaded.failOn ?? (opts.failOnNew ? 'info' : 'none');
  return exitCode(result, failOn, opts.failOnNew === true);
}

/**
 * 1 when a finding at or above the threshold counts: waived findings never do, and with
 * `--fail-on-new` only findings the baseline did not have.
 */
function exitCode(result: ScanResult, failOn: Severity | 'none', onlyNew: boolean): number {
  if (result.diagnostics.some((d) => d.code === 'check-failed')) return EXIT.internal;
  if (result.diagnostics.some((d) => d.severity === 'error')) return EXIT.usage;
  if (failOn !== 'none') {
    const threshold = severityRank(failOn);
    const counts = (f: ScanResult['findings'][number]) => f.waived === undefined && (!onlyNew || f.baseline !== 'unchanged') && severityRank(f.severity) >= threshold;
    if (result.findings.some(counts)) return EXIT.findings;
  }
  return EXIT.ok;
}

/** `--framework cis,nsa` (or `all`): validated ids. */
function frameworkSelection(values: readonly string[]): FrameworkId[] {
  const ids: FrameworkId[] = [];
  for (const v of values) {
    if (v === 'all') return frameworks().map((f) => f.id);
    const f = findFramework(v);
    if (!f) throw new UsageError(`--framework: unknown framework "${v}" (${frameworks().map((x) => x.id).join(', ')}, all)`);
    ids.push(f.id);
  }
  return ids;
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

export function report(result: ScanResult, format: OutputFormat, io: CliIo): Chunks {
  switch (format) {
    case 'json':
      return jsonReport(result);
    case 'yaml':
      return yamlReport(result);
    case 'sarif':
      return sarifReport(result, { baseDir: io.cwd });
    case 'table':
      return tableReport(result, { colour: colourWanted(io.stdout, io.env), width: terminalWidth(io) });
    case 'wide':
      return tableReport(result, { colour: colourWanted(io.stdout, io.env) });
    case 'markdown':
      return [renderMarkdown(result)];
    case 'junit':
      return junitReport(result);
    case 'csv':
      return csvReport(result);
    case 'html':
      return htmlReport(result);
  }
}

/** The terminal's width; $COLUMNS when set; 120 when the output is not a terminal (CI logs, files). */
function terminalWidth(io: CliIo): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  return 120;
}
