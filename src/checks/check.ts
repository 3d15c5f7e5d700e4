import type { Inventory } from '../inventory/inventory.js';
import type { InventoryObject, ResourceRef } from '../inventory/object.js';
import type { Location } from '../inventory/source.js';
import type { WaiverEntry } from '../policy/exceptions.js';
import type { Finding } from '../findings/finding.js';
import type { ContainerView } from '../inventory/pod-spec.js';
import type { Area, Severity } from '../findings/finding.js';
import type { References } from '../frameworks/references.js';
import type { CisKey } from '../frameworks/cis/index.js';
import type { ScanConfig } from '../config.js';
import type { SupplyChainEvidence } from '../analysis/images/evidence.js';
import type { OptionSpecs, OptionValues } from './options.js';

/** The folder a check lives in under src/checks/. */
export type CheckCategory =
  | 'workload'
  | 'pss'
  | 'rbac'
  | 'network'
  | 'secrets'
  | 'images'
  | 'controlplane'
  | 'kubelet'
  | 'etcd'
  | 'node'
  | 'versions'
  | 'namespaces'
  | 'dashboards'
  | 'exceptions';

export interface CheckMeta<O extends OptionSpecs = OptionSpecs> {
  /** Stable, readable id: `<category>.<name>`, e.g. `pss.privileged`. Never reused. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: CheckCategory;
  readonly area: Area;
  /** Why this matters, for someone learning Kubernetes security. */
  readonly rationale: string;
  /** What to change; a YAML snippet where possible. */
  readonly remediation: string;
  readonly references: References;
  /** Lists and thresholds the check uses, with defaults; the configuration file overrides them. */
  readonly options?: O;
}

/**
 * Something a finding can be about that is not an object of the inventory: an entry of Rampart's
 * own exceptions file, a file on a node. It names a resource-like identity and where it is written.
 */
export interface ReportTarget {
  readonly ref: ResourceRef;
  readonly location?: Location;
}

/** What a check reports; the engine turns it into a Finding. */
export interface Report {
  readonly object: InventoryObject | ReportTarget;
  /** JSON pointer inside the object to the offending field (or where it should be). */
  readonly pointer?: string;
  readonly message: string;
  /**
   * What holds for this finding because of where it is, shared with its neighbours (e.g. "admitted
   * today: namespace "shop" enforces privileged"): human reports say it once per namespace.
   */
  readonly context?: string;
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** Overrides the check's default, e.g. a hostPath on the container runtime socket. */
  readonly severity?: Severity;
  readonly remediation?: string;
  /** Distinguishes several findings of one check on one object, for the fingerprint. */
  readonly key?: string;
  /**
   * The CIS recommendations this finding fails, when fewer than the check's: a risk the chosen
   * benchmark's own test accepts (a default it passes, a cipher suite its version still lists) is
   * reported with `cis: []`, so `references.cis` and the CIS scores follow the benchmark exactly.
   */
  readonly cis?: readonly CisKey[];
}

export interface CheckContext<O extends OptionSpecs = OptionSpecs> {
  readonly inventory: Inventory;
  readonly config: ScanConfig;
  /** The check's options: its defaults, overridden by the configuration file. */
  readonly options: OptionValues<O>;
  /** Offline supply-chain inputs, when the user gave any (`--trusted-key`, `--signatures`, `--sbom`, `--osv`). */
  readonly supplyChain?: SupplyChainEvidence;
  /** Only in the policy phase: every waiver with what it matched. */
  readonly waivers?: readonly WaiverEntry[];
  /** Only in the policy phase: the findings of every other check, waivers applied. */
  readonly findings?: readonly Finding[];
  report(report: Report): void;
}

export interface Check<O extends OptionSpecs = OptionSpecs> {
  readonly meta: CheckMeta<O>;
  /**
   * Whether the input holds anything this check examines (pods, RBAC objects, an API server's
   * configuration...). When it does not, the check's framework controls are "not applicable"
   * rather than "pass". `inputs` holds what was given besides the cluster (supply-chain evidence):
   * a check that needs it is not applicable without it. Default: always applicable.
   */
  applies?(inventory: Inventory, inputs: { readonly config: ScanConfig; readonly supplyChain?: SupplyChainEvidence }): boolean;
  /**
   * 'policy': runs after every other check and after waivers are applied, and sees `ctx.findings`
   * and `ctx.waivers` (the `exceptions.*` checks). Default: runs with the others.
   */
  readonly phase?: 'policy';
  run(ctx: CheckContext<O>): void;
}

/** Keeps the options' types: `ctx.options` is typed from `meta.options`. */
export function defineCheck<O extends OptionSpecs = Record<never, never>>(check: Check<O>): Check<O> {
  return check;
}

/** Fingerprint key for a container field: stable when containers are reordered. */
export function containerKey(c: ContainerView, field = ''): string {
  return `${c.kind}[${c.name}]${field}`;
}
