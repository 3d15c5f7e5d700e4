import { UsageError } from '../../inventory/diagnostics.js';
import { hasSources } from '../../inventory/sources.js';
import type { Inventory } from '../../inventory/inventory.js';
import { severityRank, type Severity } from '../../findings/finding.js';
import { writeChunks } from '../../report/stream.js';
import { planProbes, TARGET_GROUPS, type TargetGroup } from '../../probe/targets.js';
import { probeFindings, runProbes } from '../../probe/run.js';
import { EXIT, type CliIo } from '../io.js';
import { loadCluster, parseDuration, sourceSpec, type InputOptions } from '../inputs.js';
import { progress } from '../progress.js';
import { report, type OutputFormat } from './scan.js';

export interface ProbeCommandOptions extends InputOptions {
  readonly targets: readonly string[];
  readonly target: readonly string[];
  readonly apiserver: readonly string[];
  readonly fromPod?: boolean;
  readonly metadataAddress: string;
  readonly kubeletPort: number;
  readonly readOnlyPort: number;
  readonly etcdPort: number;
  readonly timeout: string;
  readonly concurrency: number;
  readonly output: OutputFormat;
  readonly failOn: Severity | 'none';
}

/**
 * `rampart probe`: GETs against the cluster's own endpoints, found in the inventory (live, snapshot
 * or files) or named with --target/--apiserver. Every open door is a finding with the request and
 * the response status as evidence; a closed, refused or silent endpoint is not.
 */
export async function runProbe(opts: ProbeCommandOptions, io: CliIo): Promise<number> {
  const unknown = opts.targets.filter((t) => !(TARGET_GROUPS as readonly string[]).includes(t));
  if (unknown.length > 0) throw new UsageError(`--targets: unknown group ${unknown.map((t) => `"${t}"`).join(', ')} (apiserver, nodes, services)`);
  const timeoutMs = parseDuration(opts.timeout);
  let inventory: Inventory | undefined;
  if (hasSources(sourceSpec(opts, io))) inventory = await loadCluster(opts, io);
  const plan = planProbes(inventory, {
    groups: opts.targets.length > 0 ? (opts.targets as TargetGroup[]) : undefined,
    hosts: opts.target,
    apiServers: opts.apiserver,
    fromPod: opts.fromPod,
    metadataAddress: opts.metadataAddress,
    ports: { kubelet: opts.kubeletPort, readOnly: opts.readOnlyPort, etcd: opts.etcdPort },
  });
  if (plan.length === 0) {
    throw new UsageError(
      inventory
        ? 'nothing to probe: the input has no API server address, Node addresses or dashboard Services (add --target HOST, --apiserver URL or --from-pod)'
        : 'nothing to probe: read a cluster (--kubeconfig, --context, --snapshot, -f) or name --target HOST, --apiserver URL or --from-pod',
    );
  }
  io.stderr.write(`rampart: probing ${plan.length} endpoint(s) with read-only GET requests: only probe clusters you are allowed to test\n`);
  const status = progress(io);
  let outcomes;
  try {
    outcomes = await runProbes(plan, { timeoutMs, concurrency: opts.concurrency, onProgress: (done, total) => status.update(`probing: ${done}/${total}`) });
  } finally {
    status.done();
  }
  const result = probeFindings(outcomes);
  const answered = outcomes.filter((o) => o.answer.kind === 'status').length;
  io.stderr.write(`rampart: ${plan.length} probe(s): ${answered} answered, ${result.findings.length} open door(s)\n`);
  await writeChunks(report(result, opts.output, io), io.stdout);
  if (inventory?.hasErrors()) return EXIT.usage;
  if (opts.failOn !== 'none' && result.findings.some((f) => severityRank(f.severity) >= severityRank(opts.failOn as Severity))) return EXIT.findings;
  return EXIT.ok;
}
