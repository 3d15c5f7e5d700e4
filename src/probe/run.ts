import type { ScanResult } from '../scan.js';
import { scan } from '../scan.js';
import type { Check, ReportTarget } from '../checks/check.js';
import { Inventory } from '../inventory/inventory.js';
import type { ScanConfig } from '../config.js';
import { probeGet, type ProbeAnswer } from './http.js';
import { PROBE_CHECKS, type ProbeCheck } from './probes.js';
import type { PlannedProbe } from './targets.js';

export interface ProbeOptions {
  /** Per request, connection included. */
  readonly timeoutMs?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ProbeOutcome {
  readonly probe: PlannedProbe;
  readonly answer: ProbeAnswer;
}

/** Makes every planned GET, a few at a time, each with a short timeout. */
export async function runProbes(plan: readonly PlannedProbe[], options: ProbeOptions = {}): Promise<ProbeOutcome[]> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const outcomes: ProbeOutcome[] = new Array(plan.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.length) {
      const i = next++;
      outcomes[i] = { probe: plan[i], answer: await probeGet(plan[i].url, { timeoutMs, headers: plan[i].request.headers }) };
      options.onProgress?.(++done, plan.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 16, plan.length)) }, worker));
  return outcomes;
}

/**
 * The open doors as findings, through the same engine as a scan (fingerprints, severities,
 * references, configuration and exceptions): one check per kind of door, reporting the outcomes
 * with the request and the response status as evidence.
 */
export function probeFindings(outcomes: readonly ProbeOutcome[], config?: ScanConfig): ScanResult {
  const registry: Check[] = (Object.keys(PROBE_CHECKS) as ProbeCheck[]).map((name) => ({
    meta: PROBE_CHECKS[name].meta,
    run(ctx) {
      for (const { probe, answer } of outcomes) {
        if (probe.request.check !== name || answer.kind !== 'status') continue;
        const open = probe.request.open(answer.status, answer.head);
        if (!open) continue;
        const target: ReportTarget = { ref: probe.resource };
        ctx.report({
          object: target,
          message: `${open.message}: GET ${probe.url} answered ${answer.status}`,
          severity: open.severity,
          evidence: { request: `GET ${probe.url}`, status: answer.status },
          key: probe.url,
        });
      }
    },
  }));
  return scan(new Inventory([], []), { registry, config });
}
