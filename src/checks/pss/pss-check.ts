import { byDesign } from '../../analysis/components/by-design.js';
import { defineCheck, type Check, type CheckMeta } from '../check.js';
import type { OptionSpecs, OptionValues } from '../options.js';
import type { ScanConfig } from '../../config.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { PodSpecView } from '../../inventory/pod-spec.js';
import type { Severity } from '../../findings/finding.js';
import { evaluatePod, namespacePolicy, PSS_CONTROLS, type NamespacePolicy, type PssLevel, type PssViolation } from '../../analysis/pss/index.js';

interface TemplateVerdict {
  readonly view: PodSpecView;
  /** The namespace's policy: whether Kubernetes would admit, warn about or audit the template today. */
  readonly policy: NamespacePolicy;
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
  const policies = new Map<string, NamespacePolicy>();
  const out: TemplateVerdict[] = [];
  for (const view of inventory.podSpecs()) {
    let policy = policies.get(view.namespace);
    if (!policy) {
      policy = namespacePolicy(inventory.get('Namespace', undefined, view.namespace)?.object);
      policies.set(view.namespace, policy);
    }
    const version = config.pss.version ?? policy.enforce.version;
    const violations = new Map<string, PssViolation>();
    for (const v of evaluatePod(view, 'baseline', version)) violations.set(v.control, v);
    if (config.pss.level !== 'baseline') {
      for (const v of evaluatePod(view, 'restricted', version)) if (CONTROL_LEVEL.get(v.control) === 'restricted') violations.set(v.control, v);
    }
    if (violations.size > 0) out.push({ view, policy, version, violations });
  }
  return out;
}

export interface PssCheckSpec<O extends OptionSpecs> extends Omit<CheckMeta<O>, 'category' | 'area'> {
  /** Kubernetes' check id, e.g. `privileged`, `capabilities_restricted`. */
  readonly control: string;
  /**
   * Per-finding refinements: a severity that fits the specific values (worse, or better when they defuse the risk), words that explain the specific values, or 'skip'
   * when another control already reports the same thing.
   */
  readonly refine?: (violation: PssViolation, view: PodSpecView, options: OptionValues<O>) => Refinement | 'skip';
}

export interface Refinement {
  readonly severity?: Severity;
  readonly explanation?: string;
  readonly evidence?: Record<string, unknown>;
}

const RANK = { privileged: 0, baseline: 1, restricted: 2 } as const;

interface Admission {
  readonly admitted: boolean;
  readonly admission: string;
  readonly enforce: string;
  readonly warn: string;
  readonly audit: string;
}

/** One text per namespace and level, shared by every finding there (a million findings, a few strings). */
const ADMISSIONS = new WeakMap<NamespacePolicy, Map<PssLevel, Admission>>();

/** Whether the namespace's Pod Security admission rejects, warns about, audits or admits a violation of this level. */
function admissionOf(policy: NamespacePolicy, namespace: string, level: PssLevel): Admission {
  let byLevel = ADMISSIONS.get(policy);
  if (!byLevel) ADMISSIONS.set(policy, (byLevel = new Map()));
  let known = byLevel.get(level);
  if (known) return known;
  const covers = (l: PssLevel) => RANK[l] >= RANK[level];
  const admitted = !covers(policy.enforce.level);
  const ns = `namespace "${namespace}"`;
  const admission = !admitted
    ? `rejected at admission: ${ns} enforces ${policy.enforce.level}:${policy.enforce.version}`
    : covers(policy.warn.level)
      ? `admitted with a warning: ${ns} enforces ${policy.enforce.level} but warns at ${policy.warn.level}`
      : covers(policy.audit.level)
        ? `admitted and audited: ${ns} enforces ${policy.enforce.level} but audits at ${policy.audit.level}`
        : `admitted today: ${ns} enforces ${policy.enforce.level}`;
  known = {
    admitted,
    admission,
    enforce: `${policy.enforce.level}:${policy.enforce.version}`,
    warn: `${policy.warn.level}:${policy.warn.version}`,
    audit: `${policy.audit.level}:${policy.audit.version}`,
  };
  byLevel.set(level, known);
  return known;
}

/**
 * A check that reports one Pod Security Standards control, worded as Kubernetes' admission
 * message, with whether the namespace would admit the pod today.
 */
export function pssCheck<O extends OptionSpecs = Record<never, never>>(spec: PssCheckSpec<O>): Check<O> {
  const { control, refine, ...meta } = spec;
  const level = CONTROL_LEVEL.get(control);
  if (!level) throw new Error(`unknown Pod Security control ${control}`);
  return defineCheck<O>({
    meta: { ...meta, category: 'pss', area: 'pod-security' },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
      const mode = ctx.config.pss.level;
      if (mode !== 'namespace' && RANK[level] > RANK[mode]) return;
      for (const verdict of ctx.inventory.analysis(pssVerdicts, ctx.config)) {
        const violation = verdict.violations.get(control);
        if (!violation) continue;
        const { view, policy } = verdict;
        if (neededByDesign(ctx.inventory, view, control)) continue;
        if (mode === 'namespace' && RANK[level] > RANK[policy.enforce.level]) continue;
        const extra = refine?.(violation, view, ctx.options);
        if (extra === 'skip') continue;
        const { admitted, admission, enforce, warn, audit } = admissionOf(policy, view.namespace, level);
        ctx.report({
          object: view.owner,
          pointer: violation.pointers[0] ?? view.pointer,
          key: `${view.pointer}:${control}`,
          severity: extra?.severity,
          message: `${level} Pod Security Standard: ${violation.message}${extra?.explanation ? `. ${extra.explanation}` : ''}`,
          context: admission,
          evidence: {
            control,
            level,
            version: verdict.version,
            admitted,
            enforce,
            warn,
            audit,
            ...extra?.evidence,
          },
        });
      }
    },
  });
}

/**
 * Control-plane static pods and kube-proxy need the host network, and host paths to their own
 * configuration and PKI, by design: those controls are not reported on them (anything more, such as
 * hostPID or a host path they do not own, still is).
 */
function neededByDesign(inventory: Inventory, view: PodSpecView, control: string): boolean {
  const design = byDesign(inventory, view);
  if (!design) return false;
  switch (control) {
    case 'hostNamespaces':
      return view.spec.hostPID !== true && view.spec.hostIPC !== true;
    case 'hostPathVolumes':
      return design.onlyOwnHostPaths;
    case 'hostProbesAndHostLifecycle':
      return view.spec.hostNetwork === true; // probing its own address on the host network
    default:
      return false;
  }
}
