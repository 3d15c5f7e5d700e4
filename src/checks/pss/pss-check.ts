import { defineCheck, type Check, type CheckMeta } from '../check.js';
import type { ScanConfig } from '../../config.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import type { Severity } from '../../findings/finding.js';
import { evaluatePod, namespacePolicy, PSS_CONTROLS, type PssLevelVersion, type PssViolation } from '../../analysis/pss/index.js';

interface TemplateVerdict {
  readonly view: PodSpecView;
  /** The namespace's enforce policy: whether Kubernetes would admit the template today. */
  readonly enforce: PssLevelVersion;
  readonly version: string;
  readonly violations: ReadonlyMap<string, PssViolation>;
}

const CONTROL_LEVEL = new Map(PSS_CONTROLS.map((c) => [c.id, c.level]));

/**
 * Every pod template against every Pod Security control, whatever its namespace enforces: baseline
 * controls from a baseline evaluation, restricted ones from a restricted evaluation (restricted
 * replaces some baseline controls, which must still be reported on their own). The version is the
 * namespace's enforce-version unless the user forces one. Run through inventory.analysis().
 */
export function pssVerdicts(inventory: Inventory, config: ScanConfig): readonly TemplateVerdict[] {
  const policies = new Map<string, PssLevelVersion>();
  const out: TemplateVerdict[] = [];
  for (const view of inventory.podSpecs()) {
    let enforce = policies.get(view.namespace);
    if (!enforce) {
      enforce = namespacePolicy(inventory.get('Namespace', undefined, view.namespace)?.object).enforce;
      policies.set(view.namespace, enforce);
    }
    const version = config.pss.version ?? enforce.version;
    const violations = new Map<string, PssViolation>();
    for (const v of evaluatePod(view, 'baseline', version)) violations.set(v.control, v);
    if (config.pss.level === 'restricted') {
      for (const v of evaluatePod(view, 'restricted', version)) if (CONTROL_LEVEL.get(v.control) === 'restricted') violations.set(v.control, v);
    }
    if (violations.size > 0) out.push({ view, enforce, version, violations });
  }
  return out;
}

export interface PssCheckSpec extends Omit<CheckMeta, 'category' | 'area'> {
  /** Kubernetes' check id, e.g. `privileged`, `capabilities_restricted`. */
  readonly control: string;
  /**
   * Per-finding refinements: a worse severity, words that explain the specific values, or 'skip'
   * when another control already reports the same thing.
   */
  readonly refine?: (violation: PssViolation, view: PodSpecView) => Refinement | 'skip';
}

export interface Refinement {
  readonly severity?: Severity;
  readonly explanation?: string;
  readonly evidence?: Record<string, unknown>;
}

const RANK = { privileged: 0, baseline: 1, restricted: 2 } as const;

/**
 * A check that reports one Pod Security Standards control, worded as Kubernetes' admission
 * message, with whether the namespace would admit the pod today.
 */
export function pssCheck(spec: PssCheckSpec): Check {
  const { control, refine, ...meta } = spec;
  const level = CONTROL_LEVEL.get(control);
  if (!level) throw new Error(`unknown Pod Security control ${control}`);
  return defineCheck({
    meta: { ...meta, category: 'pss', area: 'pod-security' },
    run(ctx) {
      if (RANK[level] > RANK[ctx.config.pss.level]) return;
      for (const verdict of ctx.inventory.analysis(pssVerdicts, ctx.config)) {
        const violation = verdict.violations.get(control);
        if (!violation) continue;
        const { view, enforce } = verdict;
        const extra = refine?.(violation, view);
        if (extra === 'skip') continue;
        const admitted = RANK[enforce.level] < RANK[level];
        const admission = admitted
          ? `admitted today: namespace "${view.namespace}" enforces ${enforce.level}`
          : `rejected at admission: namespace "${view.namespace}" enforces ${enforce.level}:${enforce.version}`;
        ctx.report({
          object: view.owner,
          pointer: violation.pointers[0] ?? view.pointer,
          key: `${view.pointer}:${control}`,
          severity: extra?.severity,
          message: `${level} Pod Security Standard: ${violation.message}${extra?.explanation ? `. ${extra.explanation}` : ''} (${admission})`,
          evidence: { control, level, version: verdict.version, admitted, enforce: `${enforce.level}:${enforce.version}`, ...extra?.evidence },
        });
      }
    },
  });
}
