/**
 * The phases of one `rampart scan` in one process, by CPU time (steadier than wall time on a shared
 * machine): importing the CLI, loading, every check, compliance, and the output.
 *
 *   node dist/bench/phases.js FILE [--format json|table|yaml]
 */
import { pathToFileURL } from 'node:url';

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface Phases {
  readonly import: number;
  readonly load: number;
  readonly scan: number;
  readonly compliance: number;
  readonly output: number;
  readonly outputBytes: number;
  readonly findings: number;
}

export async function phases(file: string, format: string): Promise<Phases> {
  let t = cpu();
  const lap = (): number => {
    const now = cpu();
    const spent = now - t;
    t = now;
    return spent;
  };
  const { readInputs, loadInventory } = await import('../src/inventory/load.js');
  const { scan, withCompliance } = await import('../src/scan.js');
  const { report } = await import('../src/cli/commands/scan.js');
  const imported = lap();
  const read = readInputs([file], () => Buffer.alloc(0));
  const inventory = loadInventory(read.inputs, read.diagnostics);
  const load = lap();
  let result = scan(inventory);
  const scanned = lap();
  result = withCompliance(result);
  const compliance = lap();
  let bytes = 0;
  const io = { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() } as unknown as Parameters<typeof report>[2];
  for (const chunk of report(result, format as Parameters<typeof report>[1], io)) bytes += chunk.length;
  const output = lap();
  return { import: imported, load, scan: scanned, compliance, output, outputBytes: bytes, findings: result.findings.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--format');
  phases(argv[0], at === -1 ? 'json' : argv[at + 1]).then(
    (p) => process.stdout.write(`${JSON.stringify(p)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
