/**
 * Pod Security Standards over a whole inventory: every pod template evaluated at its namespace's
 * enforce level and version (or at a forced level/version), plus a per-namespace summary of how far
 * the enforce level could be raised without rejecting any workload.
 */
import type { Inventory } from '../../inventory/inventory.js';
import { compareLevels, namespacePolicy, parseLevel, parseVersion, type PssLevel, type PssLevelVersion, type PssVersion } from './api.js';
import { achievableLevel, evaluatePod } from './index.js';

export interface PssResourceRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

export interface PssResult {
  readonly resource: PssResourceRef;
  readonly allowed: boolean;
  readonly level: PssLevel;
  readonly version: PssVersion;
  readonly violations: readonly { readonly control: string; readonly message: string }[];
}

export interface PssNamespaceSummary {
  readonly namespace: string;
  /** Whether a Namespace object was in the input (otherwise its labels are unknown: privileged:latest). */
  readonly declared: boolean;
  /** The enforce level and version today, from the namespace's labels with Kubernetes' defaulting. */
  readonly enforce: PssLevelVersion;
  /** The version the achievable level is computed at: the forced version, else the enforce version. */
  readonly version: PssVersion;
  /** The strictest level every pod template in the namespace passes: what enforce could be raised to. */
  readonly achievableLevel: PssLevel;
  /** Pod templates in the namespace. */
  readonly workloads: number;
  /** Pod templates that violate the level they are evaluated at. */
  readonly violating: number;
  /** Problems with the namespace's pod-security labels, as the admission plugin reports them. */
  readonly labelErrors: readonly string[];
}

export interface PssReport {
  readonly results: readonly PssResult[];
  readonly namespaces: readonly PssNamespaceSummary[];
}

export interface PssOptions {
  /** Evaluate every template at this level instead of its namespace's enforce level. */
  readonly level?: PssLevel | string;
  /** Evaluate at this policy version instead of the namespace's enforce version. */
  readonly version?: PssVersion | string;
}

export function pssResults(inventory: Inventory, options: PssOptions = {}): PssReport {
  const forcedLevel = options.level === undefined ? undefined : parseLevel(options.level);
  const forcedVersion = options.version === undefined ? undefined : parseVersion(options.version);

  interface NsState {
    readonly declared: boolean;
    readonly enforce: PssLevelVersion;
    readonly labelErrors: readonly string[];
    achievable: PssLevel;
    workloads: number;
    violating: number;
  }
  const namespaces = new Map<string, NsState>();
  const nsState = (name: string): NsState => {
    let state = namespaces.get(name);
    if (!state) {
      const declared = inventory.get('Namespace', undefined, name);
      const policy = namespacePolicy(declared?.object);
      state = { declared: declared !== undefined, enforce: policy.enforce, labelErrors: policy.errors, achievable: 'restricted', workloads: 0, violating: 0 };
      namespaces.set(name, state);
    }
    return state;
  };
  for (const { name } of inventory.namespaces()) nsState(name);

  const results: PssResult[] = [];
  for (const view of inventory.podSpecs()) {
    const state = nsState(view.namespace);
    const level = forcedLevel ?? state.enforce.level;
    const version = forcedVersion ?? state.enforce.version;
    const violations = evaluatePod(view, level, version);
    const ref = view.owner.ref;
    results.push({
      resource: { apiVersion: ref.apiVersion, kind: ref.kind, namespace: ref.namespace ?? view.namespace, name: ref.name },
      allowed: violations.length === 0,
      level,
      version,
      violations: violations.map((v) => ({ control: v.control, message: v.message })),
    });
    state.workloads++;
    if (violations.length > 0) state.violating++;
    if (state.achievable !== 'privileged') {
      const achievable = achievableLevel(view, version);
      if (compareLevels(achievable, state.achievable) < 0) state.achievable = achievable;
    }
  }

  results.sort((a, b) => cmp(a.resource.namespace, b.resource.namespace) || cmp(a.resource.kind, b.resource.kind) || cmp(a.resource.name, b.resource.name) || cmp(a.resource.apiVersion, b.resource.apiVersion));
  const summaries = [...namespaces.entries()]
    .sort(([a], [b]) => cmp(a, b))
    .map(([namespace, s]): PssNamespaceSummary => ({
      namespace,
      declared: s.declared,
      enforce: s.enforce,
      version: forcedVersion ?? s.enforce.version,
      achievableLevel: s.achievable,
      workloads: s.workloads,
      violating: s.violating,
      labelErrors: s.labelErrors,
    }));
  return { results, namespaces: summaries };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

