import type { Inventory } from '../inventory/inventory.js';
import type { InventoryObject } from '../inventory/object.js';
import type { ContainerView } from '../inventory/pod-spec.js';
import type { Area, References, Severity } from '../findings/finding.js';
import type { ScanConfig } from '../config.js';

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
  | 'namespaces';

export interface CheckMeta {
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
}

/** What a check reports; the engine turns it into a Finding. */
export interface Report {
  readonly object: InventoryObject;
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
}

export interface CheckContext {
  readonly inventory: Inventory;
  readonly config: ScanConfig;
  report(report: Report): void;
}

export interface Check {
  readonly meta: CheckMeta;
  run(ctx: CheckContext): void;
}

export function defineCheck(check: Check): Check {
  return check;
}

/** Fingerprint key for a container field: stable when containers are reordered. */
export function containerKey(c: ContainerView, field = ''): string {
  return `${c.kind}[${c.name}]${field}`;
}
